package org.pathways.incentives.domain;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.people.EducatorProfile;
import org.pathways.people.PeopleApi;
import org.pathways.shared.AuditTrail;
import org.pathways.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payroll batches: every approved line not yet paid goes into exactly one batch. The batch's CSV is
 * stored with it, so downloading it again returns the same bytes, and the batch row cannot change.
 */
@Service
public class PayrollBatches {

    static final String[] COLUMNS = {"employee_id", "last_name", "first_name", "campus_code", "position", "pay_band",
            "school_year", "microcredential_code", "earned_on", "amount_usd", "status", "batch_id"};

    /** Key of the transaction-scoped advisory lock that queues exports one behind the other. */
    private static final long EXPORT_LOCK = 0x5041_5952_4f4c_4cL;

    private final JdbcTemplate jdbc;
    private final PeopleApi people;
    private final AuditTrail audit;

    PayrollBatches(JdbcTemplate jdbc, PeopleApi people, AuditTrail audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
    }

    private record ExportLine(long id, long educatorId, String campusCode, String position, int payBand,
                              String schoolYear, String microCredentialCode, LocalDate earnedOn, Money amount,
                              StipendOutcome outcome) {
    }

    /**
     * Exports all approved lines into a new batch, or returns empty when none are waiting. A second
     * export running at the same moment waits for this one and then finds the lines taken: the
     * guarded update below only moves lines that are still APPROVED.
     */
    @Transactional
    public Optional<PayrollBatch> export(String actor) {
        jdbc.query("select pg_advisory_xact_lock(?)", (RowCallbackHandler) rs -> { }, EXPORT_LOCK);
        long batchId = jdbc.queryForObject("select nextval(pg_get_serial_sequence('payroll_batch', 'id'))", Long.class);
        List<ExportLine> lines = jdbc.query("""
                update stipend_line set status = 'EXPORTED', batch_id = ?, row_version = row_version + 1
                where status = 'APPROVED'
                returning id, educator_id, campus_code, position, pay_band, school_year, micro_credential_code,
                          earned_on, amount, outcome""", EXPORT_LINE, batchId);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<ExportLine> ordered = lines.stream().sorted(Comparator.comparingLong(ExportLine::id)).toList();
        byte[] csv = csv(batchId, ordered, people.educatorsById(ordered.stream().map(ExportLine::educatorId).distinct().toList()));
        Money total = ordered.stream().map(ExportLine::amount).reduce(Money.ZERO, Money::plus);
        String sha256 = sha256(csv);
        jdbc.update("""
                insert into payroll_batch (id, created_by, line_count, total_amount, sha256, csv)
                values (?, ?, ?, ?, ?, ?)""", batchId, actor, ordered.size(), total.amount(), sha256, csv);
        audit.record(actor, "PAYROLL_EXPORTED", "payroll_batch", String.valueOf(batchId),
                ordered.size() + " lines, " + total + ", sha256 " + sha256);
        return batch(batchId);
    }

    @Transactional(readOnly = true)
    public Optional<PayrollBatch> batch(long id) {
        return jdbc.query("select id, created_by, created_at, line_count, total_amount, sha256 from payroll_batch"
                + " where id = ?", BATCH, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<PayrollBatch> recent(int limit) {
        return jdbc.query("select id, created_by, created_at, line_count, total_amount, sha256 from payroll_batch"
                + " order by id desc limit ?", BATCH, limit);
    }

    /** The batch's file exactly as it was exported. */
    @Transactional(readOnly = true)
    public Optional<byte[]> csv(long id) {
        return jdbc.query("select csv from payroll_batch where id = ?", (rs, i) -> rs.getBytes(1), id)
                .stream().findFirst();
    }

    /** Approved lines waiting for the next batch, and their total. */
    @Transactional(readOnly = true)
    public Waiting waiting() {
        return jdbc.queryForObject("select count(*), coalesce(sum(amount), 0) from stipend_line where status = 'APPROVED'",
                (rs, i) -> new Waiting(rs.getInt(1), new Money(rs.getBigDecimal(2))));
    }

    public record Waiting(int lines, Money total) {
    }

    private static byte[] csv(long batchId, List<ExportLine> lines, Map<Long, EducatorProfile> educators) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SafeCsv csv = new SafeCsv(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), COLUMNS)) {
            for (ExportLine line : lines) {
                EducatorProfile who = educators.get(line.educatorId());
                csv.row(who == null ? "" : who.employeeId(), who == null ? "" : who.lastName(),
                        who == null ? "" : who.firstName(), line.campusCode(), line.position(), line.payBand(),
                        line.schoolYear(), line.microCredentialCode(), line.earnedOn(), line.amount().amount(),
                        // payroll reads the line's meaning: a stipend to pay or a reversal to claw back
                        line.outcome().name(), batchId);
            }
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final RowMapper<ExportLine> EXPORT_LINE = (rs, i) -> new ExportLine(rs.getLong("id"),
            rs.getLong("educator_id"), rs.getString("campus_code"), rs.getString("position"), rs.getInt("pay_band"),
            rs.getString("school_year"), rs.getString("micro_credential_code"),
            rs.getObject("earned_on", LocalDate.class), new Money(rs.getBigDecimal("amount")),
            StipendOutcome.valueOf(rs.getString("outcome")));

    private static final RowMapper<PayrollBatch> BATCH = (rs, i) -> new PayrollBatch(rs.getLong("id"),
            rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getInt("line_count"), new Money(rs.getBigDecimal("total_amount")), rs.getString("sha256"));
}
