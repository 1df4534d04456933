package org.pathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.pathways.domain.EarnedCredentials;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.support.AppStatements;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PathwaysIntegrationTest
class DashboardTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogApi catalog;
    @Autowired
    EarnedCredentials credentials;
    @Autowired
    DataSource dataSource;

    PathwaysUser signedIn(long educatorId) {
        Long campus = jdbc.queryForObject("select campus_id from educator where id = ?", Long.class, educatorId);
        return new PathwaysUser(educatorId, campus, "educator-" + educatorId + "@example.net", "{noop}unused",
                "Test Teacher", true, Set.of(AppRole.EDUCATOR));
    }

    long educatorWith(int endorsements) {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        List<String> codes = catalog.endorsements().stream().map(Endorsement::code).limit(endorsements).toList();
        assertThat(codes).hasSize(endorsements);
        codes.forEach(code -> jdbc.update("insert into pathways_enrollment (educator_id, endorsement_code) values (?, ?)",
                educator, code));
        credentials.recordEarned(8_000_000 + educator * 10, educator, "behavioral-expectations", LocalDate.now());
        credentials.recordEarned(8_000_001 + educator * 10, educator, "equity-mindset", LocalDate.now());
        return educator;
    }

    List<String> statementsForDashboardOf(long educator) throws Exception {
        PathwaysUser user = signedIn(educator);
        mvc.perform(get("/").with(user(user))).andExpect(status().isOk()); // warm caches
        return AppStatements.of(dataSource).during(() -> mvc.perform(get("/").with(user(user))).andExpect(status().isOk()));
    }

    @Test
    void theDashboardIssuesTheSameNumberOfStatementsForOneAndThirtyEndorsements() throws Exception {
        List<String> one = statementsForDashboardOf(educatorWith(1));
        List<String> thirty = statementsForDashboardOf(educatorWith(30));
        // the profile, the catalog revision, earned, in progress, on the dashboard, aspiration, access requests
        assertThat(one).hasSize(7).hasSameSizeAs(thirty);
    }

    @Test
    void eachEducatorSeesTheirOwnDashboardAndNeverAnothers() throws Exception {
        long alma = PathwaysTestSupport.newTeacher(jdbc);
        long bruno = PathwaysTestSupport.newTeacher(jdbc);
        jdbc.update("update educator set first_name = 'Alma' where id = ?", alma);
        jdbc.update("update educator set first_name = 'Bruno' where id = ?", bruno);
        credentials.recordEarned(7_000_000 + alma * 10, alma, "behavioral-expectations", LocalDate.now());
        credentials.recordEarned(7_000_000 + bruno * 10, bruno, "equity-mindset", LocalDate.now());
        String behavioral = catalog.microCredential("behavioral-expectations").orElseThrow().title();
        String equity = catalog.microCredential("equity-mindset").orElseThrow().title();

        for (int round = 0; round < 2; round++) {
            mvc.perform(get("/").with(user(signedIn(alma)))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Welcome, Alma")))
                    .andExpect(content().string(containsString(behavioral)))
                    .andExpect(content().string(not(containsString(equity))))
                    .andExpect(content().string(not(containsString("Bruno"))));
            mvc.perform(get("/").with(user(signedIn(bruno)))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Welcome, Bruno")))
                    .andExpect(content().string(containsString(equity)))
                    .andExpect(content().string(not(containsString(behavioral))))
                    .andExpect(content().string(not(containsString("Alma"))));
        }
    }

    @Test
    void addingTwiceKeepsOneRowAndTheDashboardShowsProgressInWords() throws Exception {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        credentials.recordEarned(9_000_000 + educator, educator, "behavioral-expectations", LocalDate.now());
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/pathways/endorsements/ctc-1/add").with(csrf()).with(user(signedIn(educator))))
                    .andExpect(redirectedUrl("/catalog/endorsements/ctc-1"));
        }
        assertThat(jdbc.queryForObject("select count(*) from pathways_enrollment where educator_id = ?", Long.class,
                educator)).isEqualTo(1);
        mvc.perform(get("/").with(user(signedIn(educator)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Critical Teaching Competencies Level I")))
                .andExpect(content().string(containsString("1 required and 1 of 11 optional left")))
                .andExpect(content().string(containsString("Planning and Preparing for Effective Instruction with TLAC")));
        mvc.perform(get("/catalog/endorsements/ctc-1").with(user(signedIn(educator))))
                .andExpect(content().string(containsString("Remove from my dashboard")));

        mvc.perform(post("/pathways/endorsements/ctc-1/remove").param("from", "dashboard").with(csrf())
                .with(user(signedIn(educator)))).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from pathways_enrollment where educator_id = ?", Long.class,
                educator)).isZero();
    }

    @Test
    void roleGatedAndLockedEndorsementsCannotBeAddedAndSayWhy() throws Exception {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        mvc.perform(post("/pathways/endorsements/plc-leaders/add").with(csrf()).with(user(signedIn(educator))))
                .andExpect(flash().attribute("flashError", containsString("For educators who hold PLC Leader")));
        mvc.perform(post("/pathways/endorsements/ctc-2/add").with(csrf()).with(user(signedIn(educator))))
                .andExpect(flash().attribute("flashError",
                        "Complete Critical Teaching Competencies Level I first: Critical Teaching Competencies Level II builds on it."));
        mvc.perform(get("/catalog/endorsements/plc-leaders").with(user(signedIn(educator))))
                .andExpect(content().string(containsString("Ask for access")))
                .andExpect(content().string(not(containsString("Add to my dashboard"))));
        mvc.perform(post("/pathways/endorsements/no-such/add").with(csrf()).with(user(signedIn(educator))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from pathways_enrollment where educator_id = ?", Long.class,
                educator)).isZero();
    }

    @Test
    void requestingAccessTwiceFromThePageFilesOneRequestAndShowsTheDueDate() throws Exception {
        long educator = PathwaysTestSupport.newTeacher(jdbc);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/pathways/endorsements/mentor-teachers/request").param("reason", "I mentor new teachers")
                    .with(csrf()).with(user(signedIn(educator))))
                    .andExpect(redirectedUrl("/catalog/endorsements/mentor-teachers"));
        }
        assertThat(jdbc.queryForObject("select count(*) from access_request where educator_id = ?", Long.class,
                educator)).isEqualTo(1);
        mvc.perform(get("/").with(user(signedIn(educator))))
                .andExpect(content().string(containsString("waiting, answer due by")));
        mvc.perform(post("/pathways/endorsements/esl/request").param("reason", "ESL teacher")
                        .with(csrf()).with(user(signedIn(educator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is coming soon: nothing can be started yet")));
        mvc.perform(post("/pathways/endorsements/no-such/request").param("reason", "x")
                .with(csrf()).with(user(signedIn(educator)))).andExpect(status().isNotFound());
    }
}
