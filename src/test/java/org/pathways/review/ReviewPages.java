package org.pathways.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.SubmissionOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Drives the review pages as a signed-in reviewer or admin would, with CSRF. */
record ReviewPages(MockMvc mvc, UserDetailsService users, CatalogApi catalog, JdbcTemplate jdbc) {

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    ResultActions start(String email, long id) throws Exception {
        return mvc.perform(post("/review/submissions/" + id + "/start").with(as(email)).with(csrf()));
    }

    /** Scores every criterion at the passing level (Earned) or the lowest (Needs revision), with feedback on every part. */
    ResultActions score(String email, long id, String code, SubmissionOutcome outcome, String feedback)
            throws Exception {
        MicroCredential credential = catalog.microCredential(code).orElseThrow();
        boolean pass = outcome == SubmissionOutcome.EARNED;
        long version = jdbc.queryForObject("select row_version from submission where id = ?", Long.class, id);
        MockHttpServletRequestBuilder request = post("/review/submissions/" + id + "/decision").with(as(email))
                .with(csrf()).param("version", String.valueOf(version)).param("outcome", outcome.name());
        credential.rubric().forEach(c -> request.param("score-" + c.position(),
                String.valueOf(pass ? credential.passingScore() : c.levels().get(0).score())));
        credential.evidenceParts().forEach(p -> request.param("feedback-" + p.position(), feedback + " on " + p.title()));
        return mvc.perform(request);
    }

    ResultActions moveTo(String adminEmail, long submissionId, long reviewerId) throws Exception {
        return mvc.perform(post("/admin/review/reassignments").with(as(adminEmail)).with(csrf())
                .param("submissionId", String.valueOf(submissionId)).param("reviewerId", String.valueOf(reviewerId)));
    }
}
