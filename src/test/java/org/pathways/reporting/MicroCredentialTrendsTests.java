package org.pathways.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredentialTrends;
import org.pathways.catalog.MicroCredentialTrends.CriterionTrend;
import org.pathways.catalog.MicroCredentialTrends.Summary;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.ReviewService;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Each test builds its micro-credential in a transaction that is rolled back, so the catalog stays as it was. */
@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
@Transactional
class MicroCredentialTrendsTests implements PostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entities;
    @Autowired
    UserDetailsService users;
    @Autowired
    MicroCredentialTrends trends;
    @Autowired
    MicroCredentialAuthoring authoring;
    @Autowired
    CatalogApi catalog;
    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionQueries queries;
    @Autowired
    ReviewService reviews;
    @Autowired
    Assignments assignments;

    TrendFixture fixture() {
        return new TrendFixture(jdbc, entities, authoring, catalog, submissions, queries, reviews, assignments,
                (PathwaysUser) users.loadUserByUsername("coach@example.org"));
    }

    UserDetails persona(String email) {
        return users.loadUserByUsername(email);
    }

    @Test
    void countsSubmissionsFirstAttemptPassRateAndCriteriaBelowPassingAcrossVersions() {
        TrendFixture fixture = fixture().build();

        MicroCredentialTrends.Trend trend = trends.of(fixture.code);

        assertThat(trend.summary()).isEqualTo(new Summary(7, 5, 2));
        assertThat(trend.summary().firstAttemptPassPercent()).isEqualTo(40);
        assertThat(trend.criteriaBelowPassing()).containsExactly(
                new CriterionTrend(1, 2, "Talk", 4, 2),
                new CriterionTrend(1, 3, "Notes", 4, 2),
                new CriterionTrend(2, 1, "Goal", 2, 1),
                new CriterionTrend(1, 1, "Goal", 4, 1));
        assertThat(trend.criteriaBelowPassing()).extracting(CriterionTrend::belowPassingPercent)
                .containsExactly(50, 50, 50, 25);
        assertThat(trends.summaries()).containsEntry(fixture.code, new Summary(7, 5, 2));
    }

    @Test
    void aMicroCredentialWithoutSubmissionsHasAnEmptyTrend() {
        TrendFixture fixture = fixture();

        assertThat(trends.of(fixture.code)).isEqualTo(new MicroCredentialTrends.Trend(Summary.NONE, java.util.List.of()));
        assertThat(Summary.NONE.firstAttemptPassPercent()).isNull();
        assertThat(trends.summaries()).doesNotContainKey(fixture.code);
    }

    @Test
    void theAdminSeesTheTrendsInTheListAndInFullOnTheMicroCredentialPage() throws Exception {
        TrendFixture fixture = fixture().build();
        UserDetails admin = persona("admin@example.org");

        String list = page("/admin/catalog", admin);
        Matcher row = Pattern.compile("Trend " + fixture.code + "</a></th>(.*?)</tr>", Pattern.DOTALL).matcher(list);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1).replaceAll("\\s+", " "))
                .contains("<td class=\"trend-figure\">7</td>").contains("<td class=\"trend-figure\">40%</td>");

        String page = page("/admin/catalog/microcredentials/" + fixture.code, admin).replaceAll("\\s+", " ");
        assertThat(page).contains("7 submissions").contains("<strong>40%</strong>")
                .contains("2 of 5</span> decided")
                .containsSubsequence("<th scope=\"row\">Talk</th> <td>1</td> <td>2 of 4</td> <td>50%</td>",
                        "<th scope=\"row\">Notes</th> <td>1</td> <td>2 of 4</td> <td>50%</td>",
                        "<th scope=\"row\">Goal</th> <td>2</td> <td>1 of 2</td> <td>50%</td>",
                        "<th scope=\"row\">Goal</th> <td>1</td> <td>1 of 4</td> <td>25%</td>");
        assertThat(page).doesNotContain("<th scope=\"row\">Feedback</th>");
    }

    @Test
    void trendsAreForAdminsOnly() throws Exception {
        TrendFixture fixture = fixture().build();
        for (String email : java.util.List.of("teacher@example.org", "coach@example.org", "principal@example.org")) {
            for (String path : java.util.List.of("/admin/catalog", "/admin/catalog/microcredentials/" + fixture.code)) {
                mvc.perform(get(path).with(user(persona(email)))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void thePagesIssueTheSameNumberOfStatementsWithOrWithoutSubmissions() throws Exception {
        UserDetails admin = persona("admin@example.org");
        TrendFixture quiet = fixture();
        long listBefore = statements("/admin/catalog", admin);
        long quietPage = statements("/admin/catalog/microcredentials/" + quiet.code, admin);

        TrendFixture busy = fixture().build();
        long listAfter = statements("/admin/catalog", admin);
        long busyPage = statements("/admin/catalog/microcredentials/" + busy.code, admin);

        assertThat(listBefore).isPositive().isEqualTo(listAfter).isLessThanOrEqualTo(6);
        assertThat(quietPage).isPositive().isEqualTo(busyPage).isLessThanOrEqualTo(20);
    }

    String page(String path, UserDetails who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long statements(String path, UserDetails who) throws Exception {
        page(path, who);
        QueryCountHolder.clear();
        page(path, who);
        return QueryCountHolder.getGrandTotal().getTotal();
    }
}
