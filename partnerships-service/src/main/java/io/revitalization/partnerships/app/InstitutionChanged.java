package io.revitalization.partnerships.app;

import java.util.UUID;

/**
 * A CDI event, fired in the transaction that applies it: an institution this service already knew changed (its name,
 * slug, country or deletion), which the reads show wherever it is a member or an author.
 */
public record InstitutionChanged(UUID institutionId) {
}
