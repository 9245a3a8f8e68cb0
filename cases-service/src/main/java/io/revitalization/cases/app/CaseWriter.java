package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.CaseRevision;
import io.revitalization.cases.domain.Institution;
import io.revitalization.cases.domain.RevisionChange;
import io.revitalization.cases.domain.search.CaseIndexer;
import io.revitalization.cases.persistence.CaseInserts;
import io.revitalization.cases.persistence.CaseRepository;
import io.revitalization.cases.persistence.CaseRevisionRepository;
import io.revitalization.cases.persistence.InstitutionRepository;
import io.revitalization.support.persistence.JsonDocuments;
import io.revitalization.support.persistence.TimeOrderedIds;
import io.revitalization.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The three ways a case changes, each writing the record, a revision with its author and changed fields, and the
 * event carrying the new full state, in the caller's transaction.
 */
@ApplicationScoped
public class CaseWriter {
    private final CaseRepository cases;
    private final CaseRevisionRepository revisions;
    private final InstitutionRepository institutions;
    private final CaseEvents events;
    private final CaseInserts inserts;

    public CaseWriter(CaseRepository cases, CaseRevisionRepository revisions, InstitutionRepository institutions,
                      CaseEvents events, CaseInserts inserts) {
        this.cases = cases;
        this.revisions = revisions;
        this.institutions = institutions;
        this.events = events;
        this.inserts = inserts;
    }

    /** A case to create: its slug and content. */
    public record NewCase(String slug, CaseContent content) {
    }

    /** The new case; empty when a case has the slug already (the transaction must then roll back). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseRecord> create(String slug, CaseContent content, Map<UUID, Institution> institutions,
                                       Caller author) {
        CaseRecord record = newRecord(new NewCase(slug, content), institutions);
        if (!cases.insertUnlessSlugTaken(record)) {
            return Optional.empty();
        }
        revisions.persist(revision(record, RevisionChange.CREATED, ChangedFields.of(content), author));
        events.created(record, content);
        return Optional.of(record);
    }

    /**
     * What {@link #create} does for each case, the rows written in batches (bulk import). Indexing (folding and
     * readings) of the cases runs in parallel: it needs nothing but the content and the institutions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createAll(List<NewCase> created, Map<UUID, Institution> institutions, Caller author) {
        List<CaseRecord> records = InParallel.map(created, one -> newRecord(one, institutions));
        List<CaseRevision> firstRevisions = new ArrayList<>(records.size());
        for (CaseRecord record : records) {
            firstRevisions.add(revision(record, RevisionChange.CREATED, ChangedFields.of(record.content), author));
        }
        inserts.insert(records, firstRevisions);
        events.createdAll(records);
    }

    /** Writes a new version when the content differs from the stored one; {@code false} when it does not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean update(CaseRecord record, CaseContent content, Map<UUID, Institution> institutions, Caller author) {
        CaseContent stored = record.content;
        if (stored.equals(content)) {
            return false;
        }
        List<String> changed = ChangedFields.between(JsonDocuments.tree(stored), JsonDocuments.tree(content));
        record.version++;
        record.updatedAt = OffsetDateTime.now();
        CaseIndexer.write(content, record, institutions);
        record(record, RevisionChange.UPDATED, changed, author);
        events.updated(record, content);
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(CaseRecord record, Caller author) {
        record.version++;
        record.updatedAt = OffsetDateTime.now();
        record.deletedAt = record.updatedAt;
        record(record, RevisionChange.DELETED, List.of("deleted"), author);
        events.deleted(record, record.content);
    }

    /** Recomputes the search texts of the cases naming a renamed institution; no new version, no event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reindexNaming(Institution renamed) {
        for (CaseRecord record : cases.referencing(renamed.id)) {
            CaseIndexer.reindex(record.content, record, institutions.mapByIds(record.content.institutionIds().toList()));
        }
    }

    private static CaseRecord newRecord(NewCase created, Map<UUID, Institution> institutions) {
        CaseRecord record = new CaseRecord();
        record.id = TimeOrderedIds.next();
        record.slug = created.slug();
        record.version = 1;
        record.createdAt = OffsetDateTime.now();
        record.updatedAt = record.createdAt;
        CaseIndexer.write(created.content(), record, institutions);
        return record;
    }

    private void record(CaseRecord record, RevisionChange change, List<String> changedFields, Caller author) {
        revisions.persist(revision(record, change, changedFields, author));
    }

    private static CaseRevision revision(CaseRecord record, RevisionChange change, List<String> changedFields,
                                         Caller author) {
        CaseRevision revision = new CaseRevision();
        revision.key = new CaseRevision.Key(record.id, record.version);
        revision.change = change;
        revision.content = record.content;
        revision.changedFields = changedFields.toArray(String[]::new);
        revision.authorSubject = author.subject();
        revision.authorName = author.name().orElse(null);
        revision.authorInstitutionId = author.institution().orElse(null);
        revision.changedAt = record.updatedAt;
        return revision;
    }
}
