package org.pathways.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pathways.shared.SchoolYear;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the district or state data set of DESIGN section 6 to a migrated Pathways database with
 * COPY (on top of whatever is there, e.g. the demo district): campuses, educators, and five submissions each in the running school year, with review
 * decisions, earned credentials, CPE credits and stipend lines for the ones earned. Rows carry
 * explicit ids and the sequences are moved past them afterwards. Each educator also gets what their
 * dashboard reads (the pathways projections of earned and in-progress work, one endorsement on the
 * dashboard) and an account with the demo password, so the load driver can sign in as any of them.
 */
final class DataSetGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataSetGenerator.class);
    private static final int FLUSH_CHARS = 8 << 20;

    record Size(String name, int campuses, int educators, int submissionsPerEducator) {

        static Size of(String name) {
            return switch (name) {
                case "district" -> new Size(name, 60, 4_000, 5);
                case "state" -> new Size(name, 1_200, 400_000, 5);
                default -> throw new IllegalArgumentException("benchmark.generate is district or state, not " + name);
            };
        }
    }

    private record Version(String code, long id, int number) {
    }

    private final Connection connection;
    private final CopyManager copy;
    private final Random random = new Random(42);
    private final LocalDate today = LocalDate.now();
    private final SchoolYear year = SchoolYear.containing(today);

    private DataSetGenerator(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    static void generate(String jdbcUrl, Size size) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            long start = System.nanoTime();
            loadQuickly(connection);
            new DataSetGenerator(connection).fill(size);
            log.info("{} data set ready in {} s", size.name(), (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    /**
     * The generated rows are consistent by construction, so this session skips the per-row foreign key
     * checks and triggers (which take most of a COPY's time) and does not wait for each commit's flush.
     * Skipping the checks needs a superuser, as the embedded database's user is; elsewhere they run.
     */
    private static void loadQuickly(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("set synchronous_commit = off");
            try {
                st.execute("set session_replication_role = replica");
            } catch (SQLException e) {
                log.info("foreign keys and triggers stay checked during the load: {}", e.getMessage());
            }
        }
    }

    private void fill(Size size) throws SQLException, IOException {
        int newCampuses = size.campuses();
        int newEducators = size.educators();
        long campusId = count("select coalesce(max(id), 0) from campus") + 1;
        long educatorId = count("select coalesce(max(id), 0) from educator") + 1;
        List<Version> versions = versions();
        List<String> endorsements = openEndorsements();
        long policyId = policy();
        int cap = (int) count("select stipend_cap from incentive_policy where id = " + policyId);

        StringBuilder campuses = new StringBuilder();
        for (int i = 0; i < newCampuses; i++) {
            campuses.append(campusId + i).append(",BENCH-").append(campusId + i).append(",Campus ")
                    .append(campusId + i).append(",Benchmark,SCHOOL\n");
        }
        copyIn("copy campus (id, code, name, city, kind) from stdin (format csv)", campuses);
        List<Long> campusIds = new ArrayList<>();
        List<String> campusCodes = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "select id, code from campus where id >= " + campusId + " order by id")) {
            while (rs.next()) {
                campusIds.add(rs.getLong(1));
                campusCodes.add(rs.getString(2));
            }
        }
        log.info("{} campuses added, generating {} educators", newCampuses, newEducators);

        long submissionId = count("select coalesce(max(id), 0) from submission") + 1;
        long decisionId = count("select coalesce(max(id), 0) from review_decision") + 1;
        long earnedId = count("select coalesce(max(id), 0) from earned_credential") + 1;
        Batch batch = new Batch();
        StringBuilder educators = batch.educators;
        StringBuilder submissions = batch.submissions;
        StringBuilder decisions = batch.decisions;
        StringBuilder earned = batch.earned;
        StringBuilder cpe = batch.cpe;
        StringBuilder stipends = batch.stipends;
        StringBuilder dashboards = batch.dashboards;
        StringBuilder earnedProjection = batch.earnedProjection;
        StringBuilder inProgress = batch.inProgress;
        // One thread copies a batch in while the next one is built.
        ExecutorService copier = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "copy-in");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> copying = CompletableFuture.completedFuture(null);
        int yearDays = (int) Math.max(30, today.toEpochDay() - year.firstDay(SchoolYear.DEFAULT_START).toEpochDay());
        long firstReviewer = educatorId;
        for (int n = 0; n < newEducators; n++) {
            long id = educatorId + n;
            int campus = n % campusIds.size();
            int roll = random.nextInt(100);
            String position = roll < 85 ? "Teacher" : roll < 90 ? "Instructional Coach" : roll < 95 ? "Counselor"
                    : "Coordinator";
            int band = position.equals("Teacher") ? 1 + random.nextInt(4) : 4 + random.nextInt(3);
            educators.append(id).append(",B").append(id).append(",Bench,Educator ").append(id).append(",bench.")
                    .append(id).append("@example.net,").append(campusIds.get(campus)).append(',').append(position)
                    .append(',').append(band).append(',').append(LocalDate.of(1995 + random.nextInt(30), 8, 1))
                    .append('\n');
            dashboards.append(id).append(',').append(endorsements.get(random.nextInt(endorsements.size()))).append('\n');
            int first = random.nextInt(versions.size());
            int awards = 0;
            for (int k = 0; k < size.submissionsPerEducator(); k++) {
                Version v = versions.get((first + k * 7) % versions.size());
                int s = random.nextInt(100);
                String status = s < 55 ? "EARNED" : s < 70 ? "NEEDS_REVISION" : s < 80 ? "SUBMITTED"
                        : s < 85 ? "IN_REVIEW" : "DRAFT";
                LocalDateTime created = year.firstDay(SchoolYear.DEFAULT_START).atTime(8, 0)
                        .plusDays(random.nextInt(yearDays)).plusMinutes(random.nextInt(600));
                LocalDateTime submitted = status.equals("DRAFT") ? null : created.plusDays(1 + random.nextInt(10));
                boolean decided = status.equals("EARNED") || status.equals("NEEDS_REVISION");
                LocalDateTime decidedAt = decided ? submitted.plusDays(1 + random.nextInt(20)) : null;
                submissions.append(submissionId).append(',').append(id).append(',').append(v.code()).append(',')
                        .append(v.id()).append(',').append(v.number()).append(",1,").append(status).append(',')
                        .append(created).append(',').append(created).append(',').append(nullable(submitted))
                        .append(',').append(nullable(decidedAt)).append('\n');
                if (!status.equals("DRAFT") && !status.equals("EARNED")) {
                    boolean returned = status.equals("NEEDS_REVISION");
                    inProgress.append(id).append(',').append(v.code()).append(',').append(submissionId).append(",1,")
                            .append(returned ? "RETURNED" : "SUBMITTED").append(',')
                            .append(returned ? decidedAt : submitted).append('\n');
                }
                if (decided) {
                    long reviewer = firstReviewer + random.nextInt(Math.max(1, Math.min(newEducators, 500)));
                    decisions.append(decisionId++).append(',').append(submissionId).append(',').append(reviewer)
                            .append(',').append(status).append(',').append(decidedAt).append('\n');
                }
                if (status.equals("EARNED")) {
                    LocalDate on = decidedAt.toLocalDate();
                    earned.append(earnedId).append(',').append(submissionId).append(',').append(id).append(',')
                            .append(v.code()).append(',').append(v.number()).append(',').append(on).append(",15\n");
                    earnedProjection.append(earnedId).append(',').append(id).append(',').append(v.code()).append(',')
                            .append(on).append('\n');
                    cpe.append(earnedId).append(',').append(id).append(',').append(v.code()).append(',')
                            .append(v.number()).append(',').append(year).append(',').append(on).append(",15,CREDIT\n");
                    boolean eligible = position.equals("Teacher") && band <= 4;
                    boolean award = eligible && awards < cap;
                    String outcome = award ? "AWARDED" : eligible ? "OVER_CAP" : "NOT_ELIGIBLE";
                    String lineStatus = !award ? "UNPAID" : random.nextBoolean() ? "PENDING" : "APPROVED";
                    stipends.append(earnedId).append(',').append(id).append(',').append(year).append(',')
                            .append(v.code()).append(',').append(on).append(',').append(award ? "1000.00" : "0.00")
                            .append(',').append(outcome).append(',').append(lineStatus).append(',').append(position)
                            .append(',').append(band).append(',').append(campusCodes.get(campus)).append(',')
                            .append(policyId).append(',').append(award ? String.valueOf(++awards) : "").append(',')
                            .append(cap).append(',').append(lineStatus.equals("APPROVED") ? "admin@example.org" : "")
                            .append(',').append(lineStatus.equals("APPROVED") ? on.atTime(12, 0) : "").append('\n');
                    earnedId++;
                }
                submissionId++;
            }
            if (submissions.length() > FLUSH_CHARS || n == newEducators - 1) {
                awaitCopy(copying);
                Batch full = batch;
                int written = n + 1;
                copying = copier.submit(() -> {
                    copyIn(full);
                    log.info("{} of {} educators written", written, newEducators);
                    return null;
                });
                batch = new Batch();
                educators = batch.educators;
                submissions = batch.submissions;
                decisions = batch.decisions;
                earned = batch.earned;
                cpe = batch.cpe;
                stipends = batch.stipends;
                dashboards = batch.dashboards;
                earnedProjection = batch.earnedProjection;
                inProgress = batch.inProgress;
            }
        }
        awaitCopy(copying);
        copier.shutdown();
        try (Statement st = connection.createStatement()) {
            st.execute("""
                    insert into account (educator_id, password_hash)
                    select e.id, (select a.password_hash from account a join educator t on t.id = a.educator_id
                                  where t.email = 'teacher@example.org')
                    from educator e where e.id >= %d""".formatted(educatorId));
            st.execute("insert into account_role (educator_id, role) select id, 'EDUCATOR' from educator where id >= "
                    + educatorId);
            for (String table : List.of("campus", "educator", "submission", "review_decision", "earned_credential")) {
                st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select coalesce(max(id), 1) from " + table + "))");
            }
            st.execute("analyze");
            // COPY bypasses the events and the scheduled check; the report figures are rebuilt at once.
            long start = System.nanoTime();
            st.execute("select reporting_refresh_figures(false)");
            log.info("report figures refreshed in {} s", (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    /** Rows of each table for a slice of educators, as COPY CSV. */
    private static final class Batch {
        final StringBuilder educators = new StringBuilder();
        final StringBuilder submissions = new StringBuilder();
        final StringBuilder decisions = new StringBuilder();
        final StringBuilder earned = new StringBuilder();
        final StringBuilder cpe = new StringBuilder();
        final StringBuilder stipends = new StringBuilder();
        final StringBuilder dashboards = new StringBuilder();
        final StringBuilder earnedProjection = new StringBuilder();
        final StringBuilder inProgress = new StringBuilder();
    }

    private void copyIn(Batch batch) throws SQLException, IOException {
        copyIn("copy educator (id, employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)"
                + " from stdin (format csv)", batch.educators);
        copyIn("copy submission (id, educator_id, micro_credential_code, micro_credential_version_id,"
                + " micro_credential_version, attempt, status, created_at, updated_at, submitted_at, decided_at)"
                + " from stdin (format csv)", batch.submissions);
        copyIn("copy review_decision (id, submission_id, reviewer_id, outcome, decided_at) from stdin (format csv)",
                batch.decisions);
        copyIn("copy earned_credential (id, submission_id, educator_id, micro_credential_code,"
                + " micro_credential_version, earned_on, cpe_hours) from stdin (format csv)", batch.earned);
        copyIn("copy cpe_credit (earned_credential_id, educator_id, micro_credential_code, micro_credential_version,"
                + " school_year, credited_on, hours, kind) from stdin (format csv)", batch.cpe);
        copyIn("copy stipend_line (earned_credential_id, educator_id, school_year, micro_credential_code, earned_on,"
                + " amount, outcome, status, position, pay_band, campus_code, policy_id, cap_slot, cap, approved_by,"
                + " approved_at) from stdin (format csv)", batch.stipends);
        copyIn("copy pathways_enrollment (educator_id, endorsement_code) from stdin (format csv)", batch.dashboards);
        copyIn("copy pathways_earned_credential (earned_credential_id, educator_id, micro_credential_code,"
                + " earned_on) from stdin (format csv)", batch.earnedProjection);
        copyIn("copy pathways_in_progress (educator_id, micro_credential_code, submission_id, attempt, state,"
                + " updated_at) from stdin (format csv)", batch.inProgress);
    }

    private static void awaitCopy(Future<?> copying) throws SQLException, IOException {
        try {
            copying.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void copyIn(String sql, StringBuilder rows) throws SQLException, IOException {
        if (!rows.isEmpty()) {
            copy.copyIn(sql, new StringReader(rows.toString()));
            rows.setLength(0);
        }
    }

    private static String nullable(Object value) {
        return value == null ? "" : value.toString();
    }

    private List<Version> versions() throws SQLException {
        List<Version> versions = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("""
                select distinct on (m.code) m.code, v.id, v.number
                from micro_credential m join micro_credential_version v on v.micro_credential_id = m.id
                order by m.code, v.number desc""")) {
            while (rs.next()) {
                versions.add(new Version(rs.getString(1), rs.getLong(2), rs.getInt(3)));
            }
        }
        if (versions.size() < 5) {
            throw new IllegalStateException("Import the catalog first (start the app once)");
        }
        return versions;
    }

    /** Open endorsements anyone may put on their dashboard. */
    private List<String> openEndorsements() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "select code from endorsement where status = 'OPEN' and access = 'ALL_ACCESS' order by code")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** The newest incentive policy of the running school year; stored with the district defaults if none. */
    private long policy() throws SQLException {
        long existing = count("select coalesce(max(id), 0) from incentive_policy where school_year = '" + year + "'");
        if (existing > 0) {
            return count("select id from incentive_policy where school_year = '" + year + "' order by version desc limit 1");
        }
        try (Statement st = connection.createStatement()) {
            st.execute("""
                    insert into incentive_policy (school_year, version, starts_on, stipend_amount, stipend_cap,
                        eligible_positions, eligible_pay_bands, cpe_hours_default, tia_points_per_credential,
                        tia_max_share_percent, created_by)
                    values ('%s', 1, date '%s', 1000, 8, array['Teacher'], array[1,2,3,4], 15, 1, 10, 'benchmark')"""
                    .formatted(year, year.firstDay(SchoolYear.DEFAULT_START)));
        }
        return count("select id from incentive_policy where school_year = '" + year + "' order by version desc limit 1");
    }

    private long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
