package org.moneygraph.config;

import java.util.Arrays;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which observations Spring Boot's {@code management.observations.enable.*} properties leave on.
 *
 * <p>Spring for GraphQL's instrumentation and Spring Security's filter-chain decorator wrap every request and
 * every data fetcher and ask the registry for an observation each time, even when the properties make every one
 * of them a no-op: about 2 % of the CPU of a page of regions. The service leaves such a wrapper out when the
 * properties turn off every observation it makes. The rule is Boot's own (the name, then each shorter dotted
 * prefix of it, then {@code all}; on when none is set), and it is exact: an {@code ObservationPredicate} of
 * the application can only turn more observations off, never one of these back on.
 */
public record ObservationSwitches(Map<String, Boolean> enable) {

    public ObservationSwitches {
        enable = Map.copyOf(enable);
    }

    /** Whether an observation named {@code name} is on as far as the properties go. */
    public boolean enabled(String name) {
        for (String key = name; !key.isEmpty(); key = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "") {
            Boolean value = enable.get(key);
            if (value != null) {
                return value;
            }
        }
        return enable.getOrDefault("all", true);
    }

    /** Whether any of the observations named is on. */
    public boolean anyEnabled(String... names) {
        return Arrays.stream(names).anyMatch(this::enabled);
    }

    @Configuration(proxyBeanMethods = false)
    static class Setup {

        /** Without Boot's observation support (no actuator) nothing is turned off, as Boot would have it. */
        @Bean
        ObservationSwitches observationSwitches(ObjectProvider<ObservationProperties> properties) {
            ObservationProperties observations = properties.getIfAvailable();
            return new ObservationSwitches(observations == null ? Map.of() : observations.getEnable());
        }
    }
}
