package org.pathways.incentives.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;

/** The values of a new policy version, checked whole before anything is stored. */
public record PolicyChange(
        SchoolYear schoolYear,
        LocalDate startsOn,
        Money stipendAmount,
        int stipendCap,
        Set<String> eligiblePositions,
        Set<Integer> eligiblePayBands,
        BigDecimal cpeHoursDefault,
        BigDecimal tiaPointsPerCredential,
        BigDecimal tiaMaxSharePercent,
        String note) {

    public PolicyChange {
        List<String> problems = new ArrayList<>();
        if (schoolYear == null) {
            problems.add("the school year is required");
        }
        if (startsOn == null || schoolYear != null && startsOn.getYear() != schoolYear.startYear()) {
            problems.add("the school year must start on a day in " + (schoolYear == null ? "its first year"
                    : schoolYear.startYear()));
        }
        if (stipendAmount == null || !stipendAmount.isPositive() || stipendAmount.compareTo(Money.usd(10_000)) > 0) {
            problems.add("the stipend amount must be more than $0 and at most $10,000 (set the cap to 0 to pause stipends)");
        }
        if (stipendCap < 0 || stipendCap > 100) {
            problems.add("the cap must be between 0 and 100 stipends per school year");
        }
        if (eligiblePayBands.stream().anyMatch(b -> b < 1 || b > 20)) {
            problems.add("pay bands are numbers from 1 to 20");
        }
        if (cpeHoursDefault == null || cpeHoursDefault.signum() <= 0 || cpeHoursDefault.compareTo(BigDecimal.valueOf(200)) > 0) {
            problems.add("the default CPE hours must be more than 0 and at most 200");
        }
        if (tiaPointsPerCredential == null || tiaPointsPerCredential.signum() < 0
                || tiaPointsPerCredential.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("TIA points per micro-credential must be between 0 and 100");
        }
        if (tiaMaxSharePercent == null || tiaMaxSharePercent.signum() < 0
                || tiaMaxSharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add("the maximum TIA share must be between 0% and 100%");
        }
        if (note != null && note.length() > 500) {
            problems.add("the note is at most 500 characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        eligiblePositions = Set.copyOf(eligiblePositions);
        eligiblePayBands = Set.copyOf(eligiblePayBands);
        note = note == null || note.isBlank() ? null : note.trim();
    }

    /** The district's defaults: school year from 1 August, $200 up to 8 a year, Teachers or bands 5-6. */
    public static PolicyChange defaults(SchoolYear year) {
        return new PolicyChange(year, year.firstDay(SchoolYear.DEFAULT_START), IncentivePolicy.DEFAULT_AMOUNT,
                IncentivePolicy.DEFAULT_CAP, Set.copyOf(IncentivePolicy.DEFAULT_POSITIONS),
                Set.copyOf(IncentivePolicy.DEFAULT_PAY_BANDS), IncentivePolicy.DEFAULT_CPE_HOURS,
                IncentivePolicy.DEFAULT_TIA_POINTS, IncentivePolicy.DEFAULT_TIA_MAX, "District defaults");
    }
}
