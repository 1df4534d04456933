package org.pathways.reporting;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.CatalogTestData;
import org.pathways.catalog.MicroCredential;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.support.PortfolioFixtures.Person;
import org.pathways.portfolio.support.SubmissionDriver;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.Scoring;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new stand-alone micro-credential with submissions and decisions made through the real services,
 * the figures worked out by hand. Version 1 has criteria Goal, Talk, Notes (passing at 3 of 4);
 * version 2 has Goal, Feedback (passing at 2).
 * <pre>
 * A  attempt 1  v1  Goal 3, Talk 2, Notes 1   needs revision
 * B  attempt 1  v1  Goal 3, Talk 3, Notes 4   earned
 * C  attempt 1  v1  (submitted)
 * -- version 2 published --
 * C  attempt 1  v1  Goal 2, Talk 2, Notes 3   needs revision
 * A  attempt 2  v1  Goal 3, Talk 3, Notes 2   needs revision (a revision keeps its version)
 * D  attempt 1  v2  Goal 2, Feedback 2        earned
 * H  attempt 1  v2  Goal 1, Feedback 3        needs revision
 * E  attempt 1  v2  submitted, not decided
 * F  attempt 1  v2  draft (not a submission)
 * G  attempt 1  v2  submitted, then withdrawn (not counted)
 * </pre>
 * Submissions 7; first attempts decided 5, earned 2 (40%). Below passing: Talk (v1) 2 of 4,
 * Notes (v1) 2 of 4, Goal (v2) 1 of 2, Goal (v1) 1 of 4; Feedback (v2) never.
 */
final class TrendFixture {

    final String code = "trend-" + UUID.randomUUID().toString().substring(0, 8);

    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final MicroCredentialAuthoring authoring;
    private final CatalogApi catalog;
    private final SubmissionService submissions;
    private final SubmissionDriver driver;
    private final ReviewService reviews;
    private final PathwaysUser reviewer;

    TrendFixture(JdbcTemplate jdbc, EntityManager entities, MicroCredentialAuthoring authoring, CatalogApi catalog,
                 SubmissionService submissions, SubmissionQueries queries, ReviewService reviews,
                 Assignments assignments, PathwaysUser reviewer) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.authoring = authoring;
        this.catalog = catalog;
        this.submissions = submissions;
        this.driver = new SubmissionDriver(submissions, queries, catalog);
        this.reviews = reviews;
        this.reviewer = reviewer;
        authoring.create(code, "Trend " + code, CatalogTestData.content("Confers", "Goal", "Talk", "Notes"),
                "admin@example.org");
        authoring.publish(code, null, "admin@example.org");
        assignments.assign(reviewer.educatorId(), code, "admin@example.org");
    }

    TrendFixture build() {
        Person a = teacher();
        long a1 = driver.submitted(a, code);
        decide(a1, SubmissionOutcome.NEEDS_REVISION, 3, 2, 1);
        decide(driver.submitted(teacher(), code), SubmissionOutcome.EARNED, 3, 3, 4);
        long c1 = driver.submitted(teacher(), code);

        publishVersionTwo();
        decide(c1, SubmissionOutcome.NEEDS_REVISION, 2, 2, 3);
        decide(driver.submitted(a, code), SubmissionOutcome.NEEDS_REVISION, 3, 3, 2);
        decide(driver.submitted(teacher(), code), SubmissionOutcome.EARNED, 2, 2);
        decide(driver.submitted(teacher(), code), SubmissionOutcome.NEEDS_REVISION, 1, 3);
        driver.submitted(teacher(), code);
        Person f = teacher();
        submissions.start(f.id(), code, f.email());
        Person g = teacher();
        submissions.withdraw(g.id(), driver.submitted(g, code), g.email());
        // the test's transaction is still open: write pending entity changes before SQL reads them
        entities.flush();
        return this;
    }

    void publishVersionTwo() {
        MicroCredentialContent two = CatalogTestData.content("Confers weekly", "Goal", "Feedback");
        two = new MicroCredentialContent(two.competency(), two.keyMethod(), two.cpeHours(), 2, two.levels(),
                two.parts(), two.rubric(), two.resources());
        authoring.saveDraft(code, authoring.editable(code).orElseThrow().rowVersion(), "Trend " + code, two,
                "admin@example.org");
        authoring.publish(code, "two criteria", "admin@example.org");
    }

    /** Opens the attempt and records the scores (in rubric order) of the version it started on. */
    void decide(long submissionId, SubmissionOutcome outcome, int... scores) {
        reviews.begin(reviewer, submissionId);
        int version = jdbc.queryForObject("select micro_credential_version from submission where id = ?",
                Integer.class, submissionId);
        MicroCredential pinned = catalog.microCredentialVersion(code, version).orElseThrow();
        Map<Integer, Integer> byCriterion = new HashMap<>();
        List<MicroCredential.RubricCriterion> rubric = pinned.rubric();
        for (int i = 0; i < rubric.size(); i++) {
            byCriterion.put(rubric.get(i).position(), scores[i]);
        }
        Map<Integer, String> feedback = new HashMap<>();
        pinned.evidenceParts().forEach(p -> feedback.put(p.position(), "Feedback on " + p.title()));
        long rowVersion = jdbc.queryForObject("select row_version from submission where id = ?", Long.class,
                submissionId);
        reviews.decide(reviewer, submissionId, rowVersion, new Scoring(byCriterion, feedback, outcome));
    }

    private Person teacher() {
        long id = PathwaysTestSupport.newTeacher(jdbc);
        return new Person(id, jdbc.queryForObject("select email from educator where id = ?", String.class, id));
    }
}
