package org.pathways.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.reporting.domain.CpeReport;
import org.pathways.reporting.domain.EngagementReport;
import org.pathways.reporting.domain.PopulationFilter;
import org.pathways.reporting.domain.PopulationReport;
import org.pathways.reporting.domain.ReportFigures;
import org.pathways.reporting.domain.ReportFilter;
import org.pathways.reporting.domain.StipendReport;
import org.pathways.shared.SchoolYear;
import org.pathways.support.DemoDistrictTest;
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTests implements PostgresTest {

    static final List<String> REPORTS = List.of("/reports/stipends", "/reports/cpe", "/reports/engagement",
            "/reports/people");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    StipendReport stipends;
    @Autowired
    CpeReport cpe;
    @Autowired
    EngagementReport engagement;
    @Autowired
    PopulationReport population;

    ReportFixture fixture;

    @Autowired
    ReportFigures figures;

    @BeforeAll
    void createFixture() {
        fixture = new ReportFixture(jdbc);
        figures.refresh();
    }

    ReportFilter campusA() {
        return new ReportFilter(SchoolYear.parse(ReportFixture.YEAR), fixture.campusA, null, null, null);
    }

    UserDetails persona(String email) {
        return users.loadUserByUsername(email);
    }

    @Test
    void stipendsAreGroupedByCampusPositionBandAndStateWithCommittedAgainstBudget() {
        StipendReport.Result report = stipends.run(campusA());
        assertThat(report.total().lines()).isEqualTo(4);
        assertThat(report.total().awards()).isEqualTo(3);
        assertThat(report.total().committed()).isEqualByComparingTo("3000");
        assertThat(report.total().educators()).isEqualTo(3);
        assertThat(report.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("5000"));
        assertThat(report.remaining()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("2000"));
        assertThat(report.educatorsAtCap()).isEqualTo(1);
        assertThat(report.byCampus()).singleElement().satisfies(g -> {
            assertThat(g.label()).isEqualTo(fixture.campusA);
            assertThat(g.lines()).isEqualTo(4);
        });
        assertThat(committedBy(report.byPosition())).containsOnly(Map.entry("Counselor", "0.00"),
                Map.entry("Teacher", "3000.00"));
        assertThat(committedBy(report.byBand())).containsOnly(Map.entry("Band 3", "3000.00"),
                Map.entry("Band 5", "0.00"));
        assertThat(report.byState()).extracting(StipendReport.Group::label, StipendReport.Group::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("APPROVED", 1L),
                        org.assertj.core.groups.Tuple.tuple("PENDING", 2L),
                        org.assertj.core.groups.Tuple.tuple("UNPAID", 1L));
        StipendReport.Result counselors = stipends.run(
                new ReportFilter(SchoolYear.parse(ReportFixture.YEAR), fixture.campusA, "Counselor", null, null));
        assertThat(counselors.total().lines()).isEqualTo(1);
        assertThat(counselors.total().committed()).isEqualByComparingTo("0");
    }

    static Map<String, String> committedBy(List<StipendReport.Group> groups) {
        return groups.stream().collect(Collectors.toMap(StipendReport.Group::label,
                g -> g.committed().setScale(2).toPlainString()));
    }

    @Test
    void cpeHoursAreNetOfReversalsPerCampusAndEducator() {
        CpeReport.Result report = cpe.run(campusA());
        assertThat(report.totalHours()).isEqualByComparingTo("25");
        assertThat(report.educators()).isEqualTo(2);
        assertThat(report.topEducators()).extracting(CpeReport.EducatorHours::educatorId)
                .containsExactly(fixture.ada, fixture.ben);
        assertThat(report.topEducators().get(0).hours()).isEqualByComparingTo("25");
        assertThat(report.topEducators().get(0).credentials()).isEqualTo(2);
        assertThat(report.topEducators().get(1).hours()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void engagementCountsCampusesEarnersFunnelPassRateMedianBacklogAndOverdueRequests() {
        EngagementReport.Result report = engagement.run(campusA(), LocalDate.of(2026, 12, 1));
        assertThat(report.campusesTakingPart()).isEqualTo(1);
        assertThat(report.campuses()).isEqualTo(1);
        assertThat(report.educatorsWithOne()).isEqualTo(1);
        assertThat(report.educatorsWithTwoOrMore()).isEqualTo(1);
        assertThat(report.funnel().started()).isEqualTo(7);
        assertThat(report.funnel().submitted()).isEqualTo(6);
        assertThat(report.funnel().earned()).isEqualTo(3);
        assertThat(report.funnel().firstAttemptsDecided()).isEqualTo(3);
        assertThat(report.funnel().firstAttemptPassPercent()).isEqualTo(67);
        assertThat(report.funnel().medianDaysToDecision()).isEqualTo(7.0);
        assertThat(report.backlog().waiting()).isEqualTo(2);
        assertThat(report.accessRequestsPending()).isEqualTo(2);
        assertThat(report.accessRequestsOverdue()).isEqualTo(1);
        // Ben's waiting submission is in the queue of everyone who reviews equity-mindset.
        assertThat(report.reviewers()).filteredOn(r -> r.decisions() > 0).singleElement().satisfies(r -> {
            assertThat(r.reviewerId()).isEqualTo(fixture.reviewer);
            assertThat(r.decisions()).isEqualTo(4);
            assertThat(r.medianDaysToDecision()).isEqualTo(7.0);
            assertThat(r.waiting()).isEqualTo(1);
        });

        EngagementReport.Result quiet = engagement.run(campusA().withCampus(fixture.campusB), LocalDate.of(2026, 12, 1));
        assertThat(quiet.campusesTakingPart()).isZero();
        assertThat(quiet.campuses()).isEqualTo(1);
        assertThat(quiet.funnel().started()).isZero();
        assertThat(quiet.funnel().firstAttemptPassPercent()).isNull();
        assertThat(quiet.reviewers()).isEmpty();
    }

    @Test
    void engagementCsvHasOneRowPerCampusAndTheReviewersTheirOwn() throws Exception {
        UserDetails admin = persona("admin@example.org");
        String csv = mvc.perform(get("/reports/engagement.csv").param("schoolYear", ReportFixture.YEAR)
                .param("campus", fixture.campusA).with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).containsExactly("campus_code,campus_name,educators,educators_submitting,"
                        + "submissions_started,submissions_submitted,credentials_earned,educators_with_1_earned,"
                        + "educators_with_2_or_more_earned",
                fixture.campusA + ",Campus " + fixture.campusA + ",3,3,7,6,3,1,1");
        String reviewers = mvc.perform(get("/reports/engagement/reviewers.csv").param("schoolYear", ReportFixture.YEAR)
                .param("campus", fixture.campusA).with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> lines = reviewers.lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "employee_id,reviewer,campus_code,decisions,median_days_to_decision,waiting,oldest_waiting_days");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",Rae Reviewer," + fixture.campusB + ",4,7.0,1,"))
                .allSatisfy(line -> assertThat(line).doesNotContain(",Rae Reviewer," + fixture.campusB + ",0,"));
        mvc.perform(get("/reports/engagement/reviewers.csv").param("campus", fixture.campusA)
                .with(user(persona("principal@example.org")))).andExpect(status().isForbidden());
    }

    @Test
    void figuresStayAsOfTheirLastRefreshWhichAdminsCanAskFor() throws Exception {
        String campus = "RC" + fixture.campusA.substring(2);
        ReportFilter filter = new ReportFilter(SchoolYear.parse(ReportFixture.YEAR), campus, null, null, null);
        jdbc.update("""
                insert into stipend_line (earned_credential_id, educator_id, school_year, micro_credential_code,
                    earned_on, amount, outcome, status, position, pay_band, campus_code, policy_id)
                select 900000000 + ?, ?, ?, 'equity-mindset', date '2041-10-01', 1000, 'AWARDED', 'PENDING',
                       'Teacher', 3, ?, id from incentive_policy where school_year = ?""",
                fixture.ada, fixture.ada, ReportFixture.YEAR, campus, ReportFixture.YEAR);
        assertThat(stipends.run(filter).total().lines()).isZero();

        mvc.perform(post("/reports/refresh").param("report", "stipends").with(csrf())
                .with(user(persona("principal@example.org")))).andExpect(status().isForbidden());
        mvc.perform(post("/reports/refresh").param("report", "stipends").with(csrf())
                        .with(user(persona("admin@example.org"))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reports/stipends"));
        assertThat(stipends.run(filter).total().committed()).isEqualByComparingTo("1000");
        mvc.perform(get("/reports/stipends").param("schoolYear", ReportFixture.YEAR)
                        .with(user(persona("admin@example.org"))))
                .andExpect(content().string(containsString("Figures as of")))
                .andExpect(content().string(containsString("Refresh now")));
    }

    @Test
    void aCareerRoleFilterIsAnsweredLive() throws Exception {
        String role = jdbc.queryForObject("""
                select r.code from held_role h join career_role r on r.id = h.role_id
                where h.educator_id = ? and h.until is null""", String.class, fixture.ben);
        StipendReport.Result report = stipends.run(
                new ReportFilter(SchoolYear.parse(ReportFixture.YEAR), fixture.campusA, null, null, role));
        assertThat(report.total().lines()).isEqualTo(1);
        assertThat(report.total().committed()).isEqualByComparingTo("1000");
        assertThat(report.educatorsAtCap()).isZero();
        assertThat(report.byCampus()).extracting(StipendReport.Group::label).containsExactly(fixture.campusA);
        mvc.perform(get("/reports/stipends").param("schoolYear", ReportFixture.YEAR).param("role", role)
                        .with(user(persona("admin@example.org"))))
                .andExpect(content().string(containsString("computed live")))
                .andExpect(content().string(not(containsString("Figures as of"))));
    }

    @Test
    void targetPopulationsCombineEarnedCountLeaderRolesAndYearsOfService() {
        LocalDate today = LocalDate.of(2032, 6, 1);
        assertThat(jdbc.queryForList("""
                select r.tier from held_role h join career_role r on r.id = h.role_id
                where h.educator_id = ? and h.until is null""", Integer.class, fixture.ben)).containsExactly(2);
        assertThat(people(new PopulationFilter(campusA(), 0, false, 0), today))
                .containsExactlyInAnyOrder(fixture.ada, fixture.ben, fixture.cy);
        assertThat(people(new PopulationFilter(campusA(), 1, false, 0), today))
                .containsExactlyInAnyOrder(fixture.ada, fixture.ben);
        assertThat(people(new PopulationFilter(campusA(), 1, true, 0), today)).containsExactly(fixture.ada);
        assertThat(people(new PopulationFilter(campusA(), 0, true, 0), today))
                .containsExactlyInAnyOrder(fixture.ada, fixture.cy);
        assertThat(people(new PopulationFilter(campusA(), 0, false, 15), today)).containsExactly(fixture.ada);
        assertThat(people(new PopulationFilter(
                new ReportFilter(SchoolYear.parse(ReportFixture.YEAR), fixture.campusA, "Counselor", 5, null),
                0, false, 0), today)).containsExactly(fixture.cy);
    }

    List<Long> people(PopulationFilter filter, LocalDate today) {
        PopulationReport.Result result = population.run(filter, today);
        assertThat(result.total()).isEqualTo(result.people().size());
        return result.people().stream().map(PopulationReport.Person::educatorId).toList();
    }

    @Test
    void stipendCsvHasTheDesignColumnsQuotingAndTheFormulaGuard() throws Exception {
        String csv = mvc.perform(get("/reports/stipends.csv").param("schoolYear", ReportFixture.YEAR)
                        .param("campus", fixture.campusA).with(user(persona("admin@example.org"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("employee_id,last_name,first_name,campus_code,position,pay_band,"
                + "school_year,microcredential_code,earned_on,amount_usd,status,batch_id");
        assertThat(lines).hasSize(5);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains(",\"'=Cmd\"\"x, y\",Ada," + fixture.campusA + ",Teacher,3,2041-2042,equity-mindset,"
                        + "2041-10-01,1000.00,APPROVED,"));
    }

    @Test
    void cpeCsvHasTheDesignColumns() throws Exception {
        String csv = mvc.perform(get("/reports/cpe.csv").param("schoolYear", ReportFixture.YEAR)
                        .param("campus", fixture.campusA).with(user(persona("admin@example.org"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "employee_id,last_name,first_name,campus_code,school_year,microcredential_code,earned_on,cpe_hours");
        assertThat(lines).hasSize(5).anySatisfy(line -> assertThat(line)
                .endsWith(",Baker,Ben," + fixture.campusA + ",2041-2042,behavioral-expectations,2041-10-01,-15.00"));
    }

    @Test
    void teachersAreRefusedEveryReport() throws Exception {
        for (String report : REPORTS) {
            mvc.perform(get(report).with(user(persona("teacher@example.org")))).andExpect(status().isForbidden());
            mvc.perform(get(report + ".csv").with(user(persona("teacher@example.org"))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void campusLeadersSeeTheirOwnCampusAndAreRefusedAnother() throws Exception {
        UserDetails principal = persona("principal@example.org");
        String own = jdbc.queryForObject("""
                select c.code from educator e join campus c on c.id = e.campus_id
                where e.email = 'principal@example.org'""", String.class);
        for (String report : REPORTS) {
            mvc.perform(get(report).with(user(principal))).andExpect(status().isOk());
            mvc.perform(get(report).param("campus", own).with(user(principal))).andExpect(status().isOk());
            mvc.perform(get(report + ".csv").with(user(principal))).andExpect(status().isOk());
            mvc.perform(get(report).param("campus", fixture.campusA).with(user(principal)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(report + ".csv").param("campus", fixture.campusA).with(user(principal)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/reports/people/" + fixture.ada).with(user(principal))).andExpect(status().isForbidden());
        String csv = mvc.perform(get("/reports/people.csv").with(user(principal))).andReturn().getResponse()
                .getContentAsString();
        assertThat(csv.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).contains("," + own + ","));
    }

    @Test
    void adminsSeeEveryReportForAnyCampus() throws Exception {
        UserDetails admin = persona("admin@example.org");
        for (String report : REPORTS) {
            mvc.perform(get(report).with(user(admin))).andExpect(status().isOk());
            mvc.perform(get(report).param("schoolYear", ReportFixture.YEAR).param("campus", fixture.campusA)
                    .with(user(admin))).andExpect(status().isOk());
            mvc.perform(get(report + ".csv").with(user(admin))).andExpect(status().isOk());
        }
        mvc.perform(get("/reports/people/" + fixture.ada).with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/reports/people?minEarned=2").with(user(admin)))
                .andExpect(content().string(containsString("id=\"minEarned\" name=\"minEarned\"")))
                .andExpect(content().string(containsString("value=\"2\"")))
                .andExpect(content().string(containsString("/reports/people.csv?minEarned=2")));
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/reports.js")).andExpect(status().isOk());
        mvc.perform(get("/reports/stipends").param("schoolYear", "2041").with(user(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void eachReportIssuesTheSameSmallNumberOfStatementsWhateverItFinds() throws Exception {
        UserDetails admin = persona("admin@example.org");
        for (String report : REPORTS) {
            long busy = statements(report, fixture.campusA, admin);
            long quiet = statements(report, fixture.campusB, admin);
            long district = statements(report, "", admin);
            assertThat(busy).as(report).isPositive().isEqualTo(quiet).isEqualTo(district).isLessThanOrEqualTo(10);
        }
    }

    long statements(String report, String campus, UserDetails who) throws Exception {
        mvc.perform(get(report).param("schoolYear", ReportFixture.YEAR).param("campus", campus).with(user(who)))
                .andExpect(status().isOk());
        QueryCountHolder.clear();
        mvc.perform(get(report).param("schoolYear", ReportFixture.YEAR).param("campus", campus).with(user(who)))
                .andExpect(status().isOk());
        return QueryCountHolder.getGrandTotal().getTotal();
    }
}
