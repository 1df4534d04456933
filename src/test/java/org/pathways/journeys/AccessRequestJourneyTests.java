package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.support.Browser;
import org.pathways.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The teacher asks for PLC Leaders, the admin approves, the teacher adds it and follows her progress. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class AccessRequestJourneyTests implements PostgresTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    static void signIn(Page page, String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
    }

    static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?logout$"));
    }

    @Test
    void teacherRequestsPlcLeadersAdminApprovesTeacherAddsItAndSeesProgress() {
        Page page = browser.newPage("http://localhost:" + port);

        signIn(page, "teacher@example.org");
        page.navigate("/catalog/endorsements/plc-leaders");
        assertThat(page.getByText("You can ask for access")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to my dashboard"))).hasCount(0);
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for access")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Ask for access to PLC Leaders");
        assertAccessible(page);
        page.getByLabel("Why do you need access?").fill("I lead the grade 4 PLC at my campus this year.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send request")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Your request for PLC Leaders was sent");
        assertThat(page.getByText("the district answers by")).isVisible();
        signOut(page);

        signIn(page, "admin@example.org");
        page.navigate("/admin/access-requests");
        assertAccessible(page);
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("I lead the grade 4 PLC at my campus this year."));
        assertThat(row).containsText("Ana Morales");
        row.getByLabel("Note (optional)").fill("Welcome to the PLC leaders cohort.");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve the request of Ana Morales"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Request approved.");
        signOut(page);

        signIn(page, "teacher@example.org");
        assertThat(page.getByText("Note from the district: Welcome to the PLC leaders cohort.")).isVisible();
        page.navigate("/catalog/endorsements/plc-leaders");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to my dashboard")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Added PLC Leaders to your dashboard.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home").setExact(true)).click();
        Locator card = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Micro-endorsements on your dashboard"))
                .getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("PLC Leaders"));
        assertThat(card).containsText("0 of 3 earned");
        assertThat(card).containsText("2 required and 1 of 2 optional left");
        assertThat(card.getByRole(AriaRole.PROGRESSBAR)).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Career map").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Roles and readiness"))
                .getByText("0 of 3 micro-credentials toward PLC Leader")).isVisible();
        assertAccessible(page);
    }
}
