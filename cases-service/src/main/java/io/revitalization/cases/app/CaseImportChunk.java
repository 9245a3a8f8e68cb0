package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.persistence.CaseRepository;
import io.revitalization.support.security.Caller;
import io.revitalization.support.security.InstitutionAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one chunk of an import in one transaction: the references of the whole chunk and its existing cases
 * are fetched in a few queries, and the inserts go to the database in JDBC batches.
 */
@ApplicationScoped
public class CaseImportChunk {
    private final CaseRepository cases;
    private final CaseAssembler assembler;
    private final CaseWriter writer;

    public CaseImportChunk(CaseRepository cases, CaseAssembler assembler, CaseWriter writer) {
        this.cases = cases;
        this.assembler = assembler;
        this.writer = writer;
    }

    /** Items have a slug, unique in the chunk, and passed the checks of single fields. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportOutcome> write(List<ImportItem> chunk, CaseImportService.Existing existing, Caller caller) {
        List<CaseDraft> drafts = chunk.stream().map(ImportItem::draft).toList();
        CaseAssembler.References references = assembler.referencesOf(drafts);
        Map<String, CaseRecord> stored = cases.findBySlugsForUpdate(chunk.stream().map(ImportItem::slug).toList());
        // assembly needs only the drafts and the references fetched above; a stored case that is kept needs none
        List<CaseAssembler.Result> assembled = InParallel.map(chunk, item ->
                existing == CaseImportService.Existing.KEEP && stored.containsKey(item.slug()) ? null
                        : assembler.assemble(item.draft(), references));
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<CaseWriter.NewCase> created = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            ImportItem item = chunk.get(i);
            outcomes.add(write(item, stored.get(item.slug()), assembled.get(i), references, existing, caller, created));
        }
        writer.createAll(created, references.byId(), caller);
        return outcomes;
    }

    /** New cases are only added to {@code created}, to be written together. */
    private ImportOutcome write(ImportItem item, CaseRecord record, CaseAssembler.Result result,
                                CaseAssembler.References references, CaseImportService.Existing existing,
                                Caller caller, List<CaseWriter.NewCase> created) {
        if (record != null && record.isDeleted()) {
            return ImportOutcome.rejected(item, "slug", "belongs to a deleted case; choose another slug");
        }
        if (record != null && existing == CaseImportService.Existing.KEEP) {
            return ImportOutcome.of(item, ImportOutcome.Kind.UNCHANGED);
        }
        if (record != null && !InstitutionAccess.isCuratorOrOf(caller, record.leadInstitutionId)) {
            return ImportOutcome.rejected(item, "slug", "names an existing case: " + CaseService.CASE_WRITERS);
        }
        if (!result.isValid()) {
            return ImportOutcome.rejected(item, result.errors());
        }
        if (!InstitutionAccess.isCuratorOrOf(caller, result.content().leadInstitutionId())) {
            return ImportOutcome.rejected(item, "leadInstitution", CaseService.CASE_WRITERS);
        }
        if (record == null) {
            created.add(new CaseWriter.NewCase(item.slug(), result.content()));
            return ImportOutcome.of(item, ImportOutcome.Kind.CREATED);
        }
        boolean changed = writer.update(record, result.content(), references.byId(), caller);
        return ImportOutcome.of(item, changed ? ImportOutcome.Kind.UPDATED : ImportOutcome.Kind.UNCHANGED);
    }
}
