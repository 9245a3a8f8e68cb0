package io.revitalization.support.streams;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.streams.StreamCaps.Admission;
import io.revitalization.support.streams.StreamCaps.Cap;
import io.revitalization.support.streams.StreamCaps.Limits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamCapsTest {
    private final StreamCaps caps = new StreamCaps("change streams", new Limits(2, 3, 5));

    @Test
    void aKnownCallerIsCappedFromAnyAddress() {
        assertThat(caps.admit("key-1", "10.0.0.1").refusal()).isEmpty();
        assertThat(caps.admit("key-1", "10.0.0.2").refusal()).isEmpty();

        Admission third = caps.admit("key-1", "10.0.0.3");
        assertThat(third.refusal()).hasValueSatisfying(refusal -> {
            assertThat(refusal.cap()).isEqualTo(Cap.CALLER);
            assertThat(refusal.limit()).isEqualTo(2);
            assertThat(refusal.reason("this gateway", "this API key"))
                    .isEqualTo("this API key has 2 change streams open");
        });
        assertThat(caps.open()).isEqualTo(2);
        assertThat(caps.admit("key-2", "10.0.0.3").refusal()).as("another caller").isEmpty();
    }

    @Test
    void anonymousCallersCountPerAddress() {
        caps.admit(null, "10.0.0.1");
        caps.admit(null, "10.0.0.1");

        assertThat(caps.admit(null, "10.0.0.1").refusal()).hasValueSatisfying(refusal -> {
            assertThat(refusal.cap()).isEqualTo(Cap.CALLER);
            assertThat(refusal.anonymous()).isTrue();
            assertThat(refusal.reason("this gateway", "this API key"))
                    .isEqualTo("anonymous callers at your address have 2 change streams open");
        });
        assertThat(caps.admit(null, "10.0.0.2").refusal()).as("anonymous, another address").isEmpty();
    }

    @Test
    void anAddressIsCappedWhoeverTheCallersAre() {
        caps.admit(null, "10.0.0.1");
        caps.admit("key-1", "10.0.0.1");
        caps.admit("key-2", "10.0.0.1");

        assertThat(caps.admit("key-3", "10.0.0.1").refusal()).hasValueSatisfying(refusal -> {
            assertThat(refusal.cap()).isEqualTo(Cap.ADDRESS);
            assertThat(refusal.reason("this gateway", "this API key"))
                    .isEqualTo("your address has 3 change streams open");
        });
        assertThat(caps.admit("key-3", "10.0.0.2").refusal()).isEmpty();
    }

    @Test
    void theTotalIsCappedAndAReleasedPlaceIsFreeAgainOnce() {
        List<Admission> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Admission admission = caps.admit(null, "10.0.1." + i);
            assertThat(admission.refusal()).isEmpty();
            open.add(admission);
        }
        Admission refused = caps.admit(null, "10.0.2.1");
        assertThat(refused.refusal()).hasValueSatisfying(refusal -> {
            assertThat(refusal.cap()).isEqualTo(Cap.TOTAL);
            assertThat(refusal.reason("this service", "your token's subject"))
                    .isEqualTo("this service's 5 change streams are all open");
        });
        refused.release();
        assertThat(caps.open()).as("a refusal gives nothing back").isEqualTo(5);

        open.get(0).release();
        open.get(0).release();
        assertThat(caps.open()).as("a place is given back once").isEqualTo(4);
        assertThat(caps.admit(null, "10.0.2.1").refusal()).isEmpty();
        assertThat(caps.admit(null, "10.0.2.2").refusal()).isPresent();
    }

    @Test
    void releasedPlacesLeaveNoCountsBehind() {
        Admission first = caps.admit("key-1", "10.0.0.1");
        Admission second = caps.admit("key-1", "10.0.0.1");
        first.release();
        second.release();
        assertThat(caps.open()).isZero();
        assertThat(caps.admit("key-1", "10.0.0.1").refusal()).isEmpty();
        assertThat(caps.admit("key-1", "10.0.0.1").refusal()).isEmpty();
        assertThat(caps.admit("key-1", "10.0.0.1").refusal()).as("the caller's count started again at 0")
                .isPresent();
    }

    @Test
    void concurrentOpensNeverTakeMoreThanTheTotal() throws Exception {
        StreamCaps wide = new StreamCaps("streams", new Limits(1000, 1000, 50));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Admission>> admissions = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String address = "10.0.0." + (i % 20);
                admissions.add(threads.submit(() -> wide.admit(null, address)));
            }
            List<Admission> taken = new ArrayList<>();
            for (Future<Admission> admission : admissions) {
                Admission done = admission.get(10, TimeUnit.SECONDS);
                if (done.refusal().isEmpty()) {
                    taken.add(done);
                }
            }
            assertThat(taken).hasSize(50);
            assertThat(wide.open()).isEqualTo(50);
            List<Future<?>> releases = new ArrayList<>();
            for (Admission admission : taken) {
                releases.add(threads.submit(admission::release));
                releases.add(threads.submit(admission::release));
            }
            for (Future<?> release : releases) {
                release.get(10, TimeUnit.SECONDS);
            }
            assertThat(wide.open()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void capsBelowOneAreRefused() {
        assertThatThrownBy(() -> new Limits(0, 16, 256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(8, 16, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamsAgeIsWithinTheLastTenthOfTheMaximum() {
        for (int i = 0; i < 1000; i++) {
            assertThat(StreamCaps.age(Duration.ofMinutes(15))).isBetween(Duration.ofMinutes(15).minusSeconds(90),
                    Duration.ofMinutes(15));
        }
        assertThat(StreamCaps.age(Duration.ofMillis(1))).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aRefusalIsA429ProblemWithRetryAfterInWholeSeconds() {
        ProblemException refused = ProblemException.tooMany("too-many-streams", "Too many change streams", "full")
                .withRetryAfter(Duration.ofMillis(29_001));
        assertThat(refused.problem().status()).isEqualTo(429);
        assertThat(refused.problem().type()).endsWith("/too-many-streams");
        assertThat(refused.headers()).containsEntry("Retry-After", "30");
        assertThat(ProblemException.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }
}
