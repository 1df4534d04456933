package org.pathways.incentives.domain;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.shared.SchoolYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TIA portfolio share per teacher and school year: policy points per earned micro-credential, capped. */
@Service
public class TiaShares {

    static final String[] COLUMNS = {"employee_id", "last_name", "first_name", "campus_code", "school_year",
            "microcredentials_earned", "tia_share_percent"};

    private final JdbcTemplate jdbc;
    private final PeopleApi people;
    private final Policies policies;

    TiaShares(JdbcTemplate jdbc, PeopleApi people, Policies policies) {
        this.jdbc = jdbc;
        this.people = people;
        this.policies = policies;
    }

    public record Share(EducatorProfile teacher, SchoolYear schoolYear, long earned, BigDecimal percent) {
    }

    /** Teachers (current position) with micro-credentials earned in the year and not revoked. */
    @Transactional(readOnly = true)
    public List<Share> shares(SchoolYear year) {
        IncentivePolicy policy = policies.latestOrDefaults(year);
        Map<Long, Long> earned = new LinkedHashMap<>();
        jdbc.query("""
                select c.educator_id, count(*) from cpe_credit c
                where c.school_year = ? and c.kind = 'CREDIT' and not exists (select 1 from cpe_credit r
                    where r.earned_credential_id = c.earned_credential_id and r.kind = 'REVERSAL')
                group by c.educator_id""", rs -> {
            earned.put(rs.getLong(1), rs.getLong(2));
        }, year.toString());
        Map<Long, EducatorProfile> who = people.educatorsById(earned.keySet());
        List<Share> shares = new ArrayList<>();
        earned.forEach((id, count) -> {
            EducatorProfile e = who.get(id);
            if (e != null && "Teacher".equalsIgnoreCase(e.position())) {
                shares.add(new Share(e, year, count, TiaShare.percent(count, policy)));
            }
        });
        shares.sort(Comparator.comparing((Share s) -> s.teacher().campusCode())
                .thenComparing(s -> s.teacher().lastName()).thenComparing(s -> s.teacher().firstName()));
        return shares;
    }

    /** Percent for one educator in a year, e.g. for their own page. */
    @Transactional(readOnly = true)
    public BigDecimal percent(long educatorId, SchoolYear year) {
        Long count = jdbc.queryForObject("""
                select count(*) from cpe_credit c where c.educator_id = ? and c.school_year = ? and c.kind = 'CREDIT'
                and not exists (select 1 from cpe_credit r where r.earned_credential_id = c.earned_credential_id
                    and r.kind = 'REVERSAL')""", Long.class, educatorId, year.toString());
        return TiaShare.percent(count, policies.latestOrDefaults(year));
    }

    public void writeCsv(SchoolYear year, Writer out) {
        try (SafeCsv csv = new SafeCsv(out, COLUMNS)) {
            for (Share s : shares(year)) {
                csv.row(s.teacher().employeeId(), s.teacher().lastName(), s.teacher().firstName(),
                        s.teacher().campusCode(), year.toString(), s.earned(), s.percent().toPlainString());
            }
        }
    }
}
