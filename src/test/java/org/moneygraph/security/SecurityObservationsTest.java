package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.config.ObservationSwitches;
import org.springframework.security.config.observation.SecurityObservationSettings;

/** Spring Security observes requests, authentications and authorizations only where the properties leave them on. */
class SecurityObservationsTest {

    private static SecurityObservationSettings settings(Map<String, Boolean> enable) {
        return new SecurityConfiguration().securityObservationSettings(new ObservationSwitches(enable));
    }

    @Test
    void eachKindFollowsItsOwnObservations() {
        assertThat(settings(Map.of())).satisfies(s -> {
            assertThat(s.shouldObserveRequests()).isTrue();
            assertThat(s.shouldObserveAuthentications()).isTrue();
            assertThat(s.shouldObserveAuthorizations()).isTrue();
        });
        assertThat(settings(Map.of("spring.security", false))).satisfies(s -> {
            assertThat(s.shouldObserveRequests()).isFalse();
            assertThat(s.shouldObserveAuthentications()).isFalse();
            assertThat(s.shouldObserveAuthorizations()).isFalse();
        });
        assertThat(settings(Map.of("spring.security.authentications", false))).satisfies(s -> {
            assertThat(s.shouldObserveRequests()).isTrue();
            assertThat(s.shouldObserveAuthentications()).isFalse();
            assertThat(s.shouldObserveAuthorizations()).isTrue();
        });
        assertThat(settings(Map.of("all", false, "spring.security.authorizations", true))).satisfies(s -> {
            assertThat(s.shouldObserveRequests()).isFalse();
            assertThat(s.shouldObserveAuthentications()).isFalse();
            assertThat(s.shouldObserveAuthorizations()).isTrue();
        });
    }

    @Test
    void requestsAreObservedWhileAnyOfTheFilterChainsObservationsIsOn() {
        for (String name : SecurityConfiguration.REQUEST_OBSERVATIONS) {
            assertThat(settings(Map.of("spring.security", false, name, true)).shouldObserveRequests()).as(name).isTrue();
        }
    }
}
