package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.support.Browser;
import org.pathways.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** An admin imports an HR file; a newly invited educator sets a password from the emailed link and signs in. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true", "spring.mail.host=localhost", "spring.mail.port=3027"})
class AdminImportsRosterJourneyTests implements PostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3027, null, "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

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
    void adminImportsAnHrFileAndANewEducatorSetsAPasswordAndSignsIn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hr-export.csv");
        StringBuilder csv = new StringBuilder(
                "employee_id,first_name,last_name,email,campus_code,position,pay_band,hire_date,active\r\n");
        csv.append("JR-0001,Journey,Newcomer,journey.newcomer@example.org,HPS-0001,Teacher,2,2026-08-01,true\r\n");
        for (int i = 2; i <= 400; i++) {
            csv.append(String.format("JR-%04d,Staff%d,Member,staff%d.journey@example.org,HPS-000%d,Teacher,%d,"
                    + "2019-08-1%d,true\r\n", i, i, i, 1 + i % 4, 1 + i % 4, i % 10));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByLabel("Email").fill("admin@example.org");
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Roster import")).click();
        assertThat(heading(page)).hasText("Roster import");
        assertAccessible(page);

        page.getByLabel("Roster file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check")).click();
        Page.GetByRoleOptions preview = new Page.GetByRoleOptions().setName("Preview");
        assertThat(page.getByRole(AriaRole.HEADING, preview)).isVisible(slow());
        assertThat(page.locator(".roster-counts .stat").first()).containsText("400");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply these changes")).click();
        // The progress section polls until the job is done, without a reload.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Applied"))).isVisible(slow());
        assertThat(page.locator(".roster-counts .stat").first()).containsText("Created");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        String link = invitationPath("journey.newcomer@example.org");
        page.navigate(link);
        assertThat(heading(page)).hasText("Choose your password");
        assertAccessible(page);
        page.getByLabel("New password").fill("password1234");
        page.getByLabel("Type it again").fill("password1234");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("too common");
        page.getByLabel("New password").fill("maple lantern orbit 7");
        page.getByLabel("Type it again").fill("maple lantern orbit 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
        assertThat(page.getByText("Your password is set")).isVisible();

        page.getByLabel("Email").fill("journey.newcomer@example.org");
        page.getByLabel("Password").fill("maple lantern orbit 7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(heading(page)).hasText("Welcome, Journey");
        assertAccessible(page);
    }

    private static com.microsoft.playwright.Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static LocatorAssertions.IsVisibleOptions slow() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(60_000);
    }

    private static String invitationPath(String email) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(mail.getReceivedMessages())
                .anyMatch(m -> to(m).equals(email)));
        MimeMessage message = Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).equals(email))
                .findFirst().orElseThrow();
        Matcher link = Pattern.compile("https?://[^/\\s]+(/account/password\\?token=\\S+)")
                .matcher(GreenMailUtil.getBody(message));
        if (!link.find()) {
            throw new AssertionError("No password link in the invitation");
        }
        return link.group(1);
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
