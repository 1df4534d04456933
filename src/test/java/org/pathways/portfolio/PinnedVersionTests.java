package org.pathways.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogTestData;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.domain.SubmissionStateException;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.portfolio.support.PortfolioFixtures.Person;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.Scoring;
import org.pathways.review.domain.ScoringRejectedException;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submission keeps the micro-credential version it started on: version 1 has parts Plan and Video
 * and criteria Goal, Talk, Notes; version 2, published while the submission waits, has parts Plan
 * and Reflection (text only) and criteria Goal, Feedback. Rolled back after each test.
 */
@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
@Transactional
class PinnedVersionTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;
    @Autowired
    UserDetailsService users;
    @Autowired
    MicroCredentialAuthoring authoring;
    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionQueries queries;
    @Autowired
    ReviewService reviews;
    @Autowired
    Assignments assignments;

    final String code = "pinned-" + UUID.randomUUID().toString().substring(0, 8);
    Person teacher;
    PathwaysUser coach;
    long submission;

    @BeforeEach
    void submitOnVersionOneThenPublishVersionTwo() {
        authoring.create(code, "Pinned " + code, CatalogTestData.content("Confers", "Goal", "Talk", "Notes"),
                "admin@example.org");
        authoring.publish(code, null, "admin@example.org");
        coach = (PathwaysUser) users.loadUserByUsername("coach@example.org");
        assignments.assign(coach.educatorId(), code, "admin@example.org");

        teacher = new PortfolioFixtures(jdbc).freshEducator();
        submission = submissions.start(teacher.id(), code, teacher.email());
        submissions.saveResponse(teacher.id(), submission, 1, "My plan for reading conferences " + code);
        submissions.addLink(teacher.id(), submission, 2, "https://video.example.org/" + code, "Lesson video");
        assertThat(submissions.submit(teacher.id(), submission, rowVersion(submission), teacher.email())).isEmpty();

        MicroCredentialContent one = CatalogTestData.content("Confers weekly", "Goal", "Feedback");
        MicroCredentialContent two = new MicroCredentialContent(one.competency(), one.keyMethod(), one.cpeHours(),
                one.passingScore(), one.levels(), List.of(one.parts().get(0),
                        new EvidencePart(2, "Reflection", "Reflect on the lesson.", true, false, false)),
                one.rubric(), one.resources());
        authoring.saveDraft(code, authoring.editable(code).orElseThrow().rowVersion(), "Pinned " + code, two,
                "admin@example.org");
        authoring.publish(code, "reflection instead of video", "admin@example.org");
        entities.flush();
    }

    @Test
    void theEducatorsSubmissionPageShowsThePartsOfVersionOne() throws Exception {
        assertThat(queries.ownDetail(teacher.id(), submission).orElseThrow().parts())
                .extracting(SubmissionDetail.Part::title).containsExactly("Plan", "Video");

        String page = page("/portfolio/submissions/" + submission, educator());
        assertThat(page).contains("2. Video").contains("Link a short video.").contains("Lesson video")
                .doesNotContain("Reflection")
                .contains("/catalog/microcredentials/" + code + "?version=1");

        String versionOne = page("/catalog/microcredentials/" + code + "?version=1", educator());
        assertThat(versionOne).contains("Notes").contains("Link a short video.")
                .contains("kept for the portfolios started on it").doesNotContain("Start a portfolio");
        assertThat(page("/catalog/microcredentials/" + code, educator())).contains("Reflection")
                .doesNotContain("Notes").contains("Start a portfolio");
    }

    @Test
    void theReviewerScoresAgainstTheRubricAndPartsOfVersionOne() throws Exception {
        reviews.begin(coach, submission);
        String page = page("/review/submissions/" + submission, coach).replaceAll("\\s+", " ");
        assertThat(page).contains("<span>version 1</span>", "<legend class=\"h6\">Goal</legend>", "<legend class=\"h6\">Talk</legend>",
                        "<legend class=\"h6\">Notes</legend>", "Feedback on Video")
                .doesNotContain("<legend class=\"h6\">Feedback</legend>").doesNotContain("Feedback on Reflection");

        Scoring versionTwoShaped = new Scoring(Map.of(1, 3, 2, 3), Map.of(1, "Clear plan.", 2, "Good reflection."),
                SubmissionOutcome.EARNED);
        assertThatThrownBy(() -> reviews.decide(coach, submission, rowVersion(submission), versionTwoShaped))
                .isInstanceOf(ScoringRejectedException.class).hasMessageContaining("\u201cNotes\u201d");

        reviews.decide(coach, submission, rowVersion(submission), new Scoring(Map.of(1, 3, 2, 2, 3, 3),
                Map.of(1, "Clear plan.", 2, "Show the students talking."), SubmissionOutcome.NEEDS_REVISION));
        assertThat(jdbc.queryForList("select s.criterion_title from review_score s join review_decision d "
                + "on d.id = s.decision_id where d.submission_id = ? order by s.criterion_position", String.class,
                submission)).containsExactly("Goal", "Talk", "Notes");

        String result = page("/portfolio/submissions/" + submission, educator()).replaceAll("\\s+", " ");
        assertThat(result).containsSubsequence("2. Video", "Reviewer feedback", "Show the students talking.")
                .contains("Notes").doesNotContain("Reflection");
    }

    @Test
    void aRevisionKeepsVersionOneWhileANewSubmissionUsesVersionTwo() {
        reviews.begin(coach, submission);
        reviews.decide(coach, submission, rowVersion(submission), new Scoring(Map.of(1, 3, 2, 2, 3, 3),
                Map.of(1, "Clear plan.", 2, "Show the students talking."), SubmissionOutcome.NEEDS_REVISION));

        long revision = submissions.start(teacher.id(), code, teacher.email());
        SubmissionDetail second = queries.ownDetail(teacher.id(), revision).orElseThrow();
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.microCredentialVersion()).isEqualTo(1);
        assertThat(second.parts()).extracting(SubmissionDetail.Part::title).containsExactly("Plan", "Video");
        assertThatThrownBy(() -> submissions.saveResponse(teacher.id(), revision, 2, "A reflection"))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("does not take text");

        Person newcomer = new PortfolioFixtures(jdbc).freshEducator();
        long fresh = submissions.start(newcomer.id(), code, newcomer.email());
        SubmissionDetail newer = queries.ownDetail(newcomer.id(), fresh).orElseThrow();
        assertThat(newer.microCredentialVersion()).isEqualTo(2);
        assertThat(newer.parts()).extracting(SubmissionDetail.Part::title).containsExactly("Plan", "Reflection");
        submissions.saveResponse(newcomer.id(), fresh, 2, "What I learned");
        assertThatThrownBy(() -> submissions.addFile(newcomer.id(), fresh, 2, "video.txt",
                new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining("does not take files");
    }

    PathwaysUser educator() {
        return (PathwaysUser) users.loadUserByUsername(teacher.email());
    }

    String page(String path, PathwaysUser who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long rowVersion(long submissionId) {
        entities.flush();
        return jdbc.queryForObject("select row_version from submission where id = ?", Long.class, submissionId);
    }
}
