package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathways.support.Browser;
import org.pathways.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Every persona's pages on a phone-sized screen (390 x 844, an iPhone 12): nothing wider than the
 * screen (wide tables scroll inside their own box), the header keeps most of the screen for content,
 * and every navigation link can be reached.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class PhoneLayoutJourneyTests implements PostgresTest {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    /** The outermost element that reaches past the screen's right edge, to name in a failure. */
    private static final String WIDEST = """
            [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => getComputedStyle(e).position === 'absolute' || (() => {
                    for (let a = e.parentElement; a; a = a.parentElement) {
                        if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })())
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''))[0]
            """;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            teacher@example.org   | / /catalog /catalog/endorsements/ctc-1 /roles /roles/plc-leader /pathways /pathways/aspirations /portfolio /incentives /notifications
            coach@example.org     | / /review /notifications
            principal@example.org | / /reports/engagement /reports/stipends /reports/cpe /reports/people
            admin@example.org     | /admin /admin/people /admin/catalog /admin/access-requests /admin/review/assignments /admin/stipends /admin/payroll /admin/policies /reports/stipends /reports/cpe /reports/engagement /reports/people
            """)
    void pagesFitOnAPhone(String email, String paths) {
        Page page = browser.newPage("http://localhost:" + port);
        page.setViewportSize(WIDTH, HEIGHT);
        signIn(page, email);

        List<String> tooWide = new ArrayList<>();
        for (String path : paths.trim().split("\\s+")) {
            page.navigate(path);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            int pageWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (pageWidth > WIDTH) {
                tooWide.add(path + " is " + pageWidth + " px wide, first at " + page.evaluate(WIDEST));
            }
            double header = ((Number) page.evaluate(
                    "document.querySelector('header').getBoundingClientRect().height")).doubleValue();
            assertThat(header).as("header height on %s", path).isLessThan(HEIGHT / 4.0);
        }
        assertThat(tooWide).as("pages wider than a %d px screen", WIDTH).isEmpty();

        var links = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK);
        for (int i = 0; i < links.count(); i++) {
            links.nth(i).scrollIntoViewIfNeeded();
            assertThat(links.nth(i)).isInViewport();
        }
    }

    private static void signIn(Page page, String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }
}
