package io.revitalization.cases.app;

import io.revitalization.cases.domain.CaseContent;
import io.revitalization.cases.domain.CaseRecord;

/** Tells other services of each change of a case, with its full state, in the transaction of the change. */
public interface CaseEvents {
    void created(CaseRecord record, CaseContent content);

    void updated(CaseRecord record, CaseContent content);

    void deleted(CaseRecord record, CaseContent content);
}
