package org.pathways;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pathways: competency-based career pathways for a school district's educators. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PathwaysApplication {

    public static void main(String[] args) {
        SpringApplication.run(PathwaysApplication.class, args);
    }
}
