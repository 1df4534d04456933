package org.pathways.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo district the tests run with: 4 campuses and 120 educators (see DemoDistrictTest). */
@DemoDistrictTest
class DemoDistrictTests implements PostgresTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleApi people;

    @Test
    void generatesTheRequestedSizeWithACentralOffice() {
        // Other tests add campuses and people to the shared database; the generator's own are
        // HPS-0001 onwards and E100001 onwards.
        DistrictCounts counts = people.districtCounts();
        assertThat(counts.campuses()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from campus where kind = 'SCHOOL' and code like 'HPS-%'",
                Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from educator where employee_id between 'E100001' and 'E100120'",
                Long.class)).isEqualTo(120);
        assertThat(jdbc.queryForObject("select count(*) from educator where employee_id = 'E100121'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from campus where kind = 'OFFICE'", Long.class)).isEqualTo(1);
    }

    @Test
    void everySchoolHasAPrincipalAndMostStaffAreTeachers() {
        assertThat(jdbc.queryForObject("""
                select count(*) from campus c where c.kind = 'SCHOOL' and c.code like 'HPS-%' and not exists
                (select 1 from educator e where e.campus_id = c.id and e.position = 'Principal')""", Long.class))
                .isZero();
        Map<String, Object> spread = jdbc.queryForMap("""
                select count(*) filter (where position = 'Teacher') teachers, count(*) total,
                       count(distinct pay_band) bands, count(distinct position) positions from educator""");
        assertThat((Long) spread.get("teachers")).isGreaterThan((Long) spread.get("total") / 2);
        assertThat((Long) spread.get("bands")).isGreaterThanOrEqualTo(5);
        assertThat((Long) spread.get("positions")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theFourDemoLoginsHaveTheirAppRolesAndEveryoneHasADistinctEmail() {
        assertThat(jdbc.queryForList("""
                select e.email || ':' || string_agg(r.role, ',' order by r.role) from educator e
                join account_role r on r.educator_id = e.id where e.email like '%@example.org'
                and e.email in ('teacher@example.org', 'coach@example.org', 'principal@example.org', 'admin@example.org')
                group by e.email order by e.email""", String.class)).containsExactly(
                "admin@example.org:ADMIN,EDUCATOR", "coach@example.org:EDUCATOR,REVIEWER",
                "principal@example.org:CAMPUS_LEADER,EDUCATOR", "teacher@example.org:EDUCATOR");
        assertThat(jdbc.queryForObject("select count(distinct lower(email)) from educator", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from educator", Long.class));
    }

    @Test
    void someEducatorsHoldCareerRoles() {
        assertThat(people.districtCounts().roleHolders()).isGreaterThan(5);
        assertThat(people.educator(educatorId("coach@example.org")).orElseThrow().heldRoleCodes())
                .containsExactly("instructional-coach-1");
    }

    private long educatorId(String email) {
        return jdbc.queryForObject("select id from educator where email = ?", Long.class, email);
    }
}
