package org.pathways.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.support.Browser.assertAccessible;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathways.incentives.domain.IncentiveLedger;
import org.pathways.review.CredentialEarned;
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
class AdminPaysStipendsJourneyTests implements PostgresTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    IncentiveLedger ledger;
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
    void adminApprovesAndExportsABatchDownloadsItTwiceAndTheTeacherDownloadsACertificate() throws IOException {
        long educator = jdbc.queryForObject("""
                insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)
                values ('J5-1', 'Rosa', 'Parks', 'rosa.parks.journey@example.org',
                        (select min(id) from campus where kind = 'SCHOOL'), 'Teacher', 3, date '2019-08-01')
                returning id""", Long.class);
        ledger.recordEarned(new CredentialEarned(700_000_001L, educator, "teaching-phonics", 1, LocalDate.now(),
                new BigDecimal("15"), 700_000_001L));

        Page page = browser.newPage("http://localhost:" + port);
        signIn(page, "admin@example.org");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stipends").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Stipends");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Parks, Rosa").setExact(true))).isVisible();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Approve all"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("approved");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Payroll batches")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Payroll");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export a payroll batch")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("exported");
        assertAccessible(page);

        long batch = jdbc.queryForObject("select batch_id from stipend_line where earned_credential_id = 700000001",
                Long.class);
        Page.GetByRoleOptions downloadLink = new Page.GetByRoleOptions().setName("Download batch " + batch).setExact(true);
        byte[] first = download(page, () -> page.getByRole(AriaRole.LINK, downloadLink).click());
        byte[] again = download(page, () -> page.getByRole(AriaRole.LINK, downloadLink).click());
        assertThat(again).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8))
                .startsWith("employee_id,last_name,first_name,campus_code,position,pay_band,school_year,")
                .contains("J5-1,Parks,Rosa,");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn(page, "teacher@example.org");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CPE & stipends")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("CPE hours and stipends");
        assertThat(page.getByText(Pattern.compile("\\d+ of 8 stipends this school year"))).isVisible();
        assertAccessible(page);
        byte[] certificate = download(page, () -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("^Certificate: "))).first().click());
        assertThat(new String(certificate, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    private static void signIn(Page page, String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("pathways-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
    }

    private static byte[] download(Page page, Runnable click) throws IOException {
        Download download = page.waitForDownload(click);
        return Files.readAllBytes(download.path());
    }
}
