package org.pathways.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.AssessmentSource;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.portfolio.support.SubmissionDriver;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.DecisionConflictException;
import org.pathways.review.domain.Disagreements;
import org.pathways.review.domain.ReviewException;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.Scoring;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Second scoring as reviewers and admins do it through the pages: two independent scorings, then a decision. */
@DemoDistrictTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SecondScoringTests implements PostgresTest {

    static final String ADMIN = "admin@example.org";
    static final String COACH = "coach@example.org";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogApi catalog;
    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionQueries queries;
    @Autowired
    Assignments assignments;
    @Autowired
    ReviewService reviews;
    @Autowired
    Disagreements disagreements;
    @Autowired
    AssessmentSource assessments;
    @Autowired
    ApplicationEvents events;

    @Test
    void aSampledSubmissionWaitsForAnIndependentSecondScoringAndAgreementPublishesOnce() throws Exception {
        String code = code();
        String second = reviewer(0, code);
        String unassigned = reviewer(1, null);
        assignments.unassign(educatorId(unassigned), code, ADMIN);
        long id = requestedSubmission(code);

        score(COACH, id, code, SubmissionOutcome.EARNED, "First reviewer's note")
                .andExpect(flash().attribute("flash", containsString("another reviewer scores it independently")));
        assertThat(submissionStatus(id)).isEqualTo("IN_REVIEW");
        assertThat(count("select count(*) from review_decision where submission_id = ?", id)).isZero();
        assertThat(count("select count(*) from earned_credential where submission_id = ?", id)).isZero();
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id)).isEmpty();
        assertThat(assessments.assessmentOf(id)).isEmpty();

        // The first reviewer no longer finds it in the queue and cannot give the second scoring too.
        mvc.perform(get("/review").with(as(COACH))).andExpect(content().string(not(containsString("#" + id + "<"))));
        mvc.perform(get("/review/submissions/" + id).with(as(COACH)))
                .andExpect(content().string(containsString("waits for another reviewer")))
                .andExpect(content().string(not(containsString("id=\"scoring\""))));
        score(COACH, id, code, SubmissionOutcome.EARNED, "Again")
                .andExpect(flash().attribute("error", containsString("must come from another reviewer")));

        // A reviewer not assigned to the micro-credential can neither read nor score it.
        mvc.perform(get("/review/submissions/" + id).with(as(unassigned))).andExpect(status().isNotFound());
        score(unassigned, id, code, SubmissionOutcome.EARNED, "Not mine").andExpect(status().isNotFound());

        // The second reviewer sees it as a second scoring, without the first reviewer's scores.
        mvc.perform(get("/review").param("code", code).with(as(second)))
                .andExpect(content().string(containsString("#" + id + "<")))
                .andExpect(content().string(containsString("second scoring")));
        mvc.perform(get("/review/submissions/" + id).with(as(second))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The first reviewer's scores stay hidden")))
                .andExpect(content().string(not(containsString("First reviewer&#39;s note"))))
                .andExpect(content().string(not(containsString("First reviewer's note"))));
        score(second, id, code, SubmissionOutcome.EARNED, "Second reviewer's note")
                .andExpect(flash().attribute("flash", containsString("Decision recorded: earned")));

        assertThat(submissionStatus(id)).isEqualTo("EARNED");
        assertThat(count("select count(*) from earned_credential where submission_id = ?", id)).isEqualTo(1);
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id)).hasSize(1);
        assertThat(jdbc.queryForObject("select reviewer_id from review_decision where submission_id = ?", Long.class, id))
                .isEqualTo(educatorId(COACH));
        assertThat(assessments.assessmentOf(id).orElseThrow().feedbackByPart().values())
                .allMatch(f -> f.startsWith("First reviewer's note"));
        assertThat(audit(id)).contains("SECOND_SCORING_REQUESTED", "FIRST_SCORING_RECORDED", "SECOND_SCORING_AGREED");

        score(second, id, code, SubmissionOutcome.EARNED, "Too late")
                .andExpect(flash().attribute("error", containsString("Another reviewer recorded a decision")));
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id)).hasSize(1);
    }

    @Test
    void aDisagreementWaitsForAnAdminWhoComparesBothAndSettlesOnce() throws Exception {
        String code = code();
        String second = reviewer(0, code);
        long id = requestedSubmission(code);
        score(COACH, id, code, SubmissionOutcome.EARNED, "Strong evidence, says the first reviewer");
        score(second, id, code, SubmissionOutcome.NEEDS_REVISION, "Missing data, says the second reviewer")
                .andExpect(flash().attribute("flash", containsString("an administrator will settle it")));
        assertThat(submissionStatus(id)).isEqualTo("IN_REVIEW");
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id)).isEmpty();
        assertThat(events.stream(SubmissionReturned.class).filter(e -> e.submissionId() == id)).isEmpty();
        mvc.perform(get("/review").param("code", code).with(as(second)))
                .andExpect(content().string(not(containsString("#" + id + "<"))));
        mvc.perform(get("/admin/review/disagreements").with(as(COACH))).andExpect(status().isForbidden());

        mvc.perform(get("/admin/review/disagreements").with(as(ADMIN)))
                .andExpect(content().string(containsString("/admin/review/disagreements/" + id)));
        mvc.perform(get("/admin/review/disagreements/" + id).with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("First scoring: Earned")))
                .andExpect(content().string(containsString("Second scoring: Needs revision")))
                .andExpect(content().string(containsString("Strong evidence, says the first reviewer")))
                .andExpect(content().string(containsString("Missing data, says the second reviewer")));

        long version = count("select row_version from review_second_scoring where submission_id = ?", id);
        mvc.perform(post("/admin/review/disagreements/" + id).with(as(ADMIN)).with(csrf())
                        .param("version", String.valueOf(version)).param("outcome", "NEEDS_REVISION").param("note", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Write a note")));
        assertThat(submissionStatus(id)).isEqualTo("IN_REVIEW");

        mvc.perform(post("/admin/review/disagreements/" + id).with(as(ADMIN)).with(csrf())
                        .param("version", String.valueOf(version)).param("outcome", "NEEDS_REVISION")
                        .param("note", "The tally the rubric asks for is missing."))
                .andExpect(redirectedUrl("/admin/review/disagreements"));
        assertThat(submissionStatus(id)).isEqualTo("NEEDS_REVISION");
        assertThat(events.stream(SubmissionReturned.class).filter(e -> e.submissionId() == id)).hasSize(1);
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id)).isEmpty();
        assertThat(jdbc.queryForObject("select reviewer_id from review_decision where submission_id = ?", Long.class, id))
                .isEqualTo(educatorId(second));
        assertThat(assessments.assessmentOf(id).orElseThrow().feedbackByPart().values())
                .allMatch(f -> f.startsWith("Missing data"));
        assertThat(audit(id)).contains("SECOND_SCORING_DISAGREED", "DISAGREEMENT_SETTLED");
        assertThat(jdbc.queryForObject("""
                select details from audit_event where action = 'DISAGREEMENT_SETTLED' and subject_id = ?""",
                String.class, String.valueOf(id))).contains("The tally the rubric asks for is missing.");

        mvc.perform(post("/admin/review/disagreements/" + id).with(as(ADMIN)).with(csrf())
                        .param("version", String.valueOf(version)).param("outcome", "EARNED").param("note", "Changed my mind"))
                .andExpect(flash().attribute("error", containsString("Another administrator settled")));
        assertThat(submissionStatus(id)).isEqualTo("NEEDS_REVISION");
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id)).isEmpty();
    }

    @Test
    void twoSecondReviewersAtOnceLeaveOneSecondScoring() throws Exception {
        String code = code();
        PathwaysUser b = person(reviewer(0, code));
        PathwaysUser c = person(reviewer(2, code));
        long id = requestedSubmission(code);
        score(COACH, id, code, SubmissionOutcome.EARNED, "First");
        long seen = count("select row_version from submission where id = ?", id);
        List<Throwable> failures = race(
                () -> reviews.decide(b, id, seen, scoring(code, true)),
                () -> reviews.decide(c, id, seen, scoring(code, false)));
        assertThat(failures).singleElement().isInstanceOf(DecisionConflictException.class);
        assertThat(count("select count(*) from review_scoring where submission_id = ? and round = 2", id)).isEqualTo(1);
        String outcome = jdbc.queryForObject("select status from review_second_scoring where submission_id = ?",
                String.class, id);
        assertThat(outcome).isIn("AGREED", "DISAGREED");
        assertThat(submissionStatus(id)).isEqualTo(outcome.equals("AGREED") ? "EARNED" : "IN_REVIEW");
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id))
                .hasSize(outcome.equals("AGREED") ? 1 : 0);
    }

    @Test
    void twoAdminsSettlingAtOnceMakeOneOutcome() throws Exception {
        String code = code();
        String second = reviewer(0, code);
        long id = requestedSubmission(code);
        score(COACH, id, code, SubmissionOutcome.EARNED, "First");
        score(second, id, code, SubmissionOutcome.NEEDS_REVISION, "Second");
        long version = count("select row_version from review_second_scoring where submission_id = ?", id);
        PathwaysUser admin = person(ADMIN);
        List<Throwable> failures = race(
                () -> disagreements.settle(admin, id, version, SubmissionOutcome.EARNED, "Earned: the video shows it."),
                () -> disagreements.settle(admin, id, version, SubmissionOutcome.NEEDS_REVISION, "Revise: no data."));
        assertThat(failures).singleElement().isInstanceOf(ReviewException.class)
                .extracting(Throwable::getMessage).asString().contains("Another administrator settled");
        String settled = jdbc.queryForObject("select settled_outcome from review_second_scoring where submission_id = ?",
                String.class, id);
        assertThat(submissionStatus(id)).isEqualTo(settled);
        assertThat(count("select count(*) from review_decision where submission_id = ?", id)).isEqualTo(1);
        assertThat(events.stream(CredentialEarned.class).filter(e -> e.submissionId() == id).count()
                + events.stream(SubmissionReturned.class).filter(e -> e.submissionId() == id).count()).isEqualTo(1);
    }

    @Test
    void anAdminCannotAskForASecondScoringWithoutASecondReviewer() throws Exception {
        String code = new PortfolioFixtures(jdbc).microCredentialsWithTextAndFiles().get(9);
        jdbc.update("delete from review_assignment where micro_credential_code = ?", code);
        assignments.assign(educatorId(COACH), code, ADMIN);
        var teacher = new PortfolioFixtures(jdbc).freshEducator();
        long id = driver().submitted(teacher, code);
        mvc.perform(post("/admin/review/submissions/" + id + "/second-scoring").with(as(ADMIN)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("assign another reviewer first")));
        mvc.perform(post("/admin/review/submissions/" + id + "/second-scoring").with(as(COACH)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from review_second_scoring where submission_id = ?", id)).isZero();
        // Without a second scoring the coach's decision is final at once.
        mvc.perform(post("/review/submissions/" + id + "/start").with(as(COACH)).with(csrf()));
        score(COACH, id, code, SubmissionOutcome.NEEDS_REVISION, "Final")
                .andExpect(flash().attribute("flash", containsString("Decision recorded: needs revision")));
        assertThat(submissionStatus(id)).isEqualTo("NEEDS_REVISION");
    }

    @Test
    void theDemoHasASecondScoringForTheCoachAndADisagreementForTheAdmin() throws Exception {
        List<Long> waiting = jdbc.queryForList("""
                select s.submission_id from review_second_scoring s join review_scoring r on r.submission_id = s.submission_id
                join educator e on e.id = r.reviewer_id
                where s.status = 'WAITING' and r.round = 1 and e.email <> ?""", Long.class, COACH);
        List<Long> disagreed = jdbc.queryForList("""
                select s.submission_id from review_second_scoring s join review_scoring r on r.submission_id = s.submission_id
                join educator e on e.id = r.reviewer_id
                where s.status = 'DISAGREED' and r.round = 2 and e.email = ?""", Long.class, COACH);
        assertThat(waiting).isNotEmpty();
        assertThat(disagreed).isNotEmpty();
        mvc.perform(get("/review").with(as(COACH)))
                .andExpect(content().string(containsString("#" + waiting.get(0) + "<")))
                .andExpect(content().string(containsString("second scoring")));
        mvc.perform(get("/admin/review/disagreements").with(as(ADMIN)))
                .andExpect(content().string(containsString("/admin/review/disagreements/" + disagreed.get(0))));
    }

    // --- helpers ---

    /** A fresh submission of the code, assigned to the coach, for which the admin asked a second scoring. */
    long requestedSubmission(String code) throws Exception {
        assignments.assign(educatorId(COACH), code, ADMIN);
        var teacher = new PortfolioFixtures(jdbc).freshEducator();
        long id = driver().submitted(teacher, code);
        mvc.perform(get("/review/submissions/" + id).with(as(ADMIN)))
                .andExpect(content().string(containsString("Ask for a second scoring")));
        mvc.perform(post("/admin/review/submissions/" + id + "/second-scoring").with(as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/review/submissions/" + id))
                .andExpect(flash().attribute("flash", containsString("Two reviewers will score")));
        mvc.perform(post("/review/submissions/" + id + "/start").with(as(COACH)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    ResultActions score(String email, long id, String code, SubmissionOutcome outcome, String feedback)
            throws Exception {
        return new ReviewPages(mvc, users, catalog, jdbc).score(email, id, code, outcome, feedback);
    }

    Scoring scoring(String code, boolean pass) {
        MicroCredential credential = catalog.microCredential(code).orElseThrow();
        var scores = new java.util.HashMap<Integer, Integer>();
        credential.rubric().forEach(c -> scores.put(c.position(), pass ? credential.passingScore()
                : c.levels().get(0).score()));
        var feedback = new java.util.HashMap<Integer, String>();
        credential.evidenceParts().forEach(p -> feedback.put(p.position(), "Feedback on " + p.title()));
        return new Scoring(scores, feedback, pass ? SubmissionOutcome.EARNED : SubmissionOutcome.NEEDS_REVISION);
    }

    /** Runs both at the same moment on two threads; returns what failed. */
    static List<Throwable> race(Callable<?> a, Callable<?> b) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> task : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<Throwable> failures = new ArrayList<>();
            for (Future<?> f : futures) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The n-th person with the reviewer role other than the coach, assigned to the code if one is given. */
    String reviewer(int n, String assignTo) {
        String email = jdbc.queryForList("""
                select e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'REVIEWER'
                where e.email <> ? and e.active order by e.id""", String.class, COACH).get(n);
        if (assignTo != null) {
            assignments.assign(educatorId(email), assignTo, ADMIN);
        }
        return email;
    }

    /** A micro-credential other test classes leave alone; these tests only add reviewers to it. */
    String code() {
        return new PortfolioFixtures(jdbc).microCredentialsWithTextAndFiles().get(8);
    }

    SubmissionDriver driver() {
        return new SubmissionDriver(submissions, queries, catalog);
    }

    PathwaysUser person(String email) {
        return (PathwaysUser) users.loadUserByUsername(email);
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    long educatorId(String email) {
        return count("select id from educator where email = ?", email);
    }

    String submissionStatus(long id) {
        return jdbc.queryForObject("select status from submission where id = ?", String.class, id);
    }

    List<String> audit(long id) {
        return jdbc.queryForList("select action from audit_event where subject_type = 'submission' and subject_id = ?",
                String.class, String.valueOf(id));
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
