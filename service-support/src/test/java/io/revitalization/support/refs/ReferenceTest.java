package io.revitalization.support.refs;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceTest {
    private static final UUID ID = UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427");

    @Test
    void aCanonicalUuidIsAnIdInEitherCase() {
        assertThat(Reference.parse(ID.toString())).contains(new Reference(ID, null));
        assertThat(Reference.parse(ID.toString().toUpperCase())).contains(new Reference(ID, null));
    }

    @Test
    void anythingElseIsASlug() {
        assertThat(Reference.parse("kochi-university")).contains(new Reference(null, "kochi-university"));
        assertThat(Reference.parse("1-1-1-1-1")).contains(new Reference(null, "1-1-1-1-1"));
        assertThat(Reference.parse("-b4e28ba-2fa1-11d2-883f-0016d3cca427").orElseThrow().isId()).isFalse();
        assertThat(Reference.parse("1b4e28ba-2fa1-11d2-883f-0016d3cca4271").orElseThrow().isId()).isFalse();
    }

    @Test
    void whatCannotNameARecordIsNoReference() {
        assertThat(Reference.parse(null)).isEmpty();
        assertThat(Reference.parse("")).isEmpty();
        assertThat(Reference.parse("a\u0000b")).isEmpty();
        assertThat(Reference.parse("x".repeat(201))).isEmpty();
        assertThat(Reference.parse("x".repeat(200))).isPresent();
    }

    @Test
    void findsByIdOrBySlug() {
        assertThat(Reference.find(ID.toString(), id -> Optional.of("id " + id), slug -> Optional.of("slug " + slug)))
                .contains("id " + ID);
        assertThat(Reference.find("kochi", id -> Optional.of("id " + id), slug -> Optional.of("slug " + slug)))
                .contains("slug kochi");
        assertThat(Reference.find("a\u0000", id -> Optional.of("id"), slug -> Optional.of("slug"))).isEmpty();
    }

    @Test
    void splitsIntoIdsAndSlugsNeverEmptyForInLists() {
        Reference.Split split = Reference.split(List.of(ID.toString(), "kochi", "a\u0000"));
        assertThat(split.ids()).containsExactly(ID);
        assertThat(split.slugs()).containsExactly("kochi");
        assertThat(split.isEmpty()).isFalse();

        Reference.Split none = Reference.split(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.idsOrNone()).containsExactly(Reference.NO_ID);
        assertThat(none.slugsOrNone()).containsExactly("");
    }

    @Test
    void isAnIdOrASlugNeverBoth() {
        assertThatThrownBy(() -> new Reference(ID, "kochi")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reference(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Reference(null, "kochi")).hasToString("kochi");
    }
}
