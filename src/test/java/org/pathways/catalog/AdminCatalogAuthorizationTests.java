package org.pathways.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DemoDistrictTest
@AutoConfigureMockMvc
class AdminCatalogAuthorizationTests implements PostgresTest {

    static final String CODE = "test-web-credential";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestData() {
        CatalogTestData.purge(jdbc, List.of(CODE), List.of(), List.of());
    }

    @Test
    @WithUserDetails("teacher@example.org")
    void educatorsCannotOpenOrChangeTheCatalogEditors() throws Exception {
        for (String path : new String[] {"/admin/catalog", "/admin/catalog/microcredentials/new",
                "/admin/catalog/microcredentials/teaching-phonics"}) {
            mvc.perform(get(path)).andExpect(status().isForbidden());
        }
        mvc.perform(newCredential().with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalog/microcredentials/teaching-phonics/retire").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalog/endorsements/ctc-1").with(csrf()).param("title", "Hijacked"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/catalog/roles/plc-leader").with(csrf()).param("title", "Hijacked"))
                .andExpect(status().isForbidden());
        assertNoRow();
    }

    @Test
    void reviewersAndCampusLeadersCannotEditEither() throws Exception {
        for (String who : new String[] {"coach@example.org", "principal@example.org"}) {
            mvc.perform(newCredential().with(csrf()).with(user(who).roles("REVIEWER", "CAMPUS_LEADER", "EDUCATOR")))
                    .andExpect(status().isForbidden());
        }
        assertNoRow();
    }

    @Test
    @WithUserDetails("admin@example.org")
    void anAdminCreatesADraftThroughTheFormAndEveryStepIsAudited() throws Exception {
        mvc.perform(get("/admin/catalog")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Teaching Phonics")));
        mvc.perform(get("/admin/catalog/endorsements/ctc-1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Required micro-credentials")));
        mvc.perform(get("/admin/catalog/endorsements/new")).andExpect(status().isOk());
        mvc.perform(get("/admin/catalog/roles/plc-leader")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Next roles on the career map")));
        mvc.perform(get("/admin/catalog/roles/new")).andExpect(status().isOk());
        mvc.perform(post("/admin/catalog/endorsements/ctc-1").with(csrf()).param("title", "CTC I")
                .param("groupCode", "all-access-micro-endorsements").param("access", "ALL_ACCESS")
                .param("status", "OPEN").param("rowVersion", "0").param("chooseCount", "5")
                .param("chooseFrom", "equity-mindset"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot choose 5 of 1")));
        mvc.perform(get("/admin/catalog/microcredentials/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Part 2 title")));
        mvc.perform(newCredential().param("add", "criterion").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Criterion 2 title")));
        mvc.perform(newCredential().param("cpeHours", "lots").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("CPE hours: enter a number")));
        assertNoRow();

        mvc.perform(newCredential().with(csrf()))
                .andExpect(redirectedUrl("/admin/catalog/microcredentials/" + CODE));
        mvc.perform(get("/admin/catalog/microcredentials/" + CODE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("You are editing draft version")));
        mvc.perform(get("/admin/catalog/microcredentials/" + CODE + "/preview")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Preview of")))
                .andExpect(content().string(containsString("Notice the goal")));
        mvc.perform(post("/admin/catalog/microcredentials/" + CODE + "/publish").param("changeNote", "ready")
                .with(csrf())).andExpect(redirectedUrl("/admin/catalog/microcredentials/" + CODE));
        mvc.perform(get("/catalog/microcredentials/" + CODE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Notice the goal")));

        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList(
                "select actor || ' ' || action from audit_event where subject_id = ? order by id desc limit 2",
                String.class, CODE)).containsExactly("admin@example.org microcredential.published",
                "admin@example.org microcredential.created");
    }

    private static MockHttpServletRequestBuilder newCredential() {
        return post("/admin/catalog/microcredentials")
                .param("code", CODE).param("title", "Web Credential").param("competency", "Competent")
                .param("keyMethod", "Method").param("cpeHours", "15").param("passingScore", "3")
                .param("levels[0]", "Not yet").param("levels[1]", "Developing").param("levels[2]", "Meets")
                .param("levels[3]", "Exceeds")
                .param("parts[0].title", "Plan").param("parts[0].instructions", "Write it").param("parts[0].text", "true")
                .param("parts[1].title", "").param("parts[1].instructions", "")
                .param("criteria[0].title", "Goal")
                .param("criteria[0].descriptors[0]", "None").param("criteria[0].descriptors[1]", "Some")
                .param("criteria[0].descriptors[2]", "Notice the goal").param("criteria[0].descriptors[3]", "All");
    }

    private void assertNoRow() {
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from micro_credential where code = ?", Integer.class, CODE)).isZero();
    }
}
