package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class CentralOfficeReadsEngagementJourneyTests implements PostgresTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void adminFiltersTheEngagementReportByCampusAndDownloadsItAndALeaderIsRefusedAnotherCampus() throws IOException {
        String own = jdbc.queryForObject("""
                select c.code from educator e join campus c on c.id = e.campus_id
                where e.email = 'principal@example.org'""", String.class);
        String other = jdbc.queryForObject("select min(code) from campus where kind = 'SCHOOL' and code <> ?",
                String.class, own);

        Page page = browser.newPage("http://localhost:" + port);
        signIn(page, "admin@example.org");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Engagement");
        page.getByLabel("Campus code").fill(own);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("campus=" + own));
        assertThat(page.getByText("Figures as of")).isVisible();

        Locator funnel = page.locator("#table-funnel");
        assertThat(funnel).isVisible();
        assertThat(funnel.getByRole(AriaRole.ROWHEADER, new Locator.GetByRoleOptions().setName("Started")))
                .isVisible();
        Locator chart = page.locator("canvas[data-chart-table='table-funnel']");
        assertThat(chart).isVisible();
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector("
                + "\"canvas[data-chart-table='table-funnel']\")) !== undefined");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reviewers"))).isVisible();
        assertAccessible(page);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download CSV").setExact(true)).click());
        List<String> csv = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8).lines().toList();
        assertThat(csv.get(0)).startsWith("campus_code,campus_name,educators,educators_submitting,");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith(own + ",");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn(page, "principal@example.org");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true)).first().click();
        assertThat(page.getByLabel("Campus code")).hasValue(own);
        assertThat(page.getByText("Refresh now")).hasCount(0);
        Response refused = page.navigate("/reports/engagement?campus=" + other);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You do not have access to this page");
        assertAccessible(page);
    }

    private static void signIn(Page page, String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
    }
}
