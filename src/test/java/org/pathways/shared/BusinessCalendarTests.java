package org.pathways.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    private final BusinessCalendar noHolidays = new BusinessCalendar(List.of());

    @Test
    void fiveBusinessDaysFromAMondayIsTheNextMonday() {
        assertThat(noHolidays.addBusinessDays(LocalDate.of(2026, 3, 2), 5)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void weekendsAreSkipped() {
        // Thursday + 5 business days: Fri, Mon, Tue, Wed, Thu
        assertThat(noHolidays.addBusinessDays(LocalDate.of(2026, 3, 5), 5)).isEqualTo(LocalDate.of(2026, 3, 12));
        // A request filed on Saturday counts from Monday
        assertThat(noHolidays.addBusinessDays(LocalDate.of(2026, 3, 7), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(noHolidays.isBusinessDay(LocalDate.of(2026, 3, 8))).isFalse();
    }

    @Test
    void districtHolidaysAreSkipped() {
        BusinessCalendar springBreak = new BusinessCalendar(List.of(LocalDate.of(2026, 3, 16),
                LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19),
                LocalDate.of(2026, 3, 20)));
        // Friday before spring break: the whole next week is closed
        assertThat(springBreak.addBusinessDays(LocalDate.of(2026, 3, 13), 5)).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void countsAcrossTheYearEndAndItsHolidays() {
        BusinessCalendar winter = new BusinessCalendar(List.of(LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)));
        // Wed 23 Dec 2026: Thu 24 and Fri 25 closed, then Mon 28, Tue 29, Wed 30, Thu 31, (Fri 1 Jan closed), Mon 4
        assertThat(winter.addBusinessDays(LocalDate.of(2026, 12, 23), 5)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeIsRefused() {
        assertThat(noHolidays.addBusinessDays(LocalDate.of(2026, 3, 7), 0)).isEqualTo(LocalDate.of(2026, 3, 7));
        assertThatThrownBy(() -> noHolidays.addBusinessDays(LocalDate.of(2026, 3, 7), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
