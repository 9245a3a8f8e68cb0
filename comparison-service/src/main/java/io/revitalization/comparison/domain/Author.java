package io.revitalization.comparison.domain;

import java.util.UUID;

/**
 * Who wrote a coding or a codebook version: the API key's id (for admins only), its label and its institution (what
 * other readers are shown). The name and institution are null when not known.
 */
public record Author(String keyId, String name, UUID institution) {
}
