package org.pathways.people.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@DemoDistrictTest
@AutoConfigureMockMvc
class AdminPeopleTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin@example.org")
    void findsPeopleByNameEmailOrEmployeeId() throws Exception {
        mvc.perform(get("/admin/people").param("q", "morales")).andExpect(status().isOk())
                .andExpect(content().string(containsString("teacher@example.org")));
        mvc.perform(get("/admin/people").param("q", "E100001")).andExpect(status().isOk())
                .andExpect(content().string(containsString("E100001")));
        mvc.perform(get("/admin/people").param("q", "%_nobody_%")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody matches.")));
        mvc.perform(get("/admin/people/" + id("E100070"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Save app roles")));
        mvc.perform(get("/admin/people/999999999")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("admin@example.org")
    void changesAppRolesAndCareerRolesWithDatesAndAuditsEachChange() throws Exception {
        long id = id("E100071");
        long auditBefore = audits(id);
        mvc.perform(post("/admin/people/" + id + "/app-roles").param("role", "EDUCATOR", "REVIEWER").with(csrf()))
                .andExpect(flash().attribute("flash", "App roles saved."));
        assertThat(jdbc.queryForList("select role from account_role where educator_id = ? order by role", String.class,
                id)).containsExactly("EDUCATOR", "REVIEWER");

        mvc.perform(post("/admin/people/" + id + "/held-roles").param("roleCode", "plc-leader")
                .param("since", "2025-08-01").with(csrf())).andExpect(flash().attribute("flash", "Career role added."));
        mvc.perform(post("/admin/people/" + id + "/held-roles").param("roleCode", "plc-leader")
                        .param("since", "2025-09-01").with(csrf()))
                .andExpect(flash().attribute("problem", "This person already holds that role."));
        long heldId = jdbc.queryForObject("""
                select h.id from held_role h join career_role r on r.id = h.role_id
                where h.educator_id = ? and r.code = 'plc-leader' and h.until is null""", Long.class, id);
        mvc.perform(post("/admin/people/" + id + "/held-roles/" + heldId + "/end").param("until", "2025-07-01")
                .with(csrf())).andExpect(flash().attribute("problem", "The end date cannot be before 2025-08-01."));
        mvc.perform(post("/admin/people/" + id + "/held-roles/" + heldId + "/end").param("until", "2026-06-30")
                .with(csrf())).andExpect(flash().attribute("flash", "Career role ended."));
        assertThat(jdbc.queryForObject("select since || '..' || until from held_role where id = ?", String.class,
                heldId)).isEqualTo("2025-08-01..2026-06-30");
        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'educator' and subject_id = ? "
                + "order by id", String.class, String.valueOf(id)).subList((int) auditBefore, (int) auditBefore + 3))
                .containsExactly("APP_ROLES_CHANGED", "CAREER_ROLE_ADDED", "CAREER_ROLE_ENDED");
    }

    @Test
    @WithUserDetails("admin@example.org")
    void deactivatesAndReactivatesButNeverThemselves() throws Exception {
        long id = id("E100072");
        mvc.perform(post("/admin/people/" + id + "/deactivate").with(csrf()))
                .andExpect(flash().attribute("flash", containsString("can no longer sign in")));
        assertThat(jdbc.queryForObject("select active from educator where id = ?", Boolean.class, id)).isFalse();
        mvc.perform(post("/admin/people/" + id + "/reactivate").with(csrf()));
        assertThat(jdbc.queryForObject("select active from educator where id = ?", Boolean.class, id)).isTrue();
        assertThat(jdbc.queryForList("select action from audit_event where subject_id = ? and action like 'EDUCATOR_%'",
                String.class, String.valueOf(id))).containsExactly("EDUCATOR_DEACTIVATED", "EDUCATOR_REACTIVATED");

        long self = jdbc.queryForObject("select id from educator where email = 'admin@example.org'", Long.class);
        mvc.perform(post("/admin/people/" + self + "/deactivate").with(csrf()))
                .andExpect(flash().attribute("problem", "You cannot deactivate yourself."));
        mvc.perform(post("/admin/people/" + self + "/app-roles").param("role", "EDUCATOR").with(csrf()))
                .andExpect(flash().attribute("problem", "You cannot remove your own administrator role."));
        assertThat(jdbc.queryForObject("select active from educator where id = ?", Boolean.class, self)).isTrue();
    }

    @Test
    @WithUserDetails("principal@example.org")
    void onlyAdminsManagePeople() throws Exception {
        mvc.perform(get("/admin/people")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/people/" + id("E100073") + "/deactivate").with(csrf()))
                .andExpect(status().isForbidden());
    }

    private long id(String employeeId) {
        return jdbc.queryForObject("select id from educator where employee_id = ?", Long.class, employeeId);
    }

    private long audits(long id) {
        return jdbc.queryForObject("select count(*) from audit_event where subject_type = 'educator' and subject_id = ?",
                Long.class, String.valueOf(id));
    }
}
