package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class TeacherBrowsesCatalogJourneyTests implements PostgresTest {

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

    @Test
    void teacherSignsInAndFindsTheRequiredAndOptionalCredentialsOfCtcLevelOne() {
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertAccessible(page);

        page.getByLabel("Email").fill("teacher@example.org");
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Ana");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalog").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Micro-endorsement catalog");
        assertThat(page.getByText("Coming soon").first()).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Critical Teaching Competencies Level I").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Critical Teaching Competencies Level I");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Required micro-credentials"))
                .getByRole(AriaRole.LISTITEM)).hasCount(2);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Optional micro-credentials"))
                .getByRole(AriaRole.LISTITEM)).hasCount(11);
        assertThat(page.getByText("Earn both required micro-credentials and 1 of these 11")).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Setting and Maintaining High Behavioral Expectations")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rubric"))).isVisible();
        assertAccessible(page);

        page.navigate("/roles");
        assertAccessible(page);
        page.navigate("/catalog?q=phonics");
        assertThat(page.getByText("K-1 ELA Interventionists")).isVisible();

        page.navigate("/catalog/endorsements/no-such-endorsement");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertAccessible(page);

        page.navigate("/admin");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("You do not have access to this page");
        assertAccessible(page);
    }
}
