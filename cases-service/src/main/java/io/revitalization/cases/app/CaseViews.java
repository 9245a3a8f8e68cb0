package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;
import io.revitalization.cases.domain.SensitiveScope;
import io.revitalization.cases.persistence.InstitutionRepository;
import io.revitalization.cases.persistence.ProgramRepository;
import io.revitalization.support.security.Caller;
import io.revitalization.values.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

/** Builds {@link CaseView}s: withholds what the reader may not see and fetches the names the cases refer to. */
@ApplicationScoped
public class CaseViews {
    private final InstitutionRepository institutions;
    private final ProgramRepository programs;

    public CaseViews(InstitutionRepository institutions, ProgramRepository programs) {
        this.institutions = institutions;
        this.programs = programs;
    }

    CaseView of(CaseRecord record, Caller caller) {
        return of(record, record.content, caller);
    }

    CaseView of(CaseRecord record, CaseContent content, Caller caller) {
        return of(record, record.version, record.updatedAt, record.isDeleted(), content,
                SensitiveContent.visible(content, record.sensitive,
                        SensitiveContent.mayRead(caller, record.leadInstitutionId)));
    }

    /** The case as it was at an earlier version, withheld by the strictest of then and now. */
    CaseView ofRevision(CaseRecord record, long version, OffsetDateTime changedAt, boolean deleted,
                        CaseContent then, Caller caller) {
        boolean mayRead = SensitiveContent.mayRead(caller, record.leadInstitutionId)
                && SensitiveContent.mayRead(caller, then.leadInstitutionId());
        return of(record, version, changedAt, deleted, then,
                SensitiveContent.visible(then, record.sensitive || then.sensitive(), mayRead));
    }

    /** Views of several cases, with the institutions and programs they name fetched once for all. */
    List<CaseView> of(List<CaseRecord> records, Caller caller) {
        SensitiveScope scope = SensitiveContent.scopeOf(caller);
        List<SensitiveContent.Visible> visible = records.stream()
                .map(record -> SensitiveContent.visible(record.content, record.sensitive,
                        scope.covers(record.leadInstitutionId)))
                .toList();
        List<CaseContent> contents = visible.stream().map(SensitiveContent.Visible::content).toList();
        Map<UUID, InstitutionView> named = institutionsOf(contents);
        Map<String, LocalizedText> registry = programsOf(contents);
        return IntStream.range(0, records.size()).mapToObj(i -> {
            CaseRecord record = records.get(i);
            return new CaseView(record.id, record.slug, record.version, record.createdAt, record.updatedAt,
                    record.isDeleted(), visible.get(i).content(), visible.get(i).withheld(), named, registry);
        }).toList();
    }

    private CaseView of(CaseRecord record, long version, OffsetDateTime updatedAt, boolean deleted,
                        CaseContent content, SensitiveContent.Visible visible) {
        List<CaseContent> contents = List.of(visible.content());
        return new CaseView(record.id, record.slug, version, record.createdAt, updatedAt, deleted,
                visible.content(), visible.withheld(), institutionsOf(contents), programsOf(contents));
    }

    private Map<UUID, InstitutionView> institutionsOf(Collection<CaseContent> contents) {
        Set<UUID> ids = new HashSet<>();
        contents.forEach(content -> content.institutionIds().forEach(ids::add));
        Map<UUID, InstitutionView> named = new HashMap<>();
        institutions.mapByIds(ids).forEach((id, institution) -> named.put(id, InstitutionView.of(institution)));
        return named;
    }

    private Map<String, LocalizedText> programsOf(Collection<CaseContent> contents) {
        Set<String> codes = new HashSet<>();
        contents.forEach(content -> content.programs().forEach(p -> codes.add(p.program())));
        Map<String, LocalizedText> names = new HashMap<>();
        programs.findByCodes(codes).forEach((code, program) -> names.put(code, program.name));
        return names;
    }
}
