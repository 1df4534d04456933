package org.pathways.people.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DemoDistrictTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
class AccountTests implements PostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/account/password\\?token=\\S+)");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void anInvitedEducatorChoosesAPasswordOnceAndSignsIn() throws Exception {
        String email = educator(null);
        long id = idOf(email);
        transactionally(() -> accounts.invite(id, "admin@example.org"));

        String link = linkIn(awaitMailTo(email), "You are invited to Pathways");
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose your password")));
        String token = link.substring(link.indexOf("token=") + 6);

        choose(token, false, "short-one", "short-one").andExpect(content().string(containsString("at least 12")));
        choose(token, false, "passwordpassword", "passwordpassword")
                .andExpect(content().string(containsString("too common")));
        choose(token, false, "river otter piano 42", "river otter piano 24")
                .andExpect(content().string(containsString("not the same")));
        choose(token, false, "river otter piano 42", "river otter piano 42")
                .andExpect(redirectedUrl("/login?passwordSet"));

        // The link is used up: a second use, even with a fine password, is refused.
        mvc.perform(get(link)).andExpect(content().string(containsString("This link no longer works")));
        choose(token, false, "another fine passphrase", "another fine passphrase")
                .andExpect(content().string(containsString("This link no longer works")));

        signIn(email, "river otter piano 42", "10.7.0.1").andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PASSWORD_SET' and details is null "
                + "and actor = ?", Long.class, email)).isEqualTo(1);
    }

    @Test
    void anExpiredInvitationDoesNotWork() throws Exception {
        String email = educator(null);
        long id = idOf(email);
        transactionally(() -> accounts.invite(id, "admin@example.org"));
        String link = linkIn(awaitMailTo(email), "invited");
        jdbc.update("""
                update account_token set created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
                where educator_id = ?""", id);
        mvc.perform(get(link)).andExpect(content().string(containsString("This link no longer works")));
        choose(link.substring(link.indexOf("token=") + 6), false, "river otter piano 42", "river otter piano 42")
                .andExpect(content().string(containsString("This link no longer works")));
        assertThat(jdbc.queryForObject("select password_hash from account where educator_id = ?", String.class, id))
                .isNull();
    }

    @Test
    void aNewInvitationReplacesTheEarlierLink() throws Exception {
        String email = educator(null);
        long id = idOf(email);
        transactionally(() -> accounts.invite(id, "admin@example.org"));
        String first = linkIn(awaitMailTo(email), "invited");
        transactionally(() -> accounts.invite(id, "admin@example.org"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mail.getReceivedMessages().length == 2);
        mvc.perform(get(first)).andExpect(content().string(containsString("This link no longer works")));
    }

    @Test
    void aResetLinkSetsANewPasswordAndTheOldOneStopsWorking() throws Exception {
        String email = educator("old password 12345");
        mvc.perform(post("/account/reset").param("email", email.toUpperCase()).with(csrf()))
                .andExpect(content().string(containsString("If a Pathways account uses that address")));
        mvc.perform(post("/account/reset").param("email", "nobody-here@example.org").with(csrf()))
                .andExpect(content().string(containsString("If a Pathways account uses that address")));
        mvc.perform(post("/account/reset").param("email", "not an email").with(csrf()))
                .andExpect(content().string(containsString("Enter an email address.")));

        String link = linkIn(awaitMailTo(email), "reset");
        assertThat(link).endsWith("&reset");
        String token = link.substring(link.indexOf("token=") + 6, link.indexOf("&reset"));
        // A reset token is no invitation token.
        choose(token, false, "bright new words 77", "bright new words 77")
                .andExpect(content().string(containsString("This link no longer works")));
        choose(token, true, "bright new words 77", "bright new words 77").andExpect(redirectedUrl("/login?passwordSet"));

        signIn(email, "old password 12345", "10.7.0.2").andExpect(redirectedUrl("/login?error"));
        signIn(email, "bright new words 77", "10.7.0.2").andExpect(redirectedUrl("/"));
        assertThat(Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals("nobody-here@example.org")))
                .isEmpty();
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountWithAClearMessage() throws Exception {
        String email = educator("correct horse 2026");
        for (int i = 0; i < 5; i++) {
            signIn(email, "wrong guess " + i, "10.7.1." + i).andExpect(redirectedUrl("/login?error"));
        }
        // Now even the right password waits, from any address.
        signIn(email, "correct horse 2026", "10.7.1.99").andExpect(redirectedUrl("/login?paused=account&minutes=15"));
        mvc.perform(get("/login").param("paused", "account").param("minutes", "15"))
                .andExpect(content().string(containsString("Too many failed sign-ins for this account")))
                .andExpect(content().string(containsString("paused for\n                <span>15</span> minutes")));
        assertThat(jdbc.queryForObject("select locked_until > now() from sign_in_failure where kind = 'ACCOUNT' "
                + "and key = ?", Boolean.class, email)).isTrue();
    }

    @Test
    void twentyFailuresFromOneAddressPauseThatAddressOnly() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("guess" + i + "@example.org", "whatever password", "10.7.2.1")
                    .andExpect(redirectedUrl("/login?error"));
        }
        signIn("teacher@example.org", "pathways-demo", "10.7.2.1")
                .andExpect(redirectedUrl("/login?paused=address&minutes=15"));
        signIn("teacher@example.org", "pathways-demo", "10.7.2.2").andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() throws Exception {
        String email = educator("steady typing 2026");
        for (int i = 0; i < 4; i++) {
            signIn(email, "typo " + i, "10.7.3.1").andExpect(redirectedUrl("/login?error"));
        }
        signIn(email, "steady typing 2026", "10.7.3.1").andExpect(redirectedUrl("/"));
        signIn(email, "one more typo", "10.7.3.1").andExpect(redirectedUrl("/login?error"));
        signIn(email, "steady typing 2026", "10.7.3.1").andExpect(redirectedUrl("/"));
    }

    @Test
    void sessionsLiveInPostgresqlWithAThirtyMinuteIdleTimeout() throws Exception {
        String email = educator("session keeper 2026");
        signIn(email, "session keeper 2026", "10.7.4.1").andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, email)).isEqualTo(1800);
    }

    @Test
    void aDeactivatedEducatorCannotSignIn() throws Exception {
        String email = educator("leaving soon 2026");
        jdbc.update("update educator set active = false where email = ?", email);
        signIn(email, "leaving soon 2026", "10.7.5.1").andExpect(redirectedUrl("/login?error"));
    }

    private ResultActions choose(String token, boolean reset, String password, String confirmation) throws Exception {
        return mvc.perform(post("/account/password").param("token", token).param("reset", String.valueOf(reset))
                .param("password", password).param("confirmation", confirmation).with(csrf()));
    }

    private ResultActions signIn(String email, String password, String address) throws Exception {
        MockHttpServletRequestBuilder request = post("/login").param("username", email).param("password", password)
                .session(new MockHttpSession()).with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return mvc.perform(request);
    }

    /** A new educator at the first campus, with the given password or none (invited). */
    private String educator(String password) {
        int n = NEXT.incrementAndGet();
        String email = "account-test-" + n + "-" + System.nanoTime() + "@example.org";
        Long id = jdbc.queryForObject("""
                insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)
                values (?, 'Test', 'Person', ?, (select min(id) from campus), 'Teacher', 2, date '2020-08-15')
                returning id""", Long.class, "AT-" + System.nanoTime(), email);
        jdbc.update("insert into account (educator_id, password_hash) values (?, ?)", id,
                password == null ? null : encoder.encode(password));
        jdbc.update("insert into account_role (educator_id, role) values (?, 'EDUCATOR')", id);
        return email;
    }

    private long idOf(String email) {
        return jdbc.queryForObject("select id from educator where email = ?", Long.class, email);
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private void transactionally(Runnable action) {
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(status -> action.run());
    }

    private MimeMessage awaitMailTo(String email) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(mail.getReceivedMessages())
                .anyMatch(m -> recipient(m).equals(email)));
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals(email))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static String linkIn(MimeMessage message, String subjectContains) throws Exception {
        assertThat(message.getSubject()).containsIgnoringCase(subjectContains);
        Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message));
        assertThat(matcher.find()).as("a password link in the email").isTrue();
        return matcher.group(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
