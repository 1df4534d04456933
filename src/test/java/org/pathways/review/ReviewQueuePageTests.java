package org.pathways.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.AppStatements;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
class ReviewQueuePageTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    List<String> statementsFor(String path, String persona) throws Exception {
        UserDetails reviewer = users.loadUserByUsername(persona);
        mvc.perform(get(path).with(user(reviewer))).andExpect(status().isOk());
        return AppStatements.of(dataSource).during(() -> mvc.perform(get(path).with(user(reviewer)))
                .andExpect(status().isOk()));
    }

    @Test
    void theQueueReadsItsRowsInOneStatementHoweverManyAreWaiting() throws Exception {
        long waiting = jdbc.queryForObject("""
                select count(*) from submission s join review_assignment a on a.micro_credential_code = s.micro_credential_code
                join educator e on e.id = a.reviewer_id
                where e.email = 'coach@example.org' and s.status in ('SUBMITTED', 'IN_REVIEW')""", Long.class);
        assertThat(waiting).as("the demo district has submissions waiting for the coach").isGreaterThan(1);

        // the policy, the reviewer's micro-credentials, the waiting rows, the submissions moved to this reviewer,
        // those of the listed rows moved to anyone, their second-scoring stages, the catalog revision
        assertThat(statementsFor("/review", "coach@example.org")).hasSize(7);
        assertThat(statementsFor("/review?code=no-such-code", "coach@example.org")).hasSizeLessThanOrEqualTo(7);
        assertThat(statementsFor("/review", "admin@example.org")).hasSizeLessThanOrEqualTo(7);
    }
}
