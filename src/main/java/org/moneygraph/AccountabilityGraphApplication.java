package org.moneygraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AccountabilityGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccountabilityGraphApplication.class, args);
    }
}
