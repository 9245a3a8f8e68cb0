package io.revitalization.support.security;

import io.revitalization.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InstitutionAccessTest {
    private static final UUID LEAD = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static Caller caller(Role role, UUID institution) {
        return new Caller("key", role, Optional.ofNullable(institution));
    }

    @Test
    void curatorsAndAdminsAndPartnersOfTheOwningInstitution() {
        assertThat(InstitutionAccess.isCuratorOrOf(caller(Role.CURATOR, null), LEAD)).isTrue();
        assertThat(InstitutionAccess.isCuratorOrOf(caller(Role.ADMIN, OTHER), LEAD)).isTrue();
        assertThat(InstitutionAccess.isCuratorOrOf(caller(Role.PARTNER, LEAD), LEAD)).isTrue();
        assertThat(InstitutionAccess.isCuratorOrOf(caller(Role.PARTNER, OTHER), LEAD)).isFalse();
        assertThat(InstitutionAccess.isCuratorOrOf(caller(Role.PARTNER, null), LEAD)).isFalse();
        assertThat(InstitutionAccess.isCuratorOrOf(Caller.ANONYMOUS, LEAD)).isFalse();
        assertThat(InstitutionAccess.isCuratorOrOf(caller(Role.PARTNER, OTHER), id -> id.equals(OTHER))).isTrue();
    }

    @Test
    void refusalsAre403WithTheirText() {
        ProblemException owner = catchThrowableOfType(() -> InstitutionAccess.requireCuratorOrOf(
                caller(Role.PARTNER, OTHER), LEAD::equals, "only the lead may"), ProblemException.class);
        assertThat(owner.problem().status()).isEqualTo(403);
        assertThat(owner.problem().detail()).isEqualTo("only the lead may");

        ProblemException curator = catchThrowableOfType(() -> InstitutionAccess.requireCurator(
                caller(Role.PARTNER, LEAD), "change the directory"), ProblemException.class);
        assertThat(curator.problem().status()).isEqualTo(403);
        assertThat(curator.problem().detail()).isEqualTo("only curators and admins may change the directory");

        assertThatCode(() -> InstitutionAccess.requireCurator(caller(Role.ADMIN, null), "x")).doesNotThrowAnyException();
        assertThatCode(() -> InstitutionAccess.requireCuratorOrOf(caller(Role.PARTNER, LEAD), LEAD::equals, "x"))
                .doesNotThrowAnyException();
    }
}
