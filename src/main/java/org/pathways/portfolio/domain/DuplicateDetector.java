package org.pathways.portfolio.domain;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares a submission's evidence with other educators' submitted evidence for the same
 * micro-credential: identical files by SHA-256, written responses by word-shingle similarity.
 * Candidates come from MinHash band hashes (btree on evidence_text_band); the few candidates are then compared exactly.
 * The educator's own earlier attempts never count, nor do drafts and withdrawn attempts.
 */
@Component
public class DuplicateDetector {

    private static final String COUNTED = "('SUBMITTED', 'IN_REVIEW', 'EARNED', 'NEEDS_REVISION', 'REVOKED')";
    /** Candidates whose estimate is this far below the flag threshold are not worth an exact comparison. */
    private static final double ESTIMATE_MARGIN = 0.2;

    private final JdbcTemplate jdbc;
    private final double blockAt;
    private final double flagAt;

    public DuplicateDetector(JdbcTemplate jdbc,
                      @Value("${pathways.portfolio.duplicates.block-at:0.9}") double blockAt,
                      @Value("${pathways.portfolio.duplicates.flag-at:0.7}") double flagAt) {
        this.jdbc = jdbc;
        this.blockAt = blockAt;
        this.flagAt = flagAt;
    }

    DuplicateCheck check(Submission submission, Evidence evidence, IntFunction<String> partTitle) {
        List<String> refusals = new ArrayList<>();
        List<DuplicateCheck.Flag> flags = new ArrayList<>();
        List<DuplicateCheck.Signature> signatures = new ArrayList<>();
        for (Evidence.File file : evidence.files()) {
            Boolean identical = jdbc.queryForObject("""
                    select exists (select 1 from evidence_file f join submission s on s.id = f.submission_id
                    where f.sha256 = ? and s.micro_credential_code = ? and s.educator_id <> ? and s.status in """
                    + COUNTED + ")", Boolean.class, file.sha256(), submission.getMicroCredentialCode(),
                    submission.getEducatorId());
            if (Boolean.TRUE.equals(identical)) {
                refusals.add("The file \u201c" + file.name() + "\u201d in \u201c" + partTitle.apply(file.partPosition())
                        + "\u201d is identical to a file already submitted by another educator for this micro-credential.");
            }
        }
        for (Map.Entry<Integer, Evidence.Response> entry : evidence.responses().entrySet()) {
            Evidence.Response response = entry.getValue();
            if (!TextFingerprint.isComparable(response.body())) {
                continue;
            }
            TextFingerprint fingerprint = TextFingerprint.of(response.body());
            signatures.add(new DuplicateCheck.Signature(response.id(), fingerprint));
            Match best = bestMatch(submission.getMicroCredentialCode(), submission.getEducatorId(), fingerprint)
                    .orElse(null);
            if (best == null || best.similarity() < flagAt) {
                continue;
            }
            int percent = (int) Math.floor(best.similarity() * 100);
            if (best.similarity() >= blockAt) {
                refusals.add("Your written response to \u201c" + partTitle.apply(response.partPosition()) + "\u201d is "
                        + percent + "% the same as a response already submitted by another educator for this "
                        + "micro-credential. Evidence must be your own work.");
            } else {
                flags.add(new DuplicateCheck.Flag(response.partPosition(), "TEXT", best.submissionId(),
                        best.partPosition(), best.similarity()));
            }
        }
        return new DuplicateCheck(refusals, flags, signatures);
    }

    /** Keeps the fingerprints of a submitted attempt so later submissions are compared with it. */
    void remember(Submission submission, List<DuplicateCheck.Signature> signatures) {
        for (DuplicateCheck.Signature s : signatures) {
            int added = jdbc.update("""
                    insert into evidence_text_signature (response_id, submission_id, micro_credential_code, shingle_count,
                                                         signature) values (?, ?, ?, ?, ?)
                    on conflict (response_id) do nothing""",
                    s.responseId(), submission.getId(), submission.getMicroCredentialCode(),
                    s.fingerprint().shingleCount(), s.fingerprint().signature());
            if (added == 1) {
                jdbc.update("""
                        insert into evidence_text_band (band, response_id)
                        select distinct band, ? from unnest(?::bigint[]) band""",
                        s.responseId(), s.fingerprint().bands(submission.getMicroCredentialCode()));
            }
        }
    }

    /** The closest written response found, by submission and evidence part. */
    public record Match(long submissionId, int partPosition, double similarity) {
    }

    private record Candidate(long responseId, long submissionId, int partPosition, int shingleCount, int[] signature) {
    }

    /** The most similar response of other educators' submitted attempts, if any comes near the flag threshold. */
    public Optional<Match> bestMatch(String code, long educatorId, TextFingerprint fingerprint) {
        // The band lookup runs first, on the band's btree; only its few rows are joined.
        List<Candidate> candidates = jdbc.query("""
                with banded as materialized (
                    select distinct t.response_id, t.submission_id, t.shingle_count, t.signature
                    from evidence_text_band b join evidence_text_signature t on t.response_id = b.response_id
                    where b.band = any (?) and t.micro_credential_code = ?)
                select b.response_id, b.submission_id, r.part_position, b.shingle_count, b.signature
                from banded b
                join submission s on s.id = b.submission_id
                join evidence_response r on r.id = b.response_id
                where s.educator_id <> ? and s.status in """ + COUNTED,
                (rs, i) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        ints(rs.getArray(5))),
                fingerprint.bands(code), code, educatorId);
        int[] signature = fingerprint.signature();
        Match best = null;
        for (Candidate c : candidates) {
            double estimate = TextFingerprint.estimatedSimilarity(signature, fingerprint.shingleCount(), c.signature(),
                    c.shingleCount());
            if (estimate < flagAt - ESTIMATE_MARGIN) {
                continue;
            }
            String body = jdbc.queryForObject("select body from evidence_response where id = ?", String.class,
                    c.responseId());
            double similarity = fingerprint.similarity(TextFingerprint.of(body));
            if (best == null || similarity > best.similarity()) {
                best = new Match(c.submissionId(), c.partPosition(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int[] ints(Array array) throws java.sql.SQLException {
        Integer[] values = (Integer[]) array.getArray();
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
