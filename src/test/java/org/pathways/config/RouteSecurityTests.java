package org.pathways.config;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@DemoDistrictTest
@AutoConfigureMockMvc
class RouteSecurityTests implements PostgresTest {

    @Autowired
    MockMvc mvc;

    @Nested
    class Anonymous {

        @Test
        void isSentToSignInForEveryPage() throws Exception {
            for (String path : new String[] {"/", "/catalog", "/catalog/endorsements/ctc-1", "/roles", "/admin",
                    "/review", "/reports/stipends", "/portfolio", "/notifications", "/review/submissions/1",
                    "/portfolio/submissions/1/files/1",
                    "/pathways", "/pathways/aspirations", "/admin/access-requests", "/admin/holidays",
                    "/review/calibration", "/review/calibration/anchors/1", "/admin/review/calibration"}) {
                mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                        .andExpect(redirectedUrl("/login"));
            }
        }

        @Test
        void seesTheSignInPageAndHealthWithAStrictContentSecurityPolicy() throws Exception {
            mvc.perform(get("/login")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Sign in to Pathways")))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
            mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        }

        @Test
        void signsInWithTheDemoPasswordAndIsRefusedWithAWrongOne() throws Exception {
            mvc.perform(formLogin().user("teacher@example.org").password("pathways-demo"))
                    .andExpect(redirectedUrl("/"));
            mvc.perform(formLogin().user("TEACHER@example.org").password("pathways-demo"))
                    .andExpect(redirectedUrl("/"));
            mvc.perform(formLogin().user("teacher@example.org").password("wrong-password"))
                    .andExpect(redirectedUrl("/login?error"));
            mvc.perform(formLogin().user("nobody@example.org").password("pathways-demo"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        @Test
        void mayAskForAPasswordResetButNotOpenPeopleAdministration() throws Exception {
            mvc.perform(get("/account/reset")).andExpect(status().isOk());
            mvc.perform(get("/account/password").param("token", "no-such-token")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("This link no longer works")));
            mvc.perform(get("/admin/people")).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/admin/people/import")).andExpect(redirectedUrl("/login"));
        }

        @Test
        void cannotPostWithoutACsrfToken() throws Exception {
            mvc.perform(post("/login").param("username", "teacher@example.org").param("password", "pathways-demo"))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    @WithUserDetails("teacher@example.org")
    class Teacher {

        @Test
        void browsesTheCatalogAndRoleCards() throws Exception {
            mvc.perform(get("/")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Welcome, Ana")));
            mvc.perform(get("/catalog")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Critical Teaching Competencies Level I")));
            mvc.perform(get("/catalog/endorsements/ctc-1")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Earn both required micro-credentials and 1 of these 11")));
            mvc.perform(get("/catalog/microcredentials/teaching-phonics")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Sample content")));
            mvc.perform(get("/roles")).andExpect(status().isOk());
            mvc.perform(get("/roles/new-teacher")).andExpect(status().isOk());
        }

        @Test
        void isForbiddenFromAdministrationReviewAndReports() throws Exception {
            mvc.perform(get("/admin")).andExpect(status().isForbidden());
            mvc.perform(get("/review")).andExpect(status().isForbidden());
            mvc.perform(get("/reports/stipends")).andExpect(status().isForbidden());
            mvc.perform(post("/reports/refresh").with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/payroll")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/access-requests")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/holidays")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/review/assignments")).andExpect(status().isForbidden());
            mvc.perform(get("/review/calibration")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/review/calibration")).andExpect(status().isForbidden());
        }

        @Test
        void getsNotFoundForUnknownCodes() throws Exception {
            for (String path : new String[] {"/catalog/endorsements/nope", "/catalog/microcredentials/nope",
                    "/roles/nope", "/no/such/page"}) {
                mvc.perform(get(path)).andExpect(status().isNotFound());
            }
        }

        @Test
        void filtersTheCatalogByTitle() throws Exception {
            mvc.perform(get("/catalog").param("q", "phonics")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("K-1 ELA Interventionists")))
                    .andExpect(content().string(not(containsString("HALA Track I"))));
            mvc.perform(get("/catalog").param("q", "<script>alert(1)</script>")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Nothing in the catalog matches")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))));
        }
    }

    @Nested
    @WithUserDetails("admin@example.org")
    class Admin {

        @Test
        void seesDistrictFiguresOnHomeAndAdministration() throws Exception {
            mvc.perform(get("/")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Your district")));
            mvc.perform(get("/admin")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Micro-credentials")));
            mvc.perform(get("/admin/people")).andExpect(status().isOk());
            mvc.perform(get("/admin/people/import")).andExpect(status().isOk());
            mvc.perform(get("/admin/review/assignments")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Reviewer assignments")));
            mvc.perform(get("/admin/review/disagreements")).andExpect(status().isOk());
            mvc.perform(get("/review")).andExpect(status().isOk());
            mvc.perform(get("/admin/review/calibration")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Reviewer calibration")));
        }
    }

    @Nested
    @WithUserDetails("principal@example.org")
    class CampusLeader {

        @Test
        void seesOwnCampusAndMayOpenReportsButNotAdministration() throws Exception {
            mvc.perform(get("/")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Your campus")));
            mvc.perform(get("/reports/stipends")).andExpect(status().is(not(403)));
            mvc.perform(get("/admin")).andExpect(status().isForbidden());
        }
    }

    @Nested
    @WithUserDetails("coach@example.org")
    class Reviewer {

        @Test
        void mayOpenReviewButNotAdministration() throws Exception {
            mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("Reviewing")));
            mvc.perform(get("/review")).andExpect(status().is(not(403)));
            mvc.perform(get("/admin")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/review/assignments")).andExpect(status().isForbidden());
            mvc.perform(get("/review/calibration")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Your agreement with the master levels")));
            mvc.perform(get("/admin/review/calibration")).andExpect(status().isForbidden());
            mvc.perform(get("/admin/review/disagreements")).andExpect(status().isForbidden());
            mvc.perform(get("/notifications")).andExpect(status().isOk());
            mvc.perform(get("/portfolio")).andExpect(status().isOk());
        }
    }

    @Test
    void aSignedInPersonPostingWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf())).andExpect(status().is3xxRedirection());
    }
}

