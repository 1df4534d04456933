package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.portfolio.support.SubmissionDriver;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.Scoring;
import org.pathways.review.domain.SecondScoring;
import org.pathways.support.Browser;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** Second scoring in a real browser: the coach scores independently and disagrees; the admin settles. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class SecondScoringJourneyTests implements PostgresTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Assignments assignments;
    @Autowired
    SecondScoring secondScoring;
    @Autowired
    ReviewService reviews;
    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionQueries queries;
    @Autowired
    CatalogApi catalog;

    @BeforeAll
    static void startBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void theCoachGivesTheSecondScoringAndTheAdminSettlesTheDisagreement() {
        String code = new PortfolioFixtures(jdbc).microCredentialsWithTextAndFiles().get(8);
        long id = waitingForASecondScoring(code);

        Page coach = signIn("coach@example.org");
        coach.navigate("/review?code=" + code);
        assertThat(coach.getByRole(AriaRole.ROW, new Page.GetByRoleOptions()
                .setName(Pattern.compile("#" + id + " .*second scoring")))).isVisible();
        coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + id).setExact(true)).click();
        assertThat(coach.getByText("Second scoring: score this submission on your own.")).isVisible();
        assertThat(coach.getByText("First reader's feedback")).hasCount(0);
        assertAccessible(coach);
        Locator lowest = coach.locator("input[type=radio][value='1']");
        for (int i = 0; i < lowest.count(); i++) {
            lowest.nth(i).check();
        }
        Locator feedback = coach.locator("textarea[name^=feedback-]");
        for (int i = 0; i < feedback.count(); i++) {
            feedback.nth(i).fill("The second reader could not find the tally in this part.");
        }
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Needs revision")).click();
        assertThat(flash(coach)).containsText("an administrator will settle it");

        Page admin = signIn("admin@example.org");
        admin.navigate("/admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Second scoring disagreements")).click();
        assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + id).setExact(true)).click();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("First scoring: Earned")))
                .isVisible();
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Second scoring: Needs revision"))).isVisible();
        assertAccessible(admin);
        admin.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Needs revision")).check();
        admin.getByLabel("Note (why this outcome stands; kept in the audit trail)")
                .fill("The rubric asks for the tally; the second reader is right that it is missing.");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Settle")).click();
        assertThat(flash(admin)).containsText("Settled");
        assertThat(admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + id).setExact(true)))
                .hasCount(0);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select status from submission where id = ?", String.class, id)).isEqualTo("NEEDS_REVISION");
    }

    /** A fresh submission that another reviewer scored first (Earned) after the admin asked for a second scoring. */
    private long waitingForASecondScoring(String code) {
        PathwaysUser admin = person("admin@example.org");
        PathwaysUser first = person(jdbc.queryForObject("""
                select e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'REVIEWER'
                where e.email <> 'coach@example.org' and e.active order by e.id limit 1""", String.class));
        assignments.assign(person("coach@example.org").educatorId(), code, admin.getUsername());
        assignments.assign(first.educatorId(), code, admin.getUsername());
        long id = new SubmissionDriver(submissions, queries, catalog)
                .submitted(new PortfolioFixtures(jdbc).freshEducator(), code);
        secondScoring.request(admin, id);
        reviews.begin(first, id);
        MicroCredential credential = catalog.microCredential(code).orElseThrow();
        Map<Integer, Integer> scores = new HashMap<>();
        credential.rubric().forEach(c -> scores.put(c.position(), credential.passingScore()));
        Map<Integer, String> feedback = new HashMap<>();
        credential.evidenceParts().forEach(p -> feedback.put(p.position(), "First reader's feedback"));
        long version = jdbc.queryForObject("select row_version from submission where id = ?", Long.class, id);
        reviews.decide(first, id, version, new Scoring(scores, feedback, SubmissionOutcome.EARNED));
        return id;
    }

    private PathwaysUser person(String email) {
        return (PathwaysUser) users.loadUserByUsername(email);
    }

    private Page signIn(String email) {
        Page page = browser.newPage("http://localhost:" + port);
        page.setDefaultTimeout(60_000);
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        return page;
    }

    private static Locator flash(Page page) {
        return page.locator("main .alert-success");
    }
}
