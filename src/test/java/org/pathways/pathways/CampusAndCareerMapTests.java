package org.pathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.pathways.domain.AccessRequests;
import org.pathways.pathways.domain.Aspiration;
import org.pathways.pathways.domain.Aspirations;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@PathwaysIntegrationTest
class CampusAndCareerMapTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessRequests requests;
    @Autowired
    Aspirations aspirations;

    long id(String email) {
        return jdbc.queryForObject("select id from educator where email = ?", Long.class, email);
    }

    @Test
    @WithUserDetails("teacher@example.org")
    void theCareerMapShowsReadinessAsSvgAndAsText() throws Exception {
        String page = mvc.perform(get("/pathways")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("micro-credentials toward PLC Leader")))
                .andExpect(content().string(containsString("3 of 3 micro-credentials toward New Teacher")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("style=");
    }

    @Test
    @WithUserDetails("teacher@example.org")
    void aspirationsRankRecommendationsAndPointOutCredentialsCountingTowardSeveralGoals() throws Exception {
        mvc.perform(post("/pathways/aspirations").with(csrf()).param("yearsOfExperience", "4")
                        .param("confidence", "3").param("stayAndLeadTeachers", "true")
                        .param("targetRoles", "plc-leader", "department-chair"))
                .andExpect(redirectedUrl("/pathways"));
        mvc.perform(get("/pathways")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Counts toward several goals")))
                .andExpect(content().string(containsString("Building Collaborative Relationships to Foster Shared Purpose")))
                .andExpect(content().string(containsString("Department Chair and PLC Leader")));
        mvc.perform(post("/pathways/aspirations").with(csrf()).param("yearsOfExperience", "many")
                        .param("confidence", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your years of experience as a whole number.")));
        mvc.perform(post("/pathways/aspirations").with(csrf()).param("yearsOfExperience", "4")
                        .param("confidence", "3").param("targetRoles", "no-such-role"))
                .andExpect(content().string(containsString("There is no career role with the code no-such-role.")));
    }

    @Test
    @WithUserDetails("teacher@example.org")
    void anEducatorNeverSeesAnotherEducatorsMapOrAspirations() throws Exception {
        mvc.perform(get("/pathways/educators/{id}", id("coach@example.org"))).andExpect(status().isNotFound());
        mvc.perform(get("/pathways/educators/{id}", PathwaysTestSupport.newTeacher(jdbc))).andExpect(status().isNotFound());
        mvc.perform(get("/pathways/educators/{id}", id("teacher@example.org"))).andExpect(redirectedUrl("/pathways"));
        mvc.perform(get("/admin/access-requests")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/access-requests/1/approve").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/holidays")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("coach@example.org")
    void aCoachSeesTheAspirationsOfTheirCampusOnly() throws Exception {
        long colleague = PathwaysTestSupport.newTeacher(jdbc);
        aspirations.save(colleague, new Aspiration(2, 2, false, true, false, "Loves assessment design",
                List.of("curriculum-writer"), null));
        mvc.perform(get("/pathways/educators/{id}", colleague)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Career map of")))
                .andExpect(content().string(containsString("Loves assessment design")));
        mvc.perform(get("/pathways/educators/{id}", PathwaysTestSupport.newTeacherElsewhere(jdbc)))
                .andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("principal@example.org")
    void aCampusLeaderSeesOwnStaffProgressStalledWorkAndRequestsButNeverAnotherCampus() throws Exception {
        long mine = PathwaysTestSupport.newTeacher(jdbc);
        long elsewhere = PathwaysTestSupport.newTeacherElsewhere(jdbc);
        // its own stalled colleague, as other tests may bring the demo's stalled teachers back to work
        long idle = PathwaysTestSupport.newTeacher(jdbc);
        jdbc.update("insert into pathways_enrollment (educator_id, endorsement_code, added_at) values (?, 'ctc-1', ?)",
                idle, Timestamp.from(Instant.now().minus(Duration.ofDays(90))));
        requests.request(mine, "plc-leaders", "Own campus request", Instant.now());
        requests.request(elsewhere, "plc-leaders", "Other campus request", Instant.now());
        String mineName = jdbc.queryForObject("select last_name from educator where id = ?", String.class, mine);
        String otherName = jdbc.queryForObject("select last_name from educator where id = ?", String.class, elsewhere);

        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Access requests waiting"), containsString(mineName),
                        containsString("Stalled work"), containsString("no activity since"),
                        containsString("Staff progress"), containsString("Morales"))))
                .andExpect(content().string(not(containsString(otherName))));
        mvc.perform(get("/pathways/educators/{id}", mine)).andExpect(status().isOk());
        mvc.perform(get("/pathways/educators/{id}", elsewhere)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/access-requests")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("admin@example.org")
    void adminsWorkTheQueueAndMaintainHolidays() throws Exception {
        long educator = PathwaysTestSupport.newTeacherElsewhere(jdbc);
        long request = requests.request(educator, "stem-1", "Robotics coach", Instant.now()).getId();
        mvc.perform(get("/admin/access-requests")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Robotics coach")))
                .andExpect(content().string(containsString("Overdue")));
        mvc.perform(get("/admin/access-requests").param("overdue", "true")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Robotics coach"))));
        mvc.perform(post("/admin/access-requests/{id}/reject", request).with(csrf()).param("note", ""))
                .andExpect(flash().attribute("flashError", containsString("short note")));
        mvc.perform(post("/admin/access-requests/approve-all").with(csrf()).param("ids", String.valueOf(request)))
                .andExpect(flash().attribute("flash", "1 request approved."));
        mvc.perform(post("/admin/access-requests/{id}/approve", request).with(csrf()))
                .andExpect(flash().attribute("flashError", "This request was already approved."));

        mvc.perform(post("/admin/holidays").with(csrf()).param("day", "2031-07-04").param("name", "Independence Day"))
                .andExpect(redirectedUrl("/admin/holidays"));
        mvc.perform(get("/admin/holidays")).andExpect(content().string(containsString("Independence Day")));
        mvc.perform(post("/admin/holidays").with(csrf()).param("name", "No day"))
                .andExpect(flash().attribute("flashError", "Pick the day of the holiday."));
        mvc.perform(post("/admin/holidays/2031-07-04/remove").with(csrf())).andExpect(redirectedUrl("/admin/holidays"));
    }
}
