package org.pathways.people.roster;

import java.util.Locale;
import org.pathways.PathwaysApplication;
import org.pathways.support.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times a 50,000-row HR import on a district-sized database (60 campuses, 4,000 educators): the
 * check and preview, then the apply, then the same file again. Not a test: run it and read the
 * figures (docs/roster-import.md).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.pathways.people.roster.RosterImportBenchmark</pre>
 */
public final class RosterImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RosterImportBenchmark.class);

    static final int ROWS = 50_000;

    private RosterImportBenchmark() {
    }

    public static void main(String[] args) {
        TestDatabase.Connection db = TestDatabase.get();
        SpringApplication app = new SpringApplication(PathwaysApplication.class);
        app.setAdditionalProfiles("demo");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--pathways.demo.allow-external-database=true", "--pathways.demo.campuses=60",
                "--pathways.demo.educators=4000", "--logging.level.org.pathways.shared.Mailer=warn")) {
            RosterImportService imports = context.getBean(RosterImportService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            byte[] file = hrFile();
            log.info(String.format(Locale.ROOT, "HR file: %,d rows, %,d bytes; roster before: %,d educators", ROWS,
                    file.length, jdbc.queryForObject("select count(*) from educator", Long.class)));
            for (String round : new String[] {"first import", "same file again"}) {
                long start = System.nanoTime();
                long id = imports.upload("benchmark.csv", file, "benchmark");
                imports.validate(id);
                long checked = System.nanoTime();
                RosterImportView preview = imports.find(id).orElseThrow();
                if (preview.status() != RosterImportView.Status.READY) {
                    throw new IllegalStateException("The benchmark file did not validate: " + imports.errors(id));
                }
                imports.claimForApply(id);
                imports.apply(id, "benchmark");
                long applied = System.nanoTime();
                RosterImportView done = imports.find(id).orElseThrow();
                log.info(String.format(Locale.ROOT, "%s: upload + check + preview %,d ms, apply %,d ms, total %,d ms "
                                + "(%d created, %d updated, %d unchanged, %s)", round, ms(checked - start),
                        ms(applied - checked), ms(applied - start), done.toCreate(), done.toUpdate(),
                        done.unchanged(), done.status()));
            }
        }
        System.exit(0);
    }

    private static byte[] hrFile() {
        StringBuilder csv = new StringBuilder(
                "employee_id,first_name,last_name,email,campus_code,position,pay_band,hire_date,active\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(String.format(Locale.ROOT, "B%06d,First%d,\"Last, %d\",bench.%d@district.example.org,"
                            + "HPS-%04d,Teacher,%d,2018-08-%02d,true\r\n", i, i, i, i, 1 + i % 60, 1 + i % 6,
                    1 + i % 28));
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
