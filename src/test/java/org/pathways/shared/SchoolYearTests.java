package org.pathways.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class SchoolYearTests {

    @Test
    void theLastDayOfJulyBelongsToTheYearThatEndsAndTheFirstOfAugustStartsTheNext() {
        assertThat(SchoolYear.containing(LocalDate.of(2026, 7, 31))).hasToString("2025-2026");
        assertThat(SchoolYear.containing(LocalDate.of(2026, 8, 1))).hasToString("2026-2027");
        assertThat(SchoolYear.containing(LocalDate.of(2026, 1, 15))).hasToString("2025-2026");
    }

    @Test
    void aDistrictMayStartItsYearOnAnotherDay() {
        MonthDay july15 = MonthDay.of(7, 15);
        assertThat(SchoolYear.containing(LocalDate.of(2026, 7, 14), july15)).hasToString("2025-2026");
        assertThat(SchoolYear.containing(LocalDate.of(2026, 7, 15), july15)).hasToString("2026-2027");
        assertThat(SchoolYear.parse("2025-2026").lastDay(july15)).isEqualTo(LocalDate.of(2026, 7, 14));
    }

    @Test
    void parsesAndPrintsTheTwoYearForm() {
        SchoolYear year = SchoolYear.parse(" 2025-2026 ");
        assertThat(year.startYear()).isEqualTo(2025);
        assertThat(year.next()).hasToString("2026-2027");
        assertThat(year.firstDay(SchoolYear.DEFAULT_START)).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(year.lastDay(SchoolYear.DEFAULT_START)).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void refusesMalformedYears() {
        for (String bad : new String[] {"2025", "2025-2027", "25-26", "", null, "2025/2026"}) {
            assertThatThrownBy(() -> SchoolYear.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2025-2026");
        }
    }
}
