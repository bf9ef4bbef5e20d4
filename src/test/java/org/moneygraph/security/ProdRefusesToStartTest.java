package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moneygraph.AccountabilityGraphApplication;
import org.moneygraph.config.MissingCredentialsException;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code prod} without credentials, or with an admin token unfit to be one, does not start, and says why in a sentence. */
@ExtendWith(OutputCaptureExtension.class)
class ProdRefusesToStartTest {

    private static void start(Path home, String... extra) {
        var args = new java.util.ArrayList<>(java.util.List.of("--graph.seed.enabled=false",
                "--graph.embedded.home=" + home, "--graph.embedded.bolt-port=0"));
        args.addAll(java.util.List.of(extra));
        new SpringApplicationBuilder(AccountabilityGraphApplication.class).profiles("prod")
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new)).close();
    }

    @Test
    void prodWithoutAnyCredentialsRefusesBeforeTheDatabaseStarts(CapturedOutput output) {
        Path home = TestDatabases.freshFolder("prod-refused");
        assertThatThrownBy(() -> start(home)).isInstanceOf(MissingCredentialsException.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("The prod profile needs credentials: no admin token (GRAPH_ADMIN_TOKEN) and no JWT issuer "
                        + "or key is configured, so nobody could sign in.")
                .contains("Set GRAPH_ADMIN_TOKEN")
                .doesNotContain("at org.moneygraph.config.CredentialsCheck");
        assertThat(home).doesNotExist();
    }

    @Test
    void aShortAdminTokenIsRefused(CapturedOutput output) {
        Path home = TestDatabases.freshFolder("short-token");
        assertThatThrownBy(() -> start(home, "--graph.security.admin-token=secret"))
                .isInstanceOf(MissingCredentialsException.class);
        assertThat(output.getAll()).contains("GRAPH_ADMIN_TOKEN must be at least 16 characters");
        assertThat(home).doesNotExist();
    }
}
