package org.pathways.incentives.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.shared.AuditTrail;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The central office's view of a school year's stipends: budget, commitments, the cap, waiting lines. */
@Service
public class StipendOverview {

    static final int WAITING_SHOWN = 200;

    private final JdbcTemplate jdbc;
    private final PeopleApi people;
    private final CatalogApi catalog;
    private final Policies policies;
    private final AuditTrail audit;

    StipendOverview(JdbcTemplate jdbc, PeopleApi people, CatalogApi catalog, Policies policies, AuditTrail audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.catalog = catalog;
        this.policies = policies;
        this.audit = audit;
    }

    public record Totals(int pendingLines, Money pending, int approvedLines, Money approved, int exportedLines,
                         Money exported, int unpaidLines, int reversedLines) {

        /** Money promised for the year: waiting, approved and paid, net of reversals. */
        public Money committed() {
            return pending.plus(approved).plus(exported);
        }
    }

    public record EducatorAtCap(long educatorId, String name, String campusCode, int stipends) {
    }

    public record Summary(SchoolYear schoolYear, Optional<Money> budget, Totals totals, int cap,
                          List<EducatorAtCap> atCap, List<StipendLineView> waiting, int waitingTotal) {

        public Optional<Money> remaining() {
            return budget.map(b -> b.minus(totals.committed()));
        }
    }

    @Transactional(readOnly = true)
    public Summary summary(StipendFilter filter) {
        String year = filter.schoolYear().toString();
        Totals totals = jdbc.queryForObject("""
                select count(*) filter (where status = 'PENDING'), coalesce(sum(amount) filter (where status = 'PENDING'), 0),
                       count(*) filter (where status = 'APPROVED'), coalesce(sum(amount) filter (where status = 'APPROVED'), 0),
                       count(*) filter (where status = 'EXPORTED'), coalesce(sum(amount) filter (where status = 'EXPORTED'), 0),
                       count(*) filter (where status = 'UNPAID'), count(*) filter (where status = 'REVERSED')
                from stipend_line where school_year = ?""", (rs, i) -> new Totals(rs.getInt(1),
                new Money(rs.getBigDecimal(2)), rs.getInt(3), new Money(rs.getBigDecimal(4)), rs.getInt(5),
                new Money(rs.getBigDecimal(6)), rs.getInt(7), rs.getInt(8)), year);
        Optional<Money> budget = jdbc.query("select amount from incentive_budget where school_year = ?",
                (rs, i) -> new Money(rs.getBigDecimal(1)), year).stream().findFirst();
        int cap = policies.latestOrDefaults(filter.schoolYear()).stipendCap();
        List<Map<String, Object>> capRows = jdbc.queryForList("""
                select educator_id, min(campus_code) campus_code, count(*) stipends from stipend_line
                where school_year = ? and cap_slot is not null group by educator_id
                having count(*) >= ? order by educator_id limit 100""", year, Math.max(cap, 1));
        List<Map<String, Object>> waitingRows = jdbc.queryForList("""
                select * from stipend_line where school_year = ? and status = 'PENDING'
                  and (cast(? as varchar) is null or campus_code = ?)
                  and (cast(? as varchar) is null or micro_credential_code = ?)
                order by earned_on, id limit ?""", year, filter.campusCode(), filter.campusCode(),
                filter.microCredentialCode(), filter.microCredentialCode(), WAITING_SHOWN);
        Integer waitingTotal = jdbc.queryForObject("""
                select count(*) from stipend_line where school_year = ? and status = 'PENDING'
                  and (cast(? as varchar) is null or campus_code = ?)
                  and (cast(? as varchar) is null or micro_credential_code = ?)""", Integer.class, year,
                filter.campusCode(), filter.campusCode(), filter.microCredentialCode(), filter.microCredentialCode());

        List<Long> ids = new ArrayList<>();
        capRows.forEach(r -> ids.add(((Number) r.get("educator_id")).longValue()));
        waitingRows.forEach(r -> ids.add(((Number) r.get("educator_id")).longValue()));
        Map<Long, EducatorProfile> who = people.educatorsById(ids.stream().distinct().toList());
        List<EducatorAtCap> atCap = capRows.stream().map(r -> {
            long id = ((Number) r.get("educator_id")).longValue();
            return new EducatorAtCap(id, name(who.get(id)), (String) r.get("campus_code"),
                    ((Number) r.get("stipends")).intValue());
        }).toList();
        List<StipendLineView> waiting = waitingRows.stream().map(r -> view(r, who)).toList();
        return new Summary(filter.schoolYear(), budget, totals, cap, atCap, waiting, waitingTotal);
    }

    /** Records the stipend budget the central office has for the year. */
    @Transactional
    public void setBudget(SchoolYear year, Money amount, String actor) {
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException("the budget cannot be negative");
        }
        jdbc.update("""
                insert into incentive_budget (school_year, amount, updated_by) values (?, ?, ?)
                on conflict (school_year) do update set amount = excluded.amount, updated_by = excluded.updated_by,
                    updated_at = now()""", year.toString(), amount.amount(), actor);
        audit.record(actor, "STIPEND_BUDGET_SET", "incentive_budget", year.toString(), amount.toString());
    }

    /** Campuses that have stipend lines in the year, for the filter. */
    @Transactional(readOnly = true)
    public List<String> campuses(SchoolYear year) {
        return jdbc.queryForList("select distinct campus_code from stipend_line where school_year = ? order by 1",
                String.class, year.toString());
    }

    StipendLineView view(Map<String, Object> r, Map<Long, EducatorProfile> who) {
        long educatorId = ((Number) r.get("educator_id")).longValue();
        EducatorProfile e = who.get(educatorId);
        String code = (String) r.get("micro_credential_code");
        Object batch = r.get("batch_id");
        return new StipendLineView(((Number) r.get("id")).longValue(),
                ((Number) r.get("earned_credential_id")).longValue(), educatorId, name(e),
                e == null ? "" : e.employeeId(), (String) r.get("campus_code"), (String) r.get("school_year"), code,
                catalog.microCredential(code).map(MicroCredential::title).orElse(code),
                ((java.sql.Date) r.get("earned_on")).toLocalDate(), new Money((BigDecimal) r.get("amount")),
                StipendOutcome.valueOf((String) r.get("outcome")), StipendStatus.valueOf((String) r.get("status")),
                batch == null ? null : ((Number) batch).longValue(), (String) r.get("reversed_reason"));
    }

    private static String name(EducatorProfile e) {
        return e == null ? "(not on the roster)" : e.lastName() + ", " + e.firstName();
    }
}
