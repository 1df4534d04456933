package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
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

/** The core loop in a real browser: submit, return with feedback, resubmit, earn. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class PortfolioReviewJourneyTests implements PostgresTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        // Uploads and decisions do real work; on a busy CI machine they can take longer than the 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void teacherSubmitsCoachReturnsTeacherResubmitsCoachMarksEarned() {
        Page teacher = signIn("teacher@example.org");
        teacher.navigate("/catalog/microcredentials/behavioral-expectations");
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a portfolio")).click();
        assertThat(heading(teacher)).hasText("Setting and Maintaining High Behavioral Expectations");
        assertAccessible(teacher);

        Locator plan = teacher.locator("#part-1");
        plan.getByLabel("Written response for Expectations plan (plain text or Markdown)")
                .fill("My **expectations plan** for third period: enter silently, start the Do Now, "
                        + "hands up to speak. <script>alert('x')</script> I correct with a look first, then a quiet word.");
        plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save draft")).click();
        assertThat(flash(teacher)).containsText("Draft saved.");
        teacher.locator("#part-1").getByLabel("Files for Expectations plan").setInputFiles(new FilePayload(
                "expectations plan.txt", "text/plain",
                "Third period expectations plan, week of 2 November".getBytes(StandardCharsets.UTF_8)));
        teacher.locator("#part-1").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
        assertThat(flash(teacher)).containsText("File uploaded.");
        assertThat(teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("expectations plan.txt")))
                .isVisible();

        Locator video = teacher.locator("#part-2");
        video.getByLabel("Link for Classroom video").fill("https://video.example.org/ana/third-period");
        video.getByLabel("Link description").fill("Third period, 12 minutes");
        video.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add link")).click();
        assertThat(flash(teacher)).containsText("Link added.");

        Locator reflection = teacher.locator("#part-3");
        reflection.getByLabel("Written response for Reflection on impact (plain text or Markdown)")
                .fill("Over two weeks my redirections per period fell from 14 to 5 according to the tally I kept.");
        reflection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save draft")).click();
        assertThat(flash(teacher)).containsText("Draft saved.");
        assertAccessible(teacher);

        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review and submit")).click();
        assertThat(heading(teacher)).hasText("Review and submit");
        assertThat(teacher.locator("strong", new Page.LocatorOptions().setHasText("expectations plan"))).isVisible();
        assertThat(teacher.getByText("alert('x')")).isVisible();
        assertThat(teacher.locator("main script")).hasCount(0);
        assertAccessible(teacher);
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(flash(teacher)).containsText("Submitted for review.");
        String submissionUrl = teacher.url();
        String id = submissionUrl.substring(submissionUrl.lastIndexOf('/') + 1);

        Page coach = signIn("coach@example.org");
        coach.navigate("/review?code=behavioral-expectations");
        assertThat(heading(coach)).hasText("Review queue");
        assertAccessible(coach);
        coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("#" + id).setExact(true)).click();
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start review")).click();
        assertAccessible(coach);
        score(coach, 1);
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Needs revision")).click();
        assertThat(flash(coach)).containsText("Decision recorded: needs revision");

        teacher.navigate("/portfolio/submissions/" + id);
        assertThat(teacher.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Needs revision")))
                .isVisible();
        assertThat(teacher.getByText("Coach feedback on Expectations plan").first()).isVisible();
        assertAccessible(teacher);
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start attempt 2")).click();
        assertThat(teacher.getByText("Feedback on your previous attempt").first()).isVisible();
        assertThat(teacher.getByText("Coach feedback on Reflection on impact")).isVisible();
        assertAccessible(teacher);
        teacher.locator("#part-3").getByLabel("Written response for Reflection on impact (plain text or Markdown)")
                .fill("Over two weeks my redirections per period fell from 14 to 5. The tally is attached to part 1; "
                        + "after week one I moved the Do Now to the board so students start without waiting.");
        teacher.locator("#part-3").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save draft"))
                .click();
        assertThat(flash(teacher)).containsText("Draft saved.");
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review and submit")).click();
        teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(flash(teacher)).containsText("Submitted for review.");
        assertThat(teacher.getByText("Attempt 2 of 3")).isVisible();
        String secondUrl = teacher.url();
        String second = secondUrl.substring(secondUrl.lastIndexOf('/') + 1);

        coach.navigate("/review/submissions/" + second);
        assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Previous attempt").setExact(true)))
                .isVisible();
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start review")).click();
        score(coach, 3);
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Earned")).click();
        assertThat(flash(coach)).containsText("Decision recorded: earned");

        teacher.navigate("/portfolio");
        assertThat(teacher.getByRole(AriaRole.ROW, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Setting and Maintaining High Behavioral Expectations 2 Earned")))).isVisible();
        teacher.navigate("/notifications");
        assertThat(teacher.getByText("You earned Setting and Maintaining High Behavioral Expectations")).isVisible();
        assertAccessible(teacher);
    }

    /** Gives every criterion the level with the given score and feedback on every part. */
    private static void score(Page coach, int level) {
        Locator radios = coach.locator("input[type=radio][value='" + level + "']");
        for (int i = 0; i < radios.count(); i++) {
            radios.nth(i).check();
        }
        Locator feedback = coach.locator("textarea[name^=feedback-]");
        for (int i = 0; i < feedback.count(); i++) {
            String label = coach.locator("label[for='" + feedback.nth(i).getAttribute("id") + "']").innerText();
            feedback.nth(i).fill("Coach f" + label.substring(1));
        }
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
