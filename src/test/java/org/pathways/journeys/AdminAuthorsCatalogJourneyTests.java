package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogTestData;
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
class AdminAuthorsCatalogJourneyTests implements PostgresTest {

    static final String CREDENTIAL = "journey-reading-conferences";
    static final String ENDORSEMENT = "journey-literacy-leaders";
    static final String[] LEVELS = {"Not yet", "Developing", "Meets", "Exceeds"};

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

    @AfterEach
    void removeWhatTheAdminCreated() {
        CatalogTestData.purge(jdbc, List.of(CREDENTIAL), List.of(ENDORSEMENT), List.of());
    }

    @Test
    void adminCreatesAMicroCredentialAndAnEndorsementAndATeacherFindsThemInTheCatalog() {
        Page page = browser.newPage("http://localhost:" + port);
        signIn(page, "admin@example.org");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalog authoring")).click();
        assertThat(heading(page)).hasText("Catalog authoring");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New micro-credential")).click();
        page.getByLabel("Code").fill(CREDENTIAL);
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Leading Reading Conferences");
        page.getByLabel("Competency statement").fill("The educator confers with readers to set and track goals.");
        page.getByLabel("Key method").fill("Weekly one-to-one reading conferences with a conference log.");
        page.getByLabel("Part 1 title").fill("Conference log");
        page.getByLabel("Part 1 instructions").fill("Upload four weeks of conference notes for three students.");
        part(page, 1).getByLabel("Files").check();
        page.getByLabel("Part 2 title").fill("Reflection");
        page.getByLabel("Part 2 instructions").fill("Reflect on how the conferences changed each student's reading.");
        part(page, 2).getByLabel("Text").check();
        String[] criteria = {"Goal setting", "Feedback", "Student growth"};
        for (int c = 1; c <= 3; c++) {
            page.getByLabel("Criterion " + c + " title").fill(criteria[c - 1]);
            for (int level = 1; level <= 4; level++) {
                page.getByLabel("Criterion " + c + " at level " + level + " (" + LEVELS[level - 1] + ")")
                        .fill(criteria[c - 1] + " described at " + LEVELS[level - 1]);
            }
        }
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved");
        assertThat(page.getByText("You are editing draft version")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview as an educator")).click();
        assertThat(page.getByText("Preview of draft version 1")).isVisible();
        assertThat(page.locator("table.rubric tbody tr")).hasCount(3);
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the editor")).click();

        page.getByLabel("What changed (shown in the history)").fill("First release for the literacy team");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Published as version 1");
        assertThat(page.getByText("First release for the literacy team").first()).isVisible();
        assertAccessible(page);

        page.navigate("/admin/catalog");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New micro-endorsement")).click();
        page.getByLabel("Code").fill(ENDORSEMENT);
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Literacy Leaders");
        page.getByLabel("Or a new group").fill("Literacy Micro-endorsements");
        page.getByLabel("Access").selectOption(new SelectOption().setLabel("All access"));
        page.getByLabel("Status").selectOption(new SelectOption().setLabel("Open"));
        page.getByLabel("Required micro-credentials")
                .selectOption(new SelectOption().setLabel("Leading Reading Conferences"));
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save micro-endorsement")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Micro-endorsement saved");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn(page, "teacher@example.org");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalog").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Literacy Micro-endorsements")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Literacy Leaders")).click();
        assertThat(heading(page)).hasText("Literacy Leaders");
        assertThat(page.getByText("Earn the required micro-credential")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leading Reading Conferences")).click();
        assertThat(heading(page)).hasText("Leading Reading Conferences");
        assertThat(page.getByText("Conference log", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.locator("table.rubric tbody tr")).hasCount(3);
        assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Student growth")))
                .isVisible();
        assertAccessible(page);

        page.navigate("/admin/catalog/microcredentials/" + CREDENTIAL);
        assertThat(heading(page)).hasText("You do not have access to this page");
    }

    private static Locator part(Page page, int number) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Part " + number + " accepts"));
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static void signIn(Page page, String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }
}
