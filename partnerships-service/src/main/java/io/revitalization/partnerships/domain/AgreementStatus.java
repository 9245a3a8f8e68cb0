package io.revitalization.partnerships.domain;

/** Where the agreement behind a partnership stands. */
public enum AgreementStatus {
    PROPOSED, ACTIVE, EXPIRED, TERMINATED
}
