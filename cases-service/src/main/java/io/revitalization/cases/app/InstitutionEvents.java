package io.revitalization.cases.app;

/** Tells other services of each change of the directory, in the transaction of the change. */
public interface InstitutionEvents {
    void created(InstitutionView institution);

    void updated(InstitutionView institution);

    void deleted(InstitutionView institution);
}
