package org.pathways.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.pathways.portfolio.domain.DuplicateDetector;
import org.pathways.portfolio.domain.TextFingerprint;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Duplicate check on submit against N prior submissions of one micro-credential (default 100,000),
 * on a fresh embedded PostgreSQL with the app's migrations. Prints p50/p95/max of the real
 * {@link DuplicateDetector#bestMatch} and checks that planted near-copies are found.
 *
 * <p>Run with plain java on the test classpath (optional argument: number of prior submissions), as
 * docs/duplicate-detection.md shows. Not a test: timing belongs in docs, not in assertions.
 */
public final class DuplicateCheckBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DuplicateCheckBenchmark.class);

    private static final String CODE = "bench-credential";
    private static final int WORDS = 180;
    private static final int VOCABULARY = 4000;
    private static final int CHECKS = 300;

    private DuplicateCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int prior = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource dataSource = pooled(postgres)) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            ZipfText text = new ZipfText(VOCABULARY, 1.0, 42);
            long loadStart = System.nanoTime();
            load(jdbc, dataSource, prior, text);
            log.info(String.format(Locale.ROOT, "Loaded %,d prior submissions (one written response each) in %.1f s", prior,
                    (System.nanoTime() - loadStart) / 1e9));

            DuplicateDetector detector = new DuplicateDetector(jdbc, 0.9, 0.7);
            jdbc.queryForList("explain analyze select response_id from evidence_text_band where band = any (?)",
                    String.class, (Object) TextFingerprint.of(text.essay(new Random(1001), WORDS)).bands(CODE))
                    .forEach(line -> log.info("  plan: {}", line));
            Random random = new Random(7);
            long[] nanos = new long[CHECKS];
            int found = 0;
            int planted = 0;
            int falseAlarms = 0;
            for (int i = 0; i < CHECKS; i++) {
                boolean copy = i % 3 == 0;
                String body = copy ? rewriteEnd(text.essay(new Random(1001 + random.nextInt(prior)), WORDS),
                        0.05 + random.nextDouble() * 0.25) : text.essay(new Random(-1 - i), WORDS);
                long start = System.nanoTime();
                var match = detector.bestMatch(CODE, -1, TextFingerprint.of(body));
                nanos[i] = System.nanoTime() - start;
                boolean flagged = match.filter(m -> m.similarity() >= 0.7).isPresent();
                if (copy) {
                    planted++;
                    found += flagged ? 1 : 0;
                } else if (flagged) {
                    falseAlarms++;
                }
            }
            Arrays.sort(nanos);
            log.info(String.format(Locale.ROOT, "Duplicate check, %,d prior: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d checks", prior,
                    nanos[CHECKS / 2] / 1e6, nanos[(int) (CHECKS * 0.95)] / 1e6, nanos[CHECKS - 1] / 1e6, CHECKS));
            log.info(String.format(Locale.ROOT, "Planted copies (70-95%% the same) flagged: %d of %d; unrelated texts flagged: %d of %d",
                    found, planted, falseAlarms, CHECKS - planted));
            scanBaseline(jdbc, text);
        }
    }

    /** The alternative without band hashes: read every stored signature of the micro-credential and compare. */
    private static void scanBaseline(JdbcTemplate jdbc, ZipfText text) {
        int runs = 5;
        long[] nanos = new long[runs];
        for (int r = 0; r < runs; r++) {
            int[] signature = TextFingerprint.of(text.essay(new Random(-5000 - r), WORDS)).signature();
            long start = System.nanoTime();
            int[] best = {0};
            jdbc.query("select signature from evidence_text_signature where micro_credential_code = ?", rs -> {
                Integer[] other = (Integer[]) rs.getArray(1).getArray();
                int equal = 0;
                for (int k = 0; k < signature.length; k++) {
                    equal += other[k] == signature[k] ? 1 : 0;
                }
                best[0] = Math.max(best[0], equal);
            }, CODE);
            nanos[r] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        log.info(String.format(Locale.ROOT, "Baseline, scanning all signatures: median %.0f ms over %d checks", nanos[runs / 2] / 1e6,
                runs));
    }

    /** Prior submissions with their responses and signatures, bulk-loaded with COPY. */
    /** Pooled like the app's, so a check is not charged for opening a database connection. */
    private static HikariDataSource pooled(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static void load(JdbcTemplate jdbc, DataSource dataSource, int prior, ZipfText text)
            throws SQLException, IOException {
        jdbc.update("insert into campus (code, name) values ('B-1', 'Benchmark campus')");
        jdbc.update("""
                insert into educator (employee_id, first_name, last_name, email, campus_id, position, pay_band, hire_date)
                select 'B' || g, 'First', 'Last', 'b' || g || '@example.org', (select id from campus), 'Teacher', 2,
                       date '2020-08-01' from generate_series(1, ?) g""", prior);
        jdbc.update("insert into micro_credential (code, title, status) values (?, 'Benchmark', 'PUBLISHED')", CODE);
        jdbc.update("""
                insert into micro_credential_version (micro_credential_id, number, competency, key_method, cpe_hours,
                                                      passing_score) select id, 1, 'c', 'k', 15, 3 from micro_credential""");
        long firstEducator = jdbc.queryForObject("select min(id) from educator", Long.class);
        long versionId = jdbc.queryForObject("select id from micro_credential_version", Long.class);
        StringBuilder submissions = new StringBuilder();
        StringBuilder responses = new StringBuilder();
        StringBuilder signatures = new StringBuilder();
        StringBuilder bands = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 1; i <= prior; i++) {
                submissions.append(i).append(',').append(firstEducator + i - 1).append(',').append(CODE)
                        .append(',').append(versionId).append(",1,1,SUBMITTED\n");
                String body = text.essay(new Random(1000 + i), WORDS);
                TextFingerprint fingerprint = TextFingerprint.of(body);
                responses.append(i).append(',').append(i).append(",1,\"").append(body).append("\"\n");
                signatures.append(i).append(',').append(i).append(',').append(CODE).append(',')
                        .append(fingerprint.shingleCount()).append(",\"").append(array(fingerprint.signature()))
                        .append("\"\n");
                for (long band : Arrays.stream(fingerprint.bands(CODE)).distinct().toArray()) {
                    bands.append(band).append(',').append(i).append('\n');
                }
                if (i % 10_000 == 0 || i == prior) {
                    copy.copyIn("copy submission (id, educator_id, micro_credential_code, micro_credential_version_id, "
                            + "micro_credential_version, attempt, status) from stdin (format csv)",
                            new StringReader(submissions.toString()));
                    copy.copyIn("copy evidence_response (id, submission_id, part_position, body) from stdin (format csv)",
                            new StringReader(responses.toString()));
                    copy.copyIn("copy evidence_text_signature (response_id, submission_id, micro_credential_code, "
                            + "shingle_count, signature) from stdin (format csv)",
                            new StringReader(signatures.toString()));
                    copy.copyIn("copy evidence_text_band (band, response_id) from stdin (format csv)",
                            new StringReader(bands.toString()));
                    submissions.setLength(0);
                    responses.setLength(0);
                    signatures.setLength(0);
                    bands.setLength(0);
                }
            }
        }
        jdbc.update("update submission set submitted_at = now()");
        jdbc.queryForObject("select setval('submission_id_seq', (select max(id) from submission))", Long.class);
        jdbc.queryForObject("select setval('evidence_response_id_seq', (select max(id) from evidence_response))",
                Long.class);
        jdbc.execute("vacuum analyze");
    }

    private static String array(int[] values) {
        return Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static String array(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static String rewriteEnd(String body, double share) {
        String[] words = body.split(" ");
        int from = words.length - (int) Math.round(words.length * share);
        for (int i = from; i < words.length; i++) {
            words[i] = "rewritten" + i;
        }
        return String.join(" ", words);
    }

    /** Text whose word frequencies follow Zipf's law, like natural language: common words and phrases recur. */
    private static final class ZipfText {

        private final double[] cumulative;

        ZipfText(int vocabulary, double exponent, long seed) {
            cumulative = new double[vocabulary];
            double sum = 0;
            for (int rank = 1; rank <= vocabulary; rank++) {
                sum += 1 / Math.pow(rank, exponent);
                cumulative[rank - 1] = sum;
            }
            for (int i = 0; i < vocabulary; i++) {
                cumulative[i] /= sum;
            }
        }

        String essay(Random random, int words) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < words; i++) {
                int index = Arrays.binarySearch(cumulative, random.nextDouble());
                text.append(i == 0 ? "" : " ").append('w').append(index < 0 ? -index - 1 : index);
            }
            return text.toString();
        }
    }
}
