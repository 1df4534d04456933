package org.pathways.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@DemoDistrictTest
@AutoConfigureMockMvc
class IncentivesWebTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long certificateOf(String email) {
        return jdbc.queryForObject("""
                select min(c.earned_credential_id) from cpe_credit c join educator e on e.id = c.educator_id
                where e.email = ? and c.kind = 'CREDIT' and not exists (select 1 from cpe_credit r
                    where r.earned_credential_id = c.earned_credential_id and r.kind = 'REVERSAL')""", Long.class, email);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path : new String[] {"/incentives", "/incentives/certificates/900000000001.pdf",
                "/incentives/transcripts/2025-2026.pdf", "/admin/stipends", "/admin/payroll", "/admin/policies"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Nested
    @WithUserDetails("teacher@example.org")
    class Teacher {

        @Test
        void seesTheirCpeHoursStipendsAndHowManyOfTheCapAreUsed() throws Exception {
            mvc.perform(get("/incentives")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("5 of 8 stipends this school year")))
                    .andExpect(content().string(containsString("Waiting for approval")))
                    .andExpect(content().string(containsString("TIA portfolio share")))
                    .andExpect(content().string(containsString("Reversed")));
        }

        @Test
        void downloadsOwnCertificateAndTranscriptButNotAColleaguesCertificate() throws Exception {
            byte[] pdf = mvc.perform(get("/incentives/certificates/{id}.pdf", certificateOf("teacher@example.org")))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(CertificatePdfTests.text(pdf)).contains("Ana Morales");
            mvc.perform(get("/incentives/certificates/{id}.pdf", certificateOf("coach@example.org")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/incentives/transcripts/2025-2026.pdf")).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"));
            mvc.perform(get("/incentives/transcripts/last-year.pdf")).andExpect(status().isBadRequest());
        }

        @Test
        void cannotReachStipendAdministrationOrPayrollFiles() throws Exception {
            for (String path : new String[] {"/admin/stipends", "/admin/payroll", "/admin/payroll/batches/1.csv",
                    "/admin/policies", "/admin/tia.csv"}) {
                mvc.perform(get(path)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/payroll/batches").with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Nested
    @WithUserDetails("admin@example.org")
    class Admin {

        @Test
        void seesBudgetCommitmentsTheCapAndWaitingLines() throws Exception {
            mvc.perform(post("/admin/stipends/budget").with(csrf()).param("schoolYear", "2026-2027")
                    .param("amount", "$250,000")).andExpect(redirectedUrl("/admin/stipends?schoolYear=2026-2027"));
            mvc.perform(get("/admin/stipends").param("schoolYear", "2026-2027")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("$250,000.00")))
                    .andExpect(content().string(containsString("Educators at the cap")))
                    .andExpect(content().string(containsString("Waiting for approval")));
            mvc.perform(post("/admin/stipends/budget").with(csrf()).param("schoolYear", "2026-2027")
                    .param("amount", "a lot")).andExpect(status().is3xxRedirection());
        }

        @Test
        void exportsABatchAndDownloadsTheSameBytesAgain() throws Exception {
            mvc.perform(post("/admin/payroll/batches")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/payroll/batches").with(csrf())).andExpect(redirectedUrl("/admin/payroll"));
            long batch = jdbc.queryForObject("select max(id) from payroll_batch", Long.class);
            byte[] first = mvc.perform(get("/admin/payroll/batches/{id}.csv", batch)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString("payroll-batch-" + batch + ".csv")))
                    .andReturn().getResponse().getContentAsByteArray();
            byte[] again = mvc.perform(get("/admin/payroll/batches/{id}.csv", batch)).andReturn().getResponse()
                    .getContentAsByteArray();
            assertThat(again).isEqualTo(first);
            mvc.perform(get("/admin/payroll")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Download batch " + batch)));
            mvc.perform(get("/admin/payroll/batches/999999.csv")).andExpect(status().isNotFound());
        }

        @Test
        void changesThePolicyAsANewVersionAndExplainsInvalidValues() throws Exception {
            mvc.perform(post("/admin/policies").with(csrf()).param("schoolYear", "2027-2028").param("basedOnVersion", "0")
                    .param("startsOn", "2027-08-01").param("stipendAmount", "-5").param("stipendCap", "eight")
                    .param("eligiblePositions", "Teacher").param("eligiblePayBands", "5, 6")
                    .param("cpeHoursDefault", "15").param("tiaPointsPerCredential", "5").param("tiaMaxSharePercent", "40"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Enter the cap (a whole number)")));
            mvc.perform(post("/admin/policies").with(csrf()).param("schoolYear", "2027-2028").param("basedOnVersion", "0")
                    .param("startsOn", "2027-08-01").param("stipendAmount", "225").param("stipendCap", "6")
                    .param("eligiblePositions", "Teacher, Counselor").param("eligiblePayBands", "5, 6")
                    .param("cpeHoursDefault", "15").param("tiaPointsPerCredential", "5").param("tiaMaxSharePercent", "40")
                    .param("note", "Board decision"))
                    .andExpect(redirectedUrl("/admin/policies?schoolYear=2027-2028"));
            mvc.perform(get("/admin/policies").param("schoolYear", "2027-2028")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Board decision")))
                    .andExpect(content().string(containsString("$225.00")));
            // a second save based on the old version is refused rather than silently overwriting
            mvc.perform(post("/admin/policies").with(csrf()).param("schoolYear", "2027-2028").param("basedOnVersion", "0")
                    .param("startsOn", "2027-08-01").param("stipendAmount", "300").param("stipendCap", "6")
                    .param("eligiblePositions", "Teacher").param("eligiblePayBands", "5")
                    .param("cpeHoursDefault", "15").param("tiaPointsPerCredential", "5").param("tiaMaxSharePercent", "40"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("changed meanwhile")));
        }

        @Test
        void downloadsTheTiaShareOfTeachers() throws Exception {
            mvc.perform(get("/admin/tia.csv")).andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "employee_id,last_name,first_name,campus_code,school_year,microcredentials_earned,tia_share_percent")))
                    .andExpect(content().string(containsString(",Morales,Ana,")))
                    .andExpect(content().string(not(containsString("Whitfield"))));
        }
    }
}
