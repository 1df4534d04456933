package org.pathways.portfolio.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.domain.SubmissionStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With profile demo: portfolios in every state for the demo district, through the real service so
 * events, audit rows and duplicate checks happen as in use. The teacher persona gets one of each;
 * other educators fill the coach's queue, some of it waiting longer than the target.
 * Runs once: nothing happens when the teacher persona already has a portfolio.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PortfolioDemoData implements ApplicationRunner {

    static final String TEACHER = "teacher@example.org";
    /** Left for a newcomer to start, as the README's walk-through does. */
    static final String LEFT_TO_START = "behavioral-expectations";
    private static final int OTHER_EDUCATORS = 24;

    private static final Logger log = LoggerFactory.getLogger(PortfolioDemoData.class);

    private final SubmissionService submissions;
    private final CatalogApi catalog;
    private final JdbcTemplate jdbc;

    PortfolioDemoData(SubmissionService submissions, CatalogApi catalog, JdbcTemplate jdbc) {
        this.submissions = submissions;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    private record Person(long id, String email, String firstName) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Person> teacher = people("e.email = '" + TEACHER + "'", 1);
        if (teacher.isEmpty() || hasSubmissions(teacher.get(0).id())) {
            return;
        }
        List<String> codes = catalog.endorsement("ctc-1").map(catalog::microCredentialsOf).orElse(List.of()).stream()
                .filter(m -> !m.evidenceParts().isEmpty() && !m.rubric().isEmpty())
                .map(MicroCredential::code).filter(code -> !code.equals(LEFT_TO_START)).toList();
        if (codes.size() < 5) {
            return;
        }
        long start = System.nanoTime();
        Random random = new Random(2026);
        Person ana = teacher.get(0);
        // Submitted twice over: the review demo decides the first as earned and returns the second.
        submit(ana, codes.get(0), random, 40);
        submit(ana, codes.get(1), random, 30);
        submit(ana, codes.get(2), random, 5);
        long draft = submissions.start(ana.id(), codes.get(3), ana.email());
        fill(ana, draft, codes.get(3), random, true);
        long withdrawn = submissions.start(ana.id(), codes.get(4), ana.email());
        fill(ana, withdrawn, codes.get(4), random, false);
        submissions.withdraw(ana.id(), withdrawn, ana.email());

        int created = 5;
        List<Person> others = people("e.email not in ('teacher@example.org', 'coach@example.org', "
                + "'principal@example.org', 'admin@example.org')", OTHER_EDUCATORS);
        for (int i = 0; i < others.size(); i++) {
            Person p = others.get(i);
            if (hasSubmissions(p.id())) {
                continue;
            }
            String code = codes.get(i % Math.min(codes.size(), 6));
            if (submit(p, code, random, 1 + random.nextInt(28))) {
                created++;
            }
        }
        log.info("Demo portfolios created: {} in {} ms", created, (System.nanoTime() - start) / 1_000_000);
    }

    private boolean submit(Person who, String code, Random random, int daysAgo) {
        try {
            long id = submissions.start(who.id(), code, who.email());
            fill(who, id, code, random, false);
            long version = jdbc.queryForObject("select row_version from submission where id = ?", Long.class, id);
            if (!submissions.submit(who.id(), id, version, who.email()).isEmpty()) {
                submissions.withdraw(who.id(), id, who.email());
                return false;
            }
            jdbc.update("update submission set submitted_at = now() - make_interval(days => ?, hours => ?), "
                    + "created_at = now() - make_interval(days => ?) where id = ?", daysAgo, random.nextInt(20),
                    daysAgo + 3, id);
            return true;
        } catch (SubmissionStateException e) {
            log.debug("Demo portfolio for {} skipped: {}", code, e.getMessage());
            return false;
        }
    }

    private void fill(Person who, long id, String code, Random random, boolean partly) {
        List<MicroCredential.EvidencePart> parts = catalog.microCredential(code).orElseThrow().evidenceParts();
        for (MicroCredential.EvidencePart part : parts) {
            if (partly && part.position() > 1) {
                break;
            }
            if (part.acceptsText()) {
                submissions.saveResponse(who.id(), id, part.position(), DemoEvidence.response(random, who.firstName()));
            }
            if (part.acceptsFiles()) {
                submissions.addFile(who.id(), id, part.position(), DemoEvidence.fileName(part.title()),
                        new ByteArrayInputStream(DemoEvidence.fileText(random, who.firstName(), part.title())
                                .getBytes(StandardCharsets.UTF_8)));
            } else if (part.acceptsLinks()) {
                submissions.addLink(who.id(), id, part.position(),
                        "https://video.example.org/classroom/" + id + "-" + part.position(), "Classroom video");
            }
        }
    }

    private List<Person> people(String where, int limit) {
        return jdbc.query("select e.id, e.email, e.first_name from educator e join account_role r on r.educator_id = e.id"
                + " and r.role = 'EDUCATOR' where e.active and (" + where + ") order by md5(e.id::text) limit " + limit,
                (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    private boolean hasSubmissions(long educatorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from submission where educator_id = ?)", Boolean.class, educatorId));
    }
}
