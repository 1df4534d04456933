package org.pathways.people.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@DemoDistrictTest
@AutoConfigureMockMvc
class RosterImportPageTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RosterImportService imports;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin@example.org")
    void adminUploadsSeesThePreviewAppliesAndSeesTheSummary() throws Exception {
        byte[] file = RosterFiles.hr().person("RP-1", "Noor", "Aziz", "HPS-0002", "Teacher", 2).bytes();
        String location = mvc.perform(multipart("/admin/people/import")
                        .file(new MockMultipartFile("file", "hr.csv", "text/csv", file)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitStatus(id, RosterImportView.Status.READY);

        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("To create")))
                .andExpect(content().string(containsString("Apply these changes")));
        mvc.perform(post(location + "/apply").with(csrf())).andExpect(status().is3xxRedirection());
        awaitStatus(id, RosterImportView.Status.APPLIED);
        mvc.perform(get(location + "/status")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Created")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
        // A second click on apply changes nothing and says so.
        mvc.perform(post(location + "/apply").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(RosterImportView.Status.APPLIED);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void listsEachErrorWithItsRowAndColumn() throws Exception {
        byte[] file = RosterFiles.hr().line("RP-2,Noor,Aziz,not-an-email,HPS-0002,Teacher,2,2020-08-15,true").bytes();
        String location = mvc.perform(multipart("/admin/people/import")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", file)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitStatus(id, RosterImportView.Status.INVALID);
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("row 2, column email")))
                .andExpect(content().string(containsString("is not an email address")))
                .andExpect(content().string(containsString("Nothing was changed")));
    }

    @Test
    @WithUserDetails("admin@example.org")
    void theSampleExportOfTheDistrictPreviewsNewHiresLeaversAndBandChanges() throws Exception {
        byte[] sample = mvc.perform(get("/admin/people/import/sample.csv")).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        long id = imports.upload("sample-hr-export.csv", sample, "admin@example.org");
        imports.validate(id);
        RosterImportView preview = imports.find(id).orElseThrow();
        assertThat(preview.status()).isEqualTo(RosterImportView.Status.READY);
        assertThat(preview.toCreate()).isEqualTo(SampleRosterFile.NEW_HIRES);
        assertThat(preview.toDeactivate()).isPositive();
        assertThat(preview.toUpdate()).isPositive();
        assertThat(preview.unchanged()).isGreaterThan(100);
    }

    @Test
    @WithUserDetails("admin@example.org")
    void whileApplyingThePageShowsProgressAndKeepsPolling() throws Exception {
        long id = imports.upload("big.csv", RosterFiles.hr().person("RP-3", "Ada", "Byrne", "HPS-0001", "Teacher", 2)
                .bytes(), "admin@example.org");
        jdbc.update("""
                update roster_import set status = 'APPLYING', total_rows = 200, to_create = 200, processed_rows = 50
                where id = ?""", id);
        try {
            mvc.perform(get("/admin/people/import/" + id + "/status")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                    .andExpect(content().string(containsString("<progress id=\"apply-progress\"")))
                    .andExpect(content().string(containsString("value=\"25\"")))
                    .andExpect(content().string(containsString("changes written")));
        } finally {
            jdbc.update("update roster_import set status = 'FAILED', failure = 'test' where id = ?", id);
        }
    }

    @Test
    @WithUserDetails("teacher@example.org")
    void educatorsCannotImport() throws Exception {
        mvc.perform(get("/admin/people/import")).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/people/import")
                        .file(new MockMultipartFile("file", "hr.csv", "text/csv", new byte[] {1})).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private void awaitStatus(long id, RosterImportView.Status expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> imports.find(id).orElseThrow().status() == expected);
    }
}
