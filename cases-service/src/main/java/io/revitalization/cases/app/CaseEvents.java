package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;

import java.util.List;

/** Tells other services of each change of a case, with its full state, in the transaction of the change. */
public interface CaseEvents {
    void created(CaseRecord record, CaseContent content);

    /** {@link #created} of each record with its content (a bulk import), written together. */
    void createdAll(List<CaseRecord> records);

    void updated(CaseRecord record, CaseContent content);

    void deleted(CaseRecord record, CaseContent content);
}
