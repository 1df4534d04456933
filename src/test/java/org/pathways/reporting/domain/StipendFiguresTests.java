package org.pathways.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.reporting.ReportFixture;
import org.pathways.shared.SchoolYear;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stipend figures' cube gives what a pass over the ledger lines gives, for every combination of filters. */
@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
class StipendFiguresTests implements PostgresTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StipendReport stipends;
    @Autowired
    ReportFigures figures;

    @Test
    void theCubeAnswersEveryFilterCombinationAsTheLedgerLinesDo() {
        ReportFixture fixture = new ReportFixture(jdbc);
        figures.refresh();
        List<ReportFilter> filters = new ArrayList<>();
        for (SchoolYear year : List.of(SchoolYear.parse(ReportFixture.YEAR), SchoolYear.containing(LocalDate.now()))) {
            String demoCampus = jdbc.queryForObject("select min(campus_code) from stipend_line where school_year = ?",
                    String.class, year.toString());
            for (String campus : new String[] {null, fixture.campusA, fixture.campusB, demoCampus}) {
                for (String position : new String[] {null, "Teacher", "Counselor"}) {
                    for (Integer band : new Integer[] {null, 3, 5}) {
                        filters.add(new ReportFilter(year, campus, position, band, null));
                    }
                }
            }
        }
        for (ReportFilter filter : filters) {
            assertThat(stipends.fromFigures(filter)).as(filter.toString()).isEqualTo(stipends.live(filter));
        }
        ReportFilter campusA = new ReportFilter(SchoolYear.parse(ReportFixture.YEAR), fixture.campusA, null, null, null);
        assertThat(stipends.fromFigures(campusA).total().lines()).isEqualTo(4);
    }
}
