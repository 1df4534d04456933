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

/** Calibration in a real browser: the admin marks an anchor, the coach scores it blind and sees the master levels. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class ReviewerCalibrationJourneyTests implements PostgresTest {

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
    void adminMarksAnAnchorAndTheCoachScoresItBlindThenComparesWithTheMaster() {
        // Waiting work of one of the coach's micro-credentials: nobody has decided it, so the coach has not seen it.
        var waiting = jdbc.queryForMap("""
                select s.id, s.micro_credential_code, e.last_name from submission s
                join review_assignment r on r.micro_credential_code = s.micro_credential_code
                join educator c on c.id = r.reviewer_id and c.email = 'coach@example.org'
                join educator e on e.id = s.educator_id
                where s.status = 'SUBMITTED' and s.educator_id <> c.id
                  and not exists (select 1 from review_calibration_anchor a where a.submission_id = s.id)
                order by s.submitted_at desc limit 1""");
        long submissionId = ((Number) waiting.get("id")).longValue();

        Page admin = signIn("admin@example.org");
        admin.navigate("/admin");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reviewer calibration")).click();
        assertThat(heading(admin)).hasText("Reviewer calibration");
        admin.getByLabel("Micro-credential").selectOption((String) waiting.get("micro_credential_code"));
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show submissions")).click();
        assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Give master levels for submission " + submissionId)).click();
        assertThat(heading(admin)).hasText("Master levels for submission #" + submissionId);
        assertAccessible(admin);
        Locator criteria = admin.locator("form.score-grid fieldset");
        for (int i = 0; i < criteria.count(); i++) {
            criteria.nth(i).getByRole(AriaRole.RADIO).nth(i % 2).check();
        }
        admin.getByLabel("Why these levels (optional; shown to reviewers after they score)")
                .fill("The routine is taught and practised; the data on students is one week only.");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make this an anchor")).click();
        assertThat(flash(admin)).containsText("is now an anchor");
        long anchorId = jdbc.queryForObject("select id from review_calibration_anchor where submission_id = ?",
                Long.class, submissionId);

        Page coach = signIn("coach@example.org");
        coach.navigate("/review");
        coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calibration").setExact(true)).click();
        assertThat(heading(coach)).hasText("Calibration");
        assertAccessible(coach);
        coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anchor " + anchorId).setExact(true)).click();
        assertThat(coach.getByText("blind: the educator's name and campus are hidden", new Page.GetByTextOptions()))
                .isVisible();
        assertThat(coach.locator("main")).not().containsText((String) waiting.get("last_name"));
        assertAccessible(coach);
        Locator levels = coach.locator("form.score-grid fieldset");
        for (int i = 0; i < levels.count(); i++) {
            levels.nth(i).getByRole(AriaRole.RADIO).nth(i == 0 ? 2 : i % 2).check();
        }
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record my levels")).click();
        assertThat(flash(coach)).containsText("Your levels are recorded");
        assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Your levels and the master levels"))).isVisible();
        assertThat(coach.getByText("The routine is taught and practised")).isVisible();
        assertThat(coach.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("apart")).first())
                .isVisible();
        assertAccessible(coach);

        admin.navigate("/admin/review/calibration");
        Locator coachRow = admin.getByRole(AriaRole.ROW, new Page.GetByRoleOptions()
                .setName(Pattern.compile("coach@example\\.org")));
        assertThat(coachRow.locator("td").first()).hasText("3");
        assertThat(coachRow).containsText(Pattern.compile("Calibrated|Flagged: below the threshold"));
        assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anchor " + anchorId).setExact(true)).click();
        String coachName = jdbc.queryForObject(
                "select first_name || ' ' || last_name from educator where email = 'coach@example.org'", String.class);
        assertThat(admin.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile(coachName))))
                .containsText("differs from the master");
        assertAccessible(admin);
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

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }
}
