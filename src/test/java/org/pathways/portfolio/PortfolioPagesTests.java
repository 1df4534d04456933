package org.pathways.portfolio;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DemoDistrictTest
@AutoConfigureMockMvc
class PortfolioPagesTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CatalogApi catalog;

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    @Test
    void anEducatorStartsFromTheCatalogUploadsAndDownloadsAsAnAttachment() throws Exception {
        var me = new PortfolioFixtures(jdbc).freshEducator();
        String code = new PortfolioFixtures(jdbc).microCredentialsWithTextAndFiles().get(6);
        mvc.perform(get("/catalog/microcredentials/" + code).with(as(me.email())))
                .andExpect(content().string(containsString("Start a portfolio")));
        String location = mvc.perform(post("/portfolio/submissions").param("code", code).with(as(me.email())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        MicroCredential.EvidencePart part = catalog.microCredential(code).orElseThrow().evidenceParts().stream()
                .filter(MicroCredential.EvidencePart::acceptsFiles).findFirst().orElseThrow();

        mvc.perform(multipart("/portfolio/submissions/" + id + "/parts/" + part.position() + "/files")
                        .file(new MockMultipartFile("files", "plan<b>&.txt", "text/html",
                                "My plan for the week".getBytes(StandardCharsets.UTF_8)))
                        .with(as(me.email())).with(csrf()))
                .andExpect(redirectedUrl("/portfolio/submissions/" + id + "#part-" + part.position()))
                .andExpect(flash().attribute("flash", "File uploaded."));
        long fileId = jdbc.queryForObject("select id from evidence_file where submission_id = ?", Long.class, id);

        mvc.perform(get("/portfolio/submissions/" + id).with(as(me.email()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("plan_b__.txt")))
                .andExpect(content().string(containsString(part.title())));
        mvc.perform(get("/portfolio/submissions/" + id + "/files/" + fileId).with(as(me.email())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(content().string("My plan for the week"));
        mvc.perform(get("/portfolio/submissions/" + id + "/confirm").with(as(me.email()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("exactly what the reviewer will receive")));
        mvc.perform(get("/portfolio").with(as(me.email()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(catalog.microCredential(code).orElseThrow().title())));

        var other = new PortfolioFixtures(jdbc).freshEducator();
        mvc.perform(get("/portfolio/submissions/" + id).with(as(other.email()))).andExpect(status().isNotFound());
        mvc.perform(get("/portfolio/submissions/" + id + "/files/" + fileId).with(as(other.email())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("My plan for the week"))));
        mvc.perform(post("/portfolio/submissions/" + id + "/withdraw").with(as(other.email())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedStartExplainsWhyOnTheCatalogPage() throws Exception {
        var me = new PortfolioFixtures(jdbc).freshEducator();
        mvc.perform(post("/portfolio/submissions").param("code", "no-such-credential").with(as(me.email())).with(csrf()))
                .andExpect(redirectedUrl("/catalog/microcredentials/no-such-credential"))
                .andExpect(flash().attribute("error", "There is no micro-credential with the code no-such-credential."));
    }
}
