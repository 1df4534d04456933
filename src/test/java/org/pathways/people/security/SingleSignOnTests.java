package org.pathways.people.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** OpenID Connect sign-in end to end, against a real OIDC provider (mock-oauth2-server) running in the test. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestPropertySource(properties = {"pathways.demo.campuses=4", "pathways.demo.educators=120",
        "pathways.demo.allow-external-database=true"})
class SingleSignOnTests implements PostgresTest {

    static final MockOAuth2Server provider = new MockOAuth2Server();

    static {
        provider.start();
    }

    @DynamicPropertySource
    static void district(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration.district.";
        registry.add(prefix + "client-id", () -> "pathways");
        registry.add(prefix + "client-secret", () -> "district-secret");
        registry.add(prefix + "client-name", () -> "District account");
        registry.add(prefix + "scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.district.issuer-uri",
                () -> provider.issuerUrl("district").toString());
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSignInPageOffersTheDistrictAccountAndPasswordsStillWork() throws Exception {
        HttpResponse<String> login = browser().send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).contains("Sign in with District account").contains("Password");
    }

    @Test
    void aRosterEducatorWithAVerifiedEmailSignsIn() throws Exception {
        provider.enqueueCallback(idToken("teacher@example.org", true));
        HttpClient browser = browser();
        HttpResponse<String> home = browser.send(get("/oauth2/authorization/district"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Welcome, Ana");
        assertThat(browser.send(get("/catalog"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void anEmailNotOnTheRosterIsRefusedAndNoAccountIsCreated() throws Exception {
        long before = jdbc.queryForObject("select count(*) from educator", Long.class);
        provider.enqueueCallback(idToken("stranger@example.org", true));
        HttpResponse<String> page = browser().send(get("/oauth2/authorization/district"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.uri().toString()).endsWith("/login?sso");
        assertThat(page.body()).contains("no active Pathways account uses that verified email address");
        assertThat(jdbc.queryForObject("select count(*) from educator", Long.class)).isEqualTo(before);
    }

    @Test
    void anUnverifiedEmailIsRefused() throws Exception {
        provider.enqueueCallback(idToken("teacher@example.org", false));
        HttpResponse<String> page = browser().send(get("/oauth2/authorization/district"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.uri().toString()).endsWith("/login?sso");
    }

    @Test
    void aDeactivatedEducatorIsRefused() throws Exception {
        String email = jdbc.queryForObject("select email from educator where employee_id = 'E100090'", String.class);
        jdbc.update("update educator set active = false where employee_id = 'E100090'");
        try {
            provider.enqueueCallback(idToken(email, true));
            HttpResponse<String> page = browser().send(get("/oauth2/authorization/district"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.uri().toString()).endsWith("/login?sso");
        } finally {
            jdbc.update("update educator set active = true where employee_id = 'E100090'");
        }
    }

    private static DefaultOAuth2TokenCallback idToken(String email, boolean verified) {
        return new DefaultOAuth2TokenCallback("district", "subject-" + email, "JWT", List.of("pathways"),
                Map.of("email", email, "email_verified", verified), 3600);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }
}
