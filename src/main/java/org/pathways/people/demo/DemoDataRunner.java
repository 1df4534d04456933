package org.pathways.people.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** With profile demo: fills an empty database with a demo district and prints how to sign in. */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDistrict district;
    private final int campuses;
    private final int educators;
    private final boolean externalDatabase;
    private final boolean allowExternal;

    DemoDataRunner(DemoDistrict district, Environment environment,
                   @Value("${pathways.demo.campuses}") int campuses,
                   @Value("${pathways.demo.educators}") int educators,
                   @Value("${pathways.demo.allow-external-database:false}") boolean allowExternal) {
        this.district = district;
        this.campuses = campuses;
        this.educators = educators;
        this.externalDatabase = environment.containsProperty("spring.datasource.url");
        this.allowExternal = allowExternal;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (externalDatabase && !allowExternal) {
            // A real district's database never receives made-up people by accident.
            log.info("External database configured: no demo data loaded "
                    + "(set pathways.demo.allow-external-database=true to load it anyway)");
            return;
        }
        if (district.isEmpty()) {
            long start = System.nanoTime();
            district.generate(campuses, educators, 2026);
            log.info("Demo district created: {} campuses, {} educators in {} ms", campuses, educators,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n\n  Pathways is running at http://localhost:" + port + "\n  Demo logins"
                + " (password \"" + DemoDistrict.DEMO_PASSWORD + "\"):\n");
        DemoDistrict.PERSONAS.forEach(p -> text.append(String.format("    %-24s %s%n", p.email(),
                String.join(", ", p.appRoles()))));
        log.info(text.toString());
    }
}
