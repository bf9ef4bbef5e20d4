package org.moneygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AccountabilityGraphApplication {

    public static void main(String[] args) {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            // Both Bolt ends (driver and embedded server) run on Netty; its sampled leak tracking records a
            // stack trace per tracked buffer, which a profile showed on every request. -D… turns it back on.
            System.setProperty("io.netty.leakDetection.level", "disabled");
        }
        if (args.length > 0 && args[0].equals("import")) {
            // The bulk import command: no web server, a summary, and an exit code for scripts.
            System.exit(org.moneygraph.ledger.ImportCommand.run(AccountabilityGraphApplication.class, args, System.out));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            // The generated-graph bulk load (docs/generator.md): no web server either.
            System.exit(org.moneygraph.generator.GenerateCommand.run(AccountabilityGraphApplication.class, args, System.out));
        }
        SpringApplication.run(AccountabilityGraphApplication.class, args);
    }
}
