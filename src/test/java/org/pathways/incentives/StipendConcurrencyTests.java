package org.pathways.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.incentives.Fixtures.earned;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.incentives.domain.IncentiveLedger;
import org.pathways.incentives.domain.PayrollBatch;
import org.pathways.incentives.domain.PayrollBatches;
import org.pathways.incentives.domain.StipendApprovals;
import org.pathways.review.CredentialEarned;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Real threads against PostgreSQL: the cap and exactly-once export hold when decisions collide. */
@DemoDistrictTest
class StipendConcurrencyTests implements PostgresTest {

    static final int ROUNDS = 15;

    @Autowired
    IncentiveLedger ledger;
    @Autowired
    StipendApprovals approvals;
    @Autowired
    PayrollBatches payroll;
    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc);
        threads = Executors.newFixedThreadPool(20);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    @Test
    void theCapHoldsWhenTwentyDecisionsForOneEducatorLandAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long teacher = fixtures.educator("Teacher", 2);
            List<CredentialEarned> events = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                events.add(earned(teacher, LocalDate.of(2025, 9, 1).plusDays(i)));
            }
            runTogether(events.stream().<Callable<Object>>map(e -> () -> {
                ledger.recordEarned(e);
                return null;
            }).toList());

            Map<String, Object> outcome = jdbc.queryForMap("""
                    select count(*) filter (where outcome = 'AWARDED') awarded,
                           count(*) filter (where outcome = 'OVER_CAP') over_cap,
                           count(distinct cap_slot) slots, max(cap_slot) top_slot, sum(amount) total
                    from stipend_line where educator_id = ?""", teacher);
            assertThat(outcome).as("round %d", round).containsEntry("awarded", 8L).containsEntry("over_cap", 12L)
                    .containsEntry("slots", 8L).containsEntry("top_slot", 8);
            assertThat((java.math.BigDecimal) outcome.get("total")).isEqualByComparingTo("1600");
        }
    }

    @Test
    void theSameEventArrivingTwiceAtOnceIsDecidedOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            CredentialEarned earned = earned(fixtures.educator("Teacher", 2), LocalDate.of(2025, 9, 1));
            List<Callable<Object>> same = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                same.add(() -> {
                    ledger.recordEarned(earned);
                    return null;
                });
            }
            runTogether(same);
            assertThat(jdbc.queryForObject("select count(*) from stipend_line where earned_credential_id = ?",
                    Long.class, earned.earnedCredentialId())).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from cpe_credit where earned_credential_id = ?",
                    Long.class, earned.earnedCredentialId())).isEqualTo(1);
        }
    }

    @Test
    void adminsExportingAtTheSameMomentNeverPayALineTwice() throws Exception {
        for (int round = 0; round < 10; round++) {
            List<String> employees = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long teacher = fixtures.educator("Teacher", 3);
                employees.add(jdbc.queryForObject("select employee_id from educator where id = ?", String.class, teacher));
                CredentialEarned earned = earned(teacher, LocalDate.of(2025, 10, 1));
                ledger.recordEarned(earned);
                approvals.approve((Long) fixtures.line(earned).get("id"), "admin@example.org");
            }
            List<Callable<Optional<PayrollBatch>>> exports = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String admin = "admin" + i + "@example.org";
                exports.add(() -> payroll.export(admin));
            }
            List<PayrollBatch> batches = runTogether(exports).stream().flatMap(Optional::stream).toList();

            List<CSVRecord> paid = new ArrayList<>();
            for (PayrollBatch batch : batches) {
                paid.addAll(records(payroll.csv(batch.id()).orElseThrow()));
            }
            for (String employee : employees) {
                assertThat(paid.stream().filter(r -> r.get("employee_id").equals(employee)))
                        .as("round %d: %s paid once", round, employee).hasSize(1);
            }
            int linesInBatches = batches.stream().mapToInt(PayrollBatch::lineCount).sum();
            assertThat(paid).hasSize(linesInBatches);
            assertThat(jdbc.queryForObject("select count(*) from stipend_line where status = 'APPROVED'", Long.class))
                    .isZero();
        }
    }

    private <T> List<T> runTogether(List<? extends Callable<T>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        ready.await();
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    static List<CSVRecord> records(byte[] csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }
}
