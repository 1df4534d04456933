package org.pathways.incentives.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathways.shared.AuditTrail;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incentive policy of each school year. A year without a stored policy gets the district's
 * defaults as version 1 the first time a decision needs it, so every decision names a stored version.
 */
@Service
public class Policies {

    static final String SYSTEM = "system";

    private static final String COLUMNS = """
            id, school_year, version, starts_on, stipend_amount, stipend_cap, eligible_positions,
            eligible_pay_bands, cpe_hours_default, tia_points_per_credential, tia_max_share_percent, note,
            created_by, created_at""";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    Policies(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The newest version for the year, storing the defaults first if the year has none. */
    @Transactional
    public IncentivePolicy current(SchoolYear year) {
        return latest(year).orElseGet(() -> {
            insert(PolicyChange.defaults(year), 1, SYSTEM, true);
            return latest(year).orElseThrow();
        });
    }

    /** The newest stored version, or the defaults (not stored, id 0) for a year nobody has used yet. */
    @Transactional(readOnly = true)
    public IncentivePolicy latestOrDefaults(SchoolYear year) {
        return latest(year).orElseGet(() -> {
            PolicyChange d = PolicyChange.defaults(year);
            return new IncentivePolicy(0, year, 0, d.startsOn(), d.stipendAmount(), d.stipendCap(),
                    d.eligiblePositions(), d.eligiblePayBands(), d.cpeHoursDefault(), d.tiaPointsPerCredential(),
                    d.tiaMaxSharePercent(), d.note(), SYSTEM, java.time.Instant.EPOCH);
        });
    }

    /** The school year a date falls in, by that year's policy start (1 August without a policy). */
    @Transactional(readOnly = true)
    public SchoolYear schoolYearOf(LocalDate date) {
        SchoolYear startingThisCalendarYear = new SchoolYear(date.getYear());
        MonthDay start = latest(startingThisCalendarYear).map(IncentivePolicy::start).orElse(SchoolYear.DEFAULT_START);
        return SchoolYear.containing(date, start);
    }

    @Transactional(readOnly = true)
    public List<IncentivePolicy> versions(SchoolYear year) {
        return jdbc.query("select " + COLUMNS + " from incentive_policy where school_year = ? order by version desc",
                MAPPER, year.toString());
    }

    @Transactional(readOnly = true)
    public Optional<IncentivePolicy> version(long policyId) {
        return jdbc.query("select " + COLUMNS + " from incentive_policy where id = ?", MAPPER, policyId)
                .stream().findFirst();
    }

    /**
     * Appends a version on top of {@code basedOnVersion}. If someone else added a version since that
     * one was read, nothing is stored and {@link ConcurrentPolicyChangeException} says so.
     */
    @Transactional
    public IncentivePolicy change(PolicyChange change, int basedOnVersion, String actor) {
        int current = latest(change.schoolYear()).map(IncentivePolicy::version).orElse(0);
        if (current != basedOnVersion) {
            throw new ConcurrentPolicyChangeException(change.schoolYear(), current);
        }
        try {
            insert(change, basedOnVersion + 1, actor, false);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentPolicyChangeException(change.schoolYear(), basedOnVersion + 1);
        }
        IncentivePolicy stored = latest(change.schoolYear()).orElseThrow();
        audit.record(actor, "INCENTIVE_POLICY_CHANGED", "incentive_policy", change.schoolYear() + " v" + stored.version(),
                describe(stored));
        return stored;
    }

    private void insert(PolicyChange c, int version, String actor, boolean ignoreIfPresent) {
        jdbc.update("""
                insert into incentive_policy (school_year, version, starts_on, stipend_amount, stipend_cap,
                    eligible_positions, eligible_pay_bands, cpe_hours_default, tia_points_per_credential,
                    tia_max_share_percent, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""" + (ignoreIfPresent ? " on conflict do nothing" : ""),
                c.schoolYear().toString(), version, c.startsOn(), c.stipendAmount().amount(), c.stipendCap(),
                c.eligiblePositions().stream().sorted().toArray(String[]::new),
                c.eligiblePayBands().stream().sorted().toArray(Integer[]::new), c.cpeHoursDefault(),
                c.tiaPointsPerCredential(), c.tiaMaxSharePercent(), c.note(), actor);
    }

    private Optional<IncentivePolicy> latest(SchoolYear year) {
        return jdbc.query("select " + COLUMNS + " from incentive_policy where school_year = ? order by version desc"
                + " limit 1", MAPPER, year.toString()).stream().findFirst();
    }

    static String describe(IncentivePolicy p) {
        return "starts " + p.startsOn() + ", " + p.stipendAmount() + " up to " + p.stipendCap() + " a year, eligible "
                + String.join("/", p.sortedPositions()) + " or bands " + p.sortedPayBands() + ", CPE default "
                + p.cpeHoursDefault().stripTrailingZeros().toPlainString() + " h, TIA "
                + p.tiaPointsPerCredential().stripTrailingZeros().toPlainString() + " points each, max "
                + p.tiaMaxSharePercent().stripTrailingZeros().toPlainString() + "%";
    }

    private static final RowMapper<IncentivePolicy> MAPPER = (rs, i) -> new IncentivePolicy(
            rs.getLong("id"), SchoolYear.parse(rs.getString("school_year")), rs.getInt("version"),
            rs.getObject("starts_on", LocalDate.class), new Money(rs.getBigDecimal("stipend_amount")),
            rs.getInt("stipend_cap"), strings(rs, "eligible_positions"), integers(rs, "eligible_pay_bands"),
            rs.getBigDecimal("cpe_hours_default"), rs.getBigDecimal("tia_points_per_credential"),
            rs.getBigDecimal("tia_max_share_percent"), rs.getString("note"), rs.getString("created_by"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());

    private static Set<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return Set.of((String[]) array.getArray());
    }

    private static Set<Integer> integers(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return Arrays.stream((Integer[]) array.getArray()).collect(Collectors.toUnmodifiableSet());
    }
}
