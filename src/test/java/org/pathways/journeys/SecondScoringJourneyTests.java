package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.support.Browser;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The demo's second scoring in a real browser: the coach scores independently and disagrees; the admin settles. */
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
        long id = jdbc.queryForObject("""
                select min(s.submission_id) from review_second_scoring s
                join review_scoring r on r.submission_id = s.submission_id and r.round = 1
                join educator e on e.id = r.reviewer_id
                where s.status = 'WAITING' and e.email <> 'coach@example.org'""", Long.class);

        Page coach = signIn("coach@example.org");
        coach.navigate("/review");
        assertThat(coach.getByRole(AriaRole.ROW, new Page.GetByRoleOptions()
                .setName(Pattern.compile("#" + id + " .*second scoring")))).isVisible();
        coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + id).setExact(true)).click();
        assertThat(coach.getByText("Second scoring: score this submission on your own.")).isVisible();
        assertThat(coach.getByText("Clear evidence for")).hasCount(0);
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
