package io.revitalization.partnerships.domain;

/** An update is active until withdrawn; a withdrawn update stays readable, marked as withdrawn. */
public enum UpdateStatus {
    ACTIVE, WITHDRAWN
}
