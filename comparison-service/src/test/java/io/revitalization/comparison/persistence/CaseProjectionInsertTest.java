package io.revitalization.comparison.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revitalization.comparison.domain.CaseProjection;
import io.revitalization.comparison.domain.Passage;
import io.revitalization.values.LocalizedText;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New case projections inserted in one statement ({@link CaseProjectionRepository#insertAll}) are the rows Hibernate
 * writes for the same entities, column by column, and read back as the same entities: random projections whose
 * texts hold quotes, backslashes, braces, commas and kanji, with and without a title, a country or a lead.
 */
@QuarkusTest
class CaseProjectionInsertTest {
    private static final List<String> TEXTS = List.of("plain", "a,b", "{braces}", "say \"so\"", "back\\slash",
            " spaced ", "NULL", "里山と海", "", "line\nbreak", "tab\there");

    @Inject
    CaseProjectionRepository repository;
    @Inject
    DataSource dataSource;

    @Test
    void insertedTogetherTheRowsAreThoseHibernateWrites() throws SQLException {
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            List<CaseProjection> together = new ArrayList<>();
            List<CaseProjection> byHibernate = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                together.add(randomProjection(random, seed));
                byHibernate.add(copyWithNewId(together.get(i)));
            }

            QuarkusTransaction.requiringNew().run(() -> repository.insertAll(together));
            QuarkusTransaction.requiringNew().run(() -> byHibernate.forEach(repository::persist));

            for (int i = 0; i < together.size(); i++) {
                assertThat(row(together.get(i).id)).as("seed %d, projection %d", seed, i)
                        .isEqualTo(row(byHibernate.get(i).id));
                CaseProjection written = together.get(i);
                CaseProjection read = QuarkusTransaction.requiringNew().call(() -> repository.findById(written.id));
                assertThat(read).as("seed %d, projection %d read back", seed, i).usingRecursiveComparison()
                        .ignoringFieldsMatchingRegexes("\\$\\$_hibernate.*").isEqualTo(written);
            }
        }
    }

    private static CaseProjection randomProjection(Random random, long seed) {
        CaseProjection projection = new CaseProjection();
        projection.id = UUID.randomUUID();
        projection.slug = "insert-" + seed + "-" + projection.id + "-" + text(random);
        projection.version = 1 + random.nextInt(1_000_000);
        projection.country = random.nextInt(4) == 0 ? null : random.nextBoolean() ? "JP" : "TW";
        projection.leadInstitutionId = random.nextInt(4) == 0 ? null : UUID.randomUUID();
        projection.institutionIds = IntStream.range(0, random.nextInt(4)).mapToObj(i -> UUID.randomUUID()).toList();
        projection.programs = IntStream.range(0, random.nextInt(4)).mapToObj(i -> text(random)).toList();
        projection.title = random.nextInt(4) == 0 ? null
                : LocalizedText.of(random.nextBoolean() ? text(random) : null, text(random), text(random));
        projection.deleted = random.nextInt(5) == 0;
        projection.sensitive = random.nextBoolean();
        projection.sensitivePassages = IntStream.range(0, random.nextInt(3))
                .mapToObj(i -> new Passage(text(random), random.nextBoolean() ? text(random) : null)).toList();
        return projection;
    }

    private static CaseProjection copyWithNewId(CaseProjection original) {
        CaseProjection copy = new CaseProjection();
        copy.id = UUID.randomUUID();
        copy.slug = original.slug + "-by-hibernate";
        copy.version = original.version;
        copy.country = original.country;
        copy.leadInstitutionId = original.leadInstitutionId;
        copy.institutionIds = original.institutionIds;
        copy.programs = original.programs;
        copy.title = original.title;
        copy.deleted = original.deleted;
        copy.sensitive = original.sensitive;
        copy.sensitivePassages = original.sensitivePassages;
        return copy;
    }

    private static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size())) + TEXTS.get(random.nextInt(TEXTS.size()));
    }

    /** Every column of the row but its id and slug, as PostgreSQL prints it. */
    private Map<String, String> row(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT * FROM case_projection WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("projection %s stored", id).isTrue();
                Map<String, String> columns = new LinkedHashMap<>();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String name = row.getMetaData().getColumnName(column);
                    if (!name.equals("id") && !name.equals("slug")) {
                        columns.put(name, row.getString(column));
                    }
                }
                return columns;
            }
        }
    }
}
