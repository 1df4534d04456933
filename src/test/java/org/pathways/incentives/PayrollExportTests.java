package org.pathways.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathways.incentives.Fixtures.earned;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.pathways.incentives.domain.IncentiveLedger;
import org.pathways.incentives.domain.PayrollBatch;
import org.pathways.incentives.domain.PayrollBatches;
import org.pathways.incentives.domain.StipendApprovals;
import org.pathways.incentives.domain.StipendFilter;
import org.pathways.review.CredentialEarned;
import org.pathways.shared.SchoolYear;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class PayrollExportTests implements PostgresTest {

    @Autowired
    IncentiveLedger ledger;
    @Autowired
    StipendApprovals approvals;
    @Autowired
    PayrollBatches payroll;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBatchFileHasExactlyTheDesignColumnsAndDefusesFormulasInNames() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long educator = fixtures.educator("Teacher", 3, "=HYPERLINK(\"http://x\")", "@Smith, \"Jr\"");
        CredentialEarned earned = earned(educator, LocalDate.of(2029, 9, 14));
        ledger.recordEarned(earned);
        assertThat(approvals.approveAll(new StipendFilter(new SchoolYear(2029), null, "teaching-phonics"),
                "admin@example.org")).isEqualTo(1);

        PayrollBatch batch = payroll.export("admin@example.org").orElseThrow();
        byte[] file = payroll.csv(batch.id()).orElseThrow();
        String text = new String(file, StandardCharsets.UTF_8);

        assertThat(text).startsWith("employee_id,last_name,first_name,campus_code,position,pay_band,school_year,"
                + "microcredential_code,earned_on,amount_usd,status,batch_id\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        CSVRecord row = rows.stream().filter(r -> r.get("school_year").equals("2029-2030")).findFirst().orElseThrow();
        assertThat(row.get("first_name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get("last_name")).isEqualTo("'@Smith, \"Jr\"");
        assertThat(row.get("amount_usd")).isEqualTo("200.00");
        assertThat(row.get("earned_on")).isEqualTo("2029-09-14");
        assertThat(row.get("position")).isEqualTo("Teacher");
        assertThat(row.get("pay_band")).isEqualTo("3");
        assertThat(row.get("status")).isEqualTo("AWARDED");
        assertThat(row.get("batch_id")).isEqualTo(String.valueOf(batch.id()));
        assertThat(batch.lineCount()).isEqualTo(rows.size());
        assertThat(batch.sha256()).isEqualTo(sha256(file));
    }

    @Test
    void aBatchIsStoredOnceAndDownloadsByteIdenticalForever() {
        Fixtures fixtures = new Fixtures(jdbc);
        CredentialEarned earned = earned(fixtures.educator("Teacher", 3), LocalDate.of(2025, 12, 1));
        ledger.recordEarned(earned);
        long lineId = (Long) fixtures.line(earned).get("id");
        approvals.approve(lineId, "admin@example.org");
        PayrollBatch batch = payroll.export("admin@example.org").orElseThrow();

        jdbc.update("update educator set last_name = 'Renamed' where id = ?", earned.educatorId());
        assertThat(payroll.csv(batch.id()).orElseThrow()).isEqualTo(payroll.csv(batch.id()).orElseThrow());
        assertThat(sha256(payroll.csv(batch.id()).orElseThrow())).isEqualTo(batch.sha256());
        assertThat(payroll.export("admin@example.org")).as("nothing left to pay").isEmpty();

        assertThatThrownBy(() -> jdbc.update("update payroll_batch set total_amount = 0 where id = ?", batch.id()))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("update stipend_line set status = 'APPROVED', batch_id = null where id = ?",
                lineId)).hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.update("delete from stipend_line where id = ?", lineId))
                .hasMessageContaining("never deleted");
        assertThat(approvals.approve(lineId, "admin@example.org")).as("an exported line cannot be approved again")
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PAYROLL_EXPORTED'"
                + " and subject_id = ?", Long.class, String.valueOf(batch.id()))).isEqualTo(1);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
