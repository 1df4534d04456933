package org.pathways.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.portfolio.SubmissionOutcome;
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

/** An admin moves one waiting submission to another reviewer; access follows it, tried both ways. */
@DemoDistrictTest
@AutoConfigureMockMvc
class ReassignmentTests implements PostgresTest {

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

    @Test
    void theOldReviewerLosesAccessAndTheNewOneGetsIt() throws Exception {
        ReviewPages pages = pages();
        String code = code();
        String other = reviewerNotAssignedTo(code, 1);
        long id = submitted(code);
        long file = jdbc.queryForObject("select min(id) from evidence_file where submission_id = ?", Long.class, id);
        mvc.perform(get("/review/submissions/" + id).with(pages.as(COACH))).andExpect(status().isOk());
        mvc.perform(get("/review/submissions/" + id).with(pages.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/review/submissions/" + id).with(pages.as(ADMIN)))
                .andExpect(content().string(containsString("Move to reviewer")));

        pages.moveTo(ADMIN, id, educatorId(other)).andExpect(redirectedUrl("/review/submissions/" + id))
                .andExpect(flash().attribute("flash", containsString("only the chosen reviewer")));

        mvc.perform(get("/review/submissions/" + id).with(pages.as(COACH))).andExpect(status().isNotFound());
        mvc.perform(get("/review/submissions/" + id + "/files/" + file).with(pages.as(COACH)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review").param("code", code).with(pages.as(COACH)))
                .andExpect(content().string(not(containsString("#" + id + "<"))));
        pages.start(COACH, id).andExpect(status().isNotFound());

        mvc.perform(get("/review").with(pages.as(other))).andExpect(content().string(containsString("#" + id + "<")));
        mvc.perform(get("/review/submissions/" + id + "/files/" + file).with(pages.as(other)))
                .andExpect(status().isOk());
        pages.start(other, id).andExpect(status().is3xxRedirection());
        pages.score(other, id, code, SubmissionOutcome.EARNED, "Clear evidence")
                .andExpect(flash().attribute("flash", containsString("Decision recorded: earned")));
        assertThat(jdbc.queryForObject("select status from submission where id = ?", String.class, id))
                .isEqualTo("EARNED");

        assertThat(jdbc.queryForObject("""
                select details from audit_event where action = 'SUBMISSION_REASSIGNED' and subject_id = ?""",
                String.class, String.valueOf(id))).contains("to reviewer " + educatorId(other));
        assertThat(count("select count(*) from notification where educator_id = ? and link = ?", educatorId(other),
                "/review/submissions/" + id)).isEqualTo(1);
        // Decided: nothing is left to move.
        pages.moveTo(ADMIN, id, educatorId(COACH))
                .andExpect(flash().attribute("error", containsString("Only a submission waiting")));
    }

    @Test
    void neverToItsOwnEducatorNorToItsFirstScorerAndOnlyByAdmins() throws Exception {
        ReviewPages pages = pages();
        String code = code();
        String authorReviewer = reviewerNotAssignedTo(code, 0);
        long own = new SubmissionDriver(submissions, queries, catalog)
                .submitted(new PortfolioFixtures(jdbc).persona(authorReviewer), code);
        pages.moveTo(ADMIN, own, educatorId(authorReviewer))
                .andExpect(flash().attribute("error", containsString("never reviews their own submission")));
        mvc.perform(get("/review/submissions/" + own).with(pages.as(authorReviewer))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/review/reassignments").with(pages.as(COACH)).with(csrf())
                        .param("submissionId", String.valueOf(own)).param("reviewerId", String.valueOf(educatorId(COACH))))
                .andExpect(status().isForbidden());
        pages.moveTo(ADMIN, Long.MAX_VALUE, educatorId(COACH))
                .andExpect(redirectedUrl("/admin/review/assignments"))
                .andExpect(flash().attribute("error", containsString("There is no submission")));

        // A second scoring can be moved, but not to the reviewer who scored it first.
        String second = reviewerNotAssignedTo(code, 1);
        long id = submitted(code);
        assignments.assign(educatorId(second), code, ADMIN);
        mvc.perform(post("/admin/review/submissions/" + id + "/second-scoring").with(pages.as(ADMIN)).with(csrf()));
        pages.start(COACH, id);
        pages.score(COACH, id, code, SubmissionOutcome.NEEDS_REVISION, "First");
        pages.moveTo(ADMIN, id, educatorId(COACH))
                .andExpect(flash().attribute("error", containsString("has not scored this submission")));
        String third = reviewerNotAssignedTo(code, 2);
        pages.moveTo(ADMIN, id, educatorId(third)).andExpect(flash().attribute("flash", containsString("moved")));
        mvc.perform(get("/review/submissions/" + id).with(pages.as(second))).andExpect(status().isNotFound());
        pages.score(third, id, code, SubmissionOutcome.NEEDS_REVISION, "Second")
                .andExpect(flash().attribute("flash", containsString("Decision recorded: needs revision")));
        assertThat(jdbc.queryForObject("select status from submission where id = ?", String.class, id))
                .isEqualTo("NEEDS_REVISION");
    }

    ReviewPages pages() {
        return new ReviewPages(mvc, users, catalog, jdbc);
    }

    /** A micro-credential reviewed by the coach (test classes of second scoring add reviewers to it too). */
    String code() {
        String code = new PortfolioFixtures(jdbc).microCredentialsWithTextAndFiles().get(9);
        assignments.assign(educatorId(COACH), code, ADMIN);
        return code;
    }

    long submitted(String code) {
        return new SubmissionDriver(submissions, queries, catalog).submitted(new PortfolioFixtures(jdbc).freshEducator(),
                code);
    }

    /** The n-th person with the reviewer role besides the coach, not assigned to the code. */
    String reviewerNotAssignedTo(String code, int n) {
        List<String> emails = jdbc.queryForList("""
                select e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'REVIEWER'
                where e.email <> ? and e.active order by e.id""", String.class, COACH);
        String email = emails.get(n);
        assignments.unassign(educatorId(email), code, ADMIN);
        return email;
    }

    long educatorId(String email) {
        return count("select id from educator where email = ?", email);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
