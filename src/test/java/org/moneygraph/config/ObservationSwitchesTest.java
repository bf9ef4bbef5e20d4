package org.moneygraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * The switches read {@code management.observations.enable.*} exactly as Spring Boot's own predicate does, so a
 * wrapper is left out only when every observation it would make is a no-op anyway.
 */
class ObservationSwitchesTest {

    private static final List<String> NAMES = List.of("graphql.request", "graphql.datafetcher", "graphql.dataloader",
            "spring.security.filterchains", "spring.security.http.secured.requests", "spring.security.authentications",
            "spring.security.authorizations", "http.server.requests", "graphql");

    private final ApplicationContextRunner boot = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class))
            .withUserConfiguration(ObservationSwitches.Setup.class)
            // With no handler every observation is a no-op; this one makes the properties the only switch.
            .withBean(ObservationHandler.class, () -> new ObservationHandler<Observation.Context>() {
                @Override
                public boolean supportsContext(Observation.Context context) {
                    return true;
                }
            });

    @Test
    void theSwitchesAgreeWithBootOnEveryName() {
        List<String[]> settings = List.of(new String[] {},
                new String[] {"management.observations.enable.graphql=false"},
                new String[] {"management.observations.enable.graphql=false",
                        "management.observations.enable.graphql.datafetcher=true"},
                new String[] {"management.observations.enable.graphql=false",
                        "management.observations.enable.spring.security=false"},
                new String[] {"management.observations.enable.all=false",
                        "management.observations.enable.spring.security.authorizations=true"},
                new String[] {"management.observations.enable.spring=false"},
                new String[] {"management.observations.enable.all=true",
                        "management.observations.enable.graphql.request=false"});
        for (String[] properties : settings) {
            boot.withPropertyValues(properties).run(context -> {
                ObservationRegistry registry = context.getBean(ObservationRegistry.class);
                ObservationSwitches switches = context.getBean(ObservationSwitches.class);
                for (String name : NAMES) {
                    boolean on = !Observation.createNotStarted(name, registry).isNoop();
                    assertThat(switches.enabled(name)).as("%s with %s", name, List.of(properties)).isEqualTo(on);
                }
            });
        }
    }

    @Test
    void aLongerPrefixWinsAndAllIsTheFallback() {
        var switches = new ObservationSwitches(Map.of("graphql", false, "graphql.request", true, "all", false));
        assertThat(switches.enabled("graphql.request")).isTrue();
        assertThat(switches.enabled("graphql.request.more")).isTrue();
        assertThat(switches.enabled("graphql.datafetcher")).isFalse();
        assertThat(switches.enabled("http.server.requests")).isFalse();
        assertThat(switches.anyEnabled("graphql.datafetcher", "graphql.request")).isTrue();
        assertThat(switches.anyEnabled("graphql.datafetcher", "graphql.dataloader")).isFalse();
        assertThat(new ObservationSwitches(Map.of()).enabled("anything")).isTrue();
    }

    @Test
    void theGraphQlObservationInstrumentationIsChainedOnlyWhenOneOfItsObservationsIsOn() {
        Instrumentation depth = new MaxQueryDepthInstrumentation(9);
        Instrumentation observation = new GraphQlObservationInstrumentation(ObservationRegistry.create());
        Instrumentation other = new MaxQueryDepthInstrumentation(3);
        List<Instrumentation> all = List.of(depth, observation, other);
        assertThat(installer(Map.of()).chained(all)).containsExactly(depth, observation, other);
        assertThat(installer(Map.of("graphql", false)).chained(all)).containsExactly(depth, other);
        assertThat(installer(Map.of("all", false)).chained(all)).containsExactly(depth, other);
        for (String name : InstrumentationChain.Installer.OBSERVATIONS) {
            assertThat(installer(Map.of("graphql", false, name, true)).chained(all))
                    .as(name).containsExactly(depth, observation, other);
        }
        assertThat(installer(Map.of("graphql", false, "spring", true)).chained(all)).containsExactly(depth, other);
    }

    private static InstrumentationChain.Installer installer(Map<String, Boolean> enable) {
        return new InstrumentationChain.Installer(null, new ObservationSwitches(enable));
    }
}
