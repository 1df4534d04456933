package org.pathways.incentives.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;

/** One version of the incentive policy of a school year. Versions are appended, never edited. */
public record IncentivePolicy(
        long id,
        SchoolYear schoolYear,
        int version,
        LocalDate startsOn,
        Money stipendAmount,
        int stipendCap,
        Set<String> eligiblePositions,
        Set<Integer> eligiblePayBands,
        BigDecimal cpeHoursDefault,
        BigDecimal tiaPointsPerCredential,
        BigDecimal tiaMaxSharePercent,
        String note,
        String createdBy,
        Instant createdAt) {

    static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);
    static final List<String> DEFAULT_POSITIONS = List.of("Teacher");
    static final List<Integer> DEFAULT_PAY_BANDS = List.of(5, 6);
    static final Money DEFAULT_AMOUNT = Money.usd(200);
    static final int DEFAULT_CAP = 8;
    static final BigDecimal DEFAULT_CPE_HOURS = new BigDecimal("15");
    static final BigDecimal DEFAULT_TIA_POINTS = new BigDecimal("5");
    static final BigDecimal DEFAULT_TIA_MAX = new BigDecimal("40");

    public IncentivePolicy {
        eligiblePositions = Set.copyOf(eligiblePositions);
        eligiblePayBands = Set.copyOf(eligiblePayBands);
    }

    /** Eligible for stipends: one of the policy's positions, or one of its pay bands. */
    public boolean isEligible(String position, int payBand) {
        return eligiblePositions.stream().anyMatch(p -> p.equalsIgnoreCase(position))
                || eligiblePayBands.contains(payBand);
    }

    public String createdAtText() {
        return TIMESTAMP.format(createdAt);
    }

    public MonthDay start() {
        return MonthDay.from(startsOn);
    }

    public List<String> sortedPositions() {
        return eligiblePositions.stream().sorted().toList();
    }

    public List<Integer> sortedPayBands() {
        return eligiblePayBands.stream().sorted().toList();
    }
}
