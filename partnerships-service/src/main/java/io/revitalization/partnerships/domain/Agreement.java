package io.revitalization.partnerships.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** The agreement behind a partnership; any part may be unknown. */
@Embeddable
public class Agreement {
    @Column(name = "agreement_start")
    public LocalDate start;

    @Column(name = "agreement_end")
    public LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_status")
    public AgreementStatus status;

    @Column(name = "agreement_document_url")
    public String documentUrl;

    public Agreement() {
    }

    public Agreement(LocalDate start, LocalDate end, AgreementStatus status, String documentUrl) {
        this.start = start;
        this.end = end;
        this.status = status;
        this.documentUrl = documentUrl;
    }
}
