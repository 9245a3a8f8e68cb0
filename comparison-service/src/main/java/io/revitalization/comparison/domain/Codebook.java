package io.revitalization.comparison.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.UUID;

/** A codebook's identity and its newest version; the content of each version is a {@link CodebookVersion}. */
@Entity
public class Codebook {
    @Id
    public UUID id;
    public String slug;
    @Column(name = "latest_version")
    public int latestVersion;
}
