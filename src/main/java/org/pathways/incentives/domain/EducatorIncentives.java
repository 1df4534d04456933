package org.pathways.incentives.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an educator sees of their incentives: CPE hours and transcript, stipends, certificates. */
@Service
public class EducatorIncentives {

    private final JdbcTemplate jdbc;
    private final PeopleApi people;
    private final CatalogApi catalog;
    private final Policies policies;
    private final StipendOverview lines;

    EducatorIncentives(JdbcTemplate jdbc, PeopleApi people, CatalogApi catalog, Policies policies,
                       StipendOverview lines) {
        this.jdbc = jdbc;
        this.people = people;
        this.catalog = catalog;
        this.policies = policies;
        this.lines = lines;
    }

    /** A CPE transcript row: a credit, or the reversal of one (negative hours). */
    public record CpeEntry(long earnedCredentialId, String microCredentialCode, String title, LocalDate on,
                           BigDecimal hours, boolean reversal, String reason) {
    }

    /** An earned micro-credential that still stands, with what its certificate prints. */
    public record Certificate(long earnedCredentialId, long educatorId, String educatorName, String microCredentialCode,
                              String title, LocalDate earnedOn, BigDecimal hours) {
    }

    public record Overview(SchoolYear schoolYear, BigDecimal cpeHoursThisYear, BigDecimal cpeHoursTotal,
                           List<CpeEntry> transcript, List<StipendLineView> stipends, int stipendsThisYear, int cap,
                           Money pending, Money approved, Money paid, List<Certificate> certificates,
                           List<SchoolYear> yearsWithCredits) {
    }

    @Transactional(readOnly = true)
    public Overview overview(long educatorId, SchoolYear year) {
        EducatorProfile me = people.educator(educatorId).orElseThrow();
        BigDecimal total = jdbc.queryForObject("select coalesce(sum(hours), 0) from cpe_credit where educator_id = ?",
                BigDecimal.class, educatorId);
        List<CpeEntry> transcript = transcript(educatorId, year);
        BigDecimal thisYear = transcript.stream().map(CpeEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<StipendLineView> stipends = jdbc.queryForList("""
                select * from stipend_line where educator_id = ? and school_year = ? order by earned_on, id""",
                educatorId, year.toString()).stream().map(r -> lines.view(r, Map.of(educatorId, me))).toList();
        Money pending = sum(stipends, StipendStatus.PENDING);
        Money approved = sum(stipends, StipendStatus.APPROVED);
        Money paid = sum(stipends, StipendStatus.EXPORTED);
        int standing = (int) jdbc.queryForObject("""
                select count(*) from stipend_line where educator_id = ? and school_year = ? and cap_slot is not null""",
                Long.class, educatorId, year.toString()).longValue();
        List<SchoolYear> years = jdbc.queryForList(
                "select distinct school_year from cpe_credit where educator_id = ? order by 1 desc", String.class,
                educatorId).stream().map(SchoolYear::parse).toList();
        return new Overview(year, thisYear, total, transcript, stipends, standing,
                policies.latestOrDefaults(year).stipendCap(), pending, approved, paid, certificates(me), years);
    }

    @Transactional(readOnly = true)
    public List<CpeEntry> transcript(long educatorId, SchoolYear year) {
        return jdbc.query("""
                select earned_credential_id, micro_credential_code, credited_on, hours, kind, reason from cpe_credit
                where educator_id = ? and school_year = ? order by credited_on, id""", (rs, i) -> new CpeEntry(
                rs.getLong(1), rs.getString(2), title(rs.getString(2)), rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4), "REVERSAL".equals(rs.getString(5)), rs.getString(6)),
                educatorId, year.toString());
    }

    /** The certificate of an earned micro-credential, unless it was revoked. */
    @Transactional(readOnly = true)
    public Optional<Certificate> certificate(long earnedCredentialId) {
        return jdbc.queryForList("""
                select c.educator_id, c.micro_credential_code, c.credited_on, c.hours from cpe_credit c
                where c.earned_credential_id = ? and c.kind = 'CREDIT' and not exists (select 1 from cpe_credit r
                    where r.earned_credential_id = c.earned_credential_id and r.kind = 'REVERSAL')""",
                earnedCredentialId).stream().findFirst().flatMap(r -> {
                    long educatorId = ((Number) r.get("educator_id")).longValue();
                    String code = (String) r.get("micro_credential_code");
                    return people.educator(educatorId).map(e -> new Certificate(earnedCredentialId, educatorId,
                            e.fullName(), code, title(code), ((Date) r.get("credited_on")).toLocalDate(),
                            (BigDecimal) r.get("hours")));
                });
    }

    private List<Certificate> certificates(EducatorProfile me) {
        return jdbc.query("""
                select c.earned_credential_id, c.micro_credential_code, c.credited_on, c.hours from cpe_credit c
                where c.educator_id = ? and c.kind = 'CREDIT' and not exists (select 1 from cpe_credit r
                    where r.earned_credential_id = c.earned_credential_id and r.kind = 'REVERSAL')
                order by c.credited_on desc, c.id desc""", (rs, i) -> new Certificate(rs.getLong(1), me.id(),
                me.fullName(), rs.getString(2), title(rs.getString(2)), rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4)), me.id());
    }

    private String title(String code) {
        return catalog.microCredential(code).map(MicroCredential::title).orElse(code);
    }

    private static Money sum(List<StipendLineView> lines, StipendStatus status) {
        return lines.stream().filter(l -> l.status() == status).map(StipendLineView::amount)
                .reduce(Money.ZERO, Money::plus);
    }
}
