package org.pathways.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.portfolio.support.SubmissionDriver;
import org.pathways.review.domain.Assignments;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DemoDistrictTest
@AutoConfigureMockMvc
class CalibrationPagesTests implements PostgresTest {

    static final String ADMIN = "admin@example.org";

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
    CalibrationService calibration;

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    PortfolioFixtures fixtures() {
        return new PortfolioFixtures(jdbc);
    }

    /** A micro-credential counted from the end of the list, away from the codes other test classes use. */
    String code(int index) {
        List<String> codes = fixtures().microCredentialsWithTextAndFiles();
        return codes.get(codes.size() - 1 - index);
    }

    /** People with the reviewer role other than the coach persona, whose figures start empty. */
    List<PortfolioFixtures.Person> reviewers() {
        return jdbc.query("""
                select e.id, e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'REVIEWER'
                where e.email <> 'coach@example.org' and e.active
                  and not exists (select 1 from review_calibration_scoring c where c.reviewer_id = e.id)
                order by e.id desc""", (rs, i) -> new PortfolioFixtures.Person(rs.getLong(1), rs.getString(2)));
    }

    long submitted(String code) {
        return new SubmissionDriver(submissions, queries, catalog).submitted(untouchedEducator(), code);
    }

    /**
     * An educator with no submissions and nothing on a dashboard, so that submitting for them does not
     * change the demo campus figures other tests read (stalled work, progress).
     */
    PortfolioFixtures.Person untouchedEducator() {
        return jdbc.query("""
                select e.id, e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'EDUCATOR'
                where e.email not in ('teacher@example.org', 'coach@example.org', 'principal@example.org',
                                      'admin@example.org')
                  and not exists (select 1 from submission s where s.educator_id = e.id)
                  and not exists (select 1 from pathways_enrollment p where p.educator_id = e.id)
                  and not exists (select 1 from account_role x where x.educator_id = e.id and x.role <> 'EDUCATOR')
                order by e.id limit 1""", (rs, i) -> new PortfolioFixtures.Person(rs.getLong(1), rs.getString(2)))
                .get(0);
    }

    MicroCredential rubricOf(long submissionId) {
        SubmissionDetail detail = queries.detail(submissionId).orElseThrow();
        return catalog.microCredentialVersion(detail.microCredentialCode(), detail.microCredentialVersion())
                .orElseThrow();
    }

    /** A level for every criterion: the index into the criterion's levels comes from its position. */
    static MockHttpServletRequestBuilder withLevels(MockHttpServletRequestBuilder request, MicroCredential rubric,
                                                    IntUnaryOperator levelIndex) {
        for (MicroCredential.RubricCriterion c : rubric.rubric()) {
            int index = Math.floorMod(levelIndex.applyAsInt(c.position()), c.levels().size());
            request.param("level-" + c.position(), String.valueOf(c.levels().get(index).score()));
        }
        return request;
    }

    static Levels lowest(MicroCredential rubric) {
        Map<Integer, Integer> levels = new HashMap<>();
        rubric.rubric().forEach(c -> levels.put(c.position(), c.levels().get(0).score()));
        return new Levels(levels);
    }

    long anchorOf(long submissionId) {
        return jdbc.queryForObject("select id from review_calibration_anchor where submission_id = ?", Long.class,
                submissionId);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void adminMarksAnAnchorAndAnAssignedReviewerScoresItBlindWithoutTouchingTheSubmission() throws Exception {
        String code = code(0);
        long submissionId = submitted(code);
        SubmissionDetail before = queries.detail(submissionId).orElseThrow();
        MicroCredential rubric = rubricOf(submissionId);
        PortfolioFixtures.Person reviewer = reviewers().get(0);
        assignments.assign(reviewer.id(), code, ADMIN);
        long publications = count("select count(*) from event_publication");

        mvc.perform(get("/admin/review/calibration").param("code", code).with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give master levels for submission " + submissionId)));
        mvc.perform(get("/admin/review/calibration/anchors/new").param("submissionId", String.valueOf(submissionId))
                        .with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(rubric.rubric().get(0).title())));

        // A criterion left without a level is refused with a message that names it.
        MockHttpServletRequestBuilder incomplete = post("/admin/review/calibration/anchors")
                .param("submissionId", String.valueOf(submissionId));
        rubric.rubric().stream().skip(1).forEach(c -> incomplete.param("level-" + c.position(),
                String.valueOf(c.levels().get(0).score())));
        mvc.perform(incomplete.with(as(ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a level for")));
        assertThat(count("select count(*) from review_calibration_anchor where submission_id = ?", submissionId))
                .isZero();

        mvc.perform(withLevels(post("/admin/review/calibration/anchors"), rubric, p -> p)
                        .param("submissionId", String.valueOf(submissionId))
                        .param("rationale", "The plan is specific; the reflection stays general.")
                        .with(as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/review/calibration"));
        long anchorId = anchorOf(submissionId);
        mvc.perform(withLevels(post("/admin/review/calibration/anchors"), rubric, p -> p)
                        .param("submissionId", String.valueOf(submissionId)).with(as(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/review/calibration"))
                .andExpect(flash().attribute("problems", List.of("Submission #" + submissionId + " is already an anchor.")));

        mvc.perform(get("/review/calibration").with(as(reviewer.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Anchor " + anchorId)))
                .andExpect(content().string(containsString("To score")));
        mvc.perform(get("/review/calibration/anchors/" + anchorId).with(as(reviewer.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record my levels")))
                .andExpect(content().string(not(containsString(before.educatorName()))))
                .andExpect(content().string(not(containsString(before.campusName()))))
                .andExpect(content().string(not(containsString("Master level"))))
                .andExpect(content().string(not(containsString("The plan is specific"))));

        // The reviewer is one level above the master on the first criterion and agrees on the rest.
        int first = rubric.rubric().get(0).position();
        mvc.perform(withLevels(post("/review/calibration/anchors/" + anchorId), rubric, p -> p == first ? p + 1 : p)
                        .with(as(reviewer.email())).with(csrf()))
                .andExpect(redirectedUrl("/review/calibration/anchors/" + anchorId));
        mvc.perform(get("/review/calibration/anchors/" + anchorId).with(as(reviewer.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Master level")))
                .andExpect(content().string(containsString("The plan is specific")))
                .andExpect(content().string(not(containsString("Record my levels"))));
        mvc.perform(withLevels(post("/review/calibration/anchors/" + anchorId), rubric, p -> p)
                        .with(as(reviewer.email())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have already scored this anchor")));
        mvc.perform(get("/review/calibration").with(as(reviewer.email())))
                .andExpect(content().string(containsString("Scored on")))
                .andExpect(content().string(containsString("Flagged: not enough data")));

        SubmissionDetail after = queries.detail(submissionId).orElseThrow();
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(count("select count(*) from review_decision where submission_id = ?", submissionId)).isZero();
        assertThat(count("select count(*) from event_publication")).isEqualTo(publications);
        assertThat(count("select count(*) from audit_event where action = 'CALIBRATION_ANCHOR_MARKED' and actor = ? "
                + "and subject_id = ?", ADMIN, String.valueOf(anchorId))).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'CALIBRATION_SCORED' and actor = ? "
                + "and subject_id = ?", reviewer.email(), String.valueOf(anchorId))).isEqualTo(1);
    }

    @Test
    void adminsSeeEveryReviewersKappaAndFlagAndReviewersOnlyTheirOwn() throws Exception {
        String code = code(1);
        PortfolioFixtures.Person exact = reviewers().get(0);
        PortfolioFixtures.Person loose = reviewers().get(1);
        assignments.assign(exact.id(), code, ADMIN);
        assignments.assign(loose.id(), code, ADMIN);
        List<Agreement.Pair> loosePairs = new ArrayList<>();
        long anchorId = 0;
        for (int anchor = 0; anchor < 2; anchor++) {
            long submissionId = submitted(code);
            MicroCredential rubric = rubricOf(submissionId);
            int shift = anchor;
            IntUnaryOperator master = p -> p + shift;
            mvc.perform(withLevels(post("/admin/review/calibration/anchors"), rubric, master)
                            .param("submissionId", String.valueOf(submissionId)).with(as(ADMIN)).with(csrf()))
                    .andExpect(redirectedUrl("/admin/review/calibration"));
            anchorId = anchorOf(submissionId);
            mvc.perform(withLevels(post("/review/calibration/anchors/" + anchorId), rubric, master)
                    .with(as(exact.email())).with(csrf())).andExpect(status().is3xxRedirection());
            // The loose reviewer gives every criterion the lowest level.
            mvc.perform(withLevels(post("/review/calibration/anchors/" + anchorId), rubric, p -> 0)
                    .with(as(loose.email())).with(csrf())).andExpect(status().is3xxRedirection());
            for (MicroCredential.RubricCriterion c : rubric.rubric()) {
                int size = c.levels().size();
                loosePairs.add(new Agreement.Pair(c.levels().get(0).score(),
                        c.levels().get(Math.floorMod(master.applyAsInt(c.position()), size)).score()));
            }
        }
        Agreement expected = Agreement.of(loosePairs);
        assertThat(expected.kappa().orElse(expected.exactShare())).isLessThan(0.8);

        String page = mvc.perform(get("/admin/review/calibration").with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row(page, exact.email())).contains("1.00").contains("100%").contains("Calibrated");
        assertThat(row(page, loose.email())).contains("Flagged: below the threshold")
                .contains(String.format(Locale.ROOT, "%.2f", expected.kappa().orElseThrow()));
        assertThat(calibration.figures()).filteredOn(f -> f.reviewerId() == loose.id()).singleElement()
                .satisfies(f -> {
                    assertThat(f.anchorsScored()).isEqualTo(2);
                    assertThat(f.agreement()).isEqualTo(expected);
                    assertThat(f.standing()).isEqualTo(Standing.BELOW_THRESHOLD);
                });

        String anchorPage = mvc.perform(get("/admin/review/calibration/anchors/" + anchorId).with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(anchorPage).contains("Master").contains("(differs from the master)").contains("100%");
        mvc.perform(get("/admin/review/calibration/anchors/" + anchorId).with(as(exact.email())))
                .andExpect(status().isForbidden());

        mvc.perform(get("/review/calibration").with(as(loose.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Flagged: below the threshold")))
                .andExpect(content().string(not(containsString(exact.email()))));
        mvc.perform(get("/review/calibration").with(as(exact.email())))
                .andExpect(content().string(containsString("Calibrated")))
                .andExpect(content().string(not(containsString(loose.email()))));
    }

    @Test
    void onlyAdminsMarkAnchorsAndOnlyAssignedReviewersWhoDidNotWriteItScoreThem() throws Exception {
        String code = code(2);
        long submissionId = submitted(code);
        MicroCredential rubric = rubricOf(submissionId);
        PortfolioFixtures.Person assigned = reviewers().get(0);
        PortfolioFixtures.Person unassigned = reviewers().get(1);
        assignments.assign(assigned.id(), code, ADMIN);
        assignments.unassign(unassigned.id(), code, ADMIN);

        mvc.perform(withLevels(post("/admin/review/calibration/anchors"), rubric, p -> p)
                        .param("submissionId", String.valueOf(submissionId)).with(as(assigned.email())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/review/calibration").with(as(assigned.email()))).andExpect(status().isForbidden());
        mvc.perform(withLevels(post("/admin/review/calibration/anchors"), rubric, p -> p)
                        .param("submissionId", String.valueOf(submissionId)).with(as(ADMIN)))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from review_calibration_anchor where submission_id = ?", submissionId))
                .isZero();

        long anchorId = calibration.markAnchor(submissionId, lowest(rubric), null, ADMIN);
        long fileId = queries.detail(submissionId).orElseThrow().parts().stream()
                .flatMap(p -> p.files().stream()).findFirst().orElseThrow().id();

        mvc.perform(get("/review/calibration/anchors/" + anchorId).with(as(unassigned.email())))
                .andExpect(status().isNotFound());
        mvc.perform(withLevels(post("/review/calibration/anchors/" + anchorId), rubric, p -> p)
                        .with(as(unassigned.email())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/calibration/anchors/" + anchorId + "/files/" + fileId).with(as(unassigned.email())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/calibration").with(as(unassigned.email())))
                .andExpect(content().string(not(containsString("Anchor " + anchorId))));
        assertThat(count("select count(*) from review_calibration_scoring where anchor_id = ?", anchorId)).isZero();

        mvc.perform(get("/review/calibration/anchors/" + anchorId + "/files/" + fileId).with(as(assigned.email())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));

        String teacher = "teacher@example.org";
        mvc.perform(get("/review/calibration").with(as(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/review/calibration/anchors/" + anchorId).with(as(teacher))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/review/calibration").with(as(teacher))).andExpect(status().isForbidden());

        // A reviewer never calibrates on their own work.
        PortfolioFixtures.Person author = reviewers().get(2);
        assignments.assign(author.id(), code, ADMIN);
        long own = new SubmissionDriver(submissions, queries, catalog).submitted(author, code);
        long ownAnchor = calibration.markAnchor(own, lowest(rubricOf(own)), null, ADMIN);
        mvc.perform(get("/review/calibration/anchors/" + ownAnchor).with(as(author.email())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/calibration").with(as(author.email())))
                .andExpect(content().string(containsString("Anchor " + anchorId)))
                .andExpect(content().string(not(containsString("Anchor " + ownAnchor + "<"))));

        // Nor on work they decided: they have seen it and their own scores of it.
        long decidedByCoach = jdbc.queryForObject("""
                select d.submission_id from review_decision d join educator e on e.id = d.reviewer_id
                join submission s on s.id = d.submission_id
                where e.email = 'coach@example.org' and s.status in ('EARNED', 'NEEDS_REVISION')
                  and not exists (select 1 from review_calibration_anchor a where a.submission_id = d.submission_id)
                order by d.id limit 1""", Long.class);
        long decidedAnchor = calibration.markAnchor(decidedByCoach, lowest(rubricOf(decidedByCoach)), null, ADMIN);
        mvc.perform(get("/review/calibration/anchors/" + decidedAnchor).with(as("coach@example.org")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/calibration").with(as("coach@example.org")))
                .andExpect(content().string(not(containsString("Anchor " + decidedAnchor + "<"))));
    }

    /** The table row of the admin page that names the reviewer. */
    static String row(String page, String email) {
        int at = page.indexOf(email);
        assertThat(at).as("row for " + email).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
