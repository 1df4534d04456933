package org.pathways.review.calibration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.NotAllowedException;
import org.pathways.shared.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewer calibration: admins make submissions anchors by giving master levels, assigned reviewers
 * score the anchors blind, and each reviewer's agreement with the masters is measured. An anchor is
 * only a copy of the judgement: scoring it never changes the submission, publishes nothing and
 * touches no money.
 */
@Service
@Transactional
public class CalibrationService {

    /** Work that has been sent for review; drafts and withdrawn or revoked work make poor anchors. */
    private static final Set<SubmissionStatus> ANCHORABLE = EnumSet.of(SubmissionStatus.SUBMITTED,
            SubmissionStatus.IN_REVIEW, SubmissionStatus.EARNED, SubmissionStatus.NEEDS_REVISION);
    private static final int CANDIDATES = 30;
    private static final int MAX_RATIONALE = 5000;
    /** Each criterion a reviewer scored, beside its master level. */
    private static final String PAIRS = """
            select c.reviewer_id, c.anchor_id, s.score, m.score from review_calibration_scoring c
            join review_calibration_score s on s.scoring_id = c.id
            join review_calibration_master m on m.anchor_id = c.anchor_id and m.criterion_position = s.criterion_position""";

    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final Assignments assignments;
    private final CalibrationPolicy policy;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    CalibrationService(PortfolioApi portfolio, CatalogApi catalog, Assignments assignments, CalibrationPolicy policy,
                       AuditTrail audit, JdbcTemplate jdbc) {
        this.portfolio = portfolio;
        this.catalog = catalog;
        this.assignments = assignments;
        this.policy = policy;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A submission an admin may make an anchor of. */
    public record Candidate(long submissionId, int attempt, SubmissionStatus status, Instant submittedAt) {
    }

    public record Anchor(long id, long submissionId, String microCredentialCode, String microCredentialTitle,
                         int microCredentialVersion, Instant createdAt, String createdBy, int scorings) {
    }

    /** An anchor waiting for (or already scored by) a reviewer. */
    public record Task(long anchorId, String microCredentialTitle, Instant scoredAt) {

        public boolean scored() {
            return scoredAt != null;
        }
    }

    /** An anchor as its scorer sees it: the evidence without its author; the master levels only once scored. */
    public record AnchorPage(long anchorId, String microCredentialTitle, MicroCredential rubric,
                             List<SubmissionDetail.Part> parts, Levels mine, Levels master, String rationale) {

        public boolean scored() {
            return mine != null;
        }

        /** Each criterion with the reviewer's level beside the master level; empty before scoring. */
        public List<Comparison> comparison() {
            if (!scored()) {
                return List.of();
            }
            return rubric.rubric().stream().map(c -> new Comparison(c.title(), label(c, mine.of(c.position())),
                    label(c, master.of(c.position())), Math.abs(mine.of(c.position()) - master.of(c.position()))))
                    .toList();
        }

        private static String label(MicroCredential.RubricCriterion criterion, int score) {
            return criterion.levels().stream().filter(l -> l.score() == score).findFirst()
                    .map(l -> l.label() + " (" + score + ")").orElse(String.valueOf(score));
        }
    }

    /** One criterion of a scored anchor: how far the reviewer's level is from the master level. */
    public record Comparison(String criterion, String mine, String master, int distance) {
    }

    public record ReviewerFigures(long reviewerId, String name, String email, int anchorsScored, Agreement agreement,
                                  Standing standing) {
    }

    /** The submission and rubric (of the version it was made on) an admin gives master levels for. */
    public record AnchorDraft(SubmissionDetail submission, MicroCredential rubric) {
    }

    public record EvidenceFile(long submissionId, SubmissionDetail.File file) {
    }

    /** An anchor as admins follow it: the master levels and every reviewer's levels beside them. */
    public record AnchorResults(Anchor anchor, MicroCredential rubric, Levels master, String rationale,
                                List<ReviewerScoring> scorings) {
    }

    public record ReviewerScoring(String reviewerName, String reviewerEmail, Instant scoredAt, Levels levels,
                                  Agreement agreement) {
    }

    private record Scorer(long scoringId, String name, String email, Instant scoredAt) {
    }

    private record AnchorRow(long id, long submissionId, String code, int version, long educatorId, String rationale) {
    }

    public CalibrationPolicy policy() {
        return policy;
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates(String microCredentialCode) {
        return jdbc.query("""
                select s.id, s.attempt, s.status, s.submitted_at from submission s
                where s.micro_credential_code = ? and s.status in ('SUBMITTED', 'IN_REVIEW', 'EARNED', 'NEEDS_REVISION')
                  and not exists (select 1 from review_calibration_anchor a where a.submission_id = s.id)
                order by s.submitted_at desc limit ?""",
                (rs, i) -> new Candidate(rs.getLong(1), rs.getInt(2), SubmissionStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()), microCredentialCode, CANDIDATES);
    }

    @Transactional(readOnly = true)
    public AnchorDraft draft(long submissionId) {
        SubmissionDetail submission = portfolio.submission(submissionId)
                .orElseThrow(() -> new CalibrationException("There is no submission #" + submissionId + "."));
        if (!ANCHORABLE.contains(submission.status())) {
            throw new CalibrationException("Only submitted or decided work can be an anchor; submission #"
                    + submissionId + " is " + submission.status().label().toLowerCase() + ".");
        }
        if (isAnchor(submissionId)) {
            throw new CalibrationException("Submission #" + submissionId + " is already an anchor.");
        }
        MicroCredential rubric = catalog.microCredentialVersion(submission.microCredentialCode(),
                submission.microCredentialVersion()).orElseThrow(() -> new CalibrationException(
                        "The version of the micro-credential this submission was made on is not published."));
        return new AnchorDraft(submission, rubric);
    }

    /** Makes the submission an anchor with the admin's master level for each criterion of its rubric. */
    public long markAnchor(long submissionId, Levels master, String rationale, String actor) {
        AnchorDraft draft = draft(submissionId);
        List<String> problems = new ArrayList<>(master.problems(draft.rubric().rubric()));
        String note = rationale == null || rationale.isBlank() ? null : rationale.strip();
        if (note != null && note.length() > MAX_RATIONALE) {
            problems.add("The rationale is longer than " + MAX_RATIONALE + " characters.");
        }
        if (!problems.isEmpty()) {
            throw new CalibrationException(problems);
        }
        SubmissionDetail submission = draft.submission();
        long anchorId;
        try {
            anchorId = jdbc.queryForObject("""
                    insert into review_calibration_anchor (submission_id, educator_id, micro_credential_code,
                        micro_credential_version, rationale, created_by) values (?, ?, ?, ?, ?, ?) returning id""",
                    Long.class, submissionId, submission.educatorId(), submission.microCredentialCode(),
                    submission.microCredentialVersion(), note, actor);
        } catch (DuplicateKeyException e) {
            throw new CalibrationException("Submission #" + submissionId + " is already an anchor.");
        }
        for (MicroCredential.RubricCriterion criterion : draft.rubric().rubric()) {
            jdbc.update("""
                    insert into review_calibration_master (anchor_id, criterion_position, criterion_title, score)
                    values (?, ?, ?, ?)""", anchorId, criterion.position(), criterion.title(),
                    master.of(criterion.position()));
        }
        audit.record(actor, "CALIBRATION_ANCHOR_MARKED", "calibration_anchor", String.valueOf(anchorId),
                "submission " + submissionId + " (" + submission.microCredentialCode() + " v"
                        + submission.microCredentialVersion() + "), master levels " + master.describe());
        return anchorId;
    }

    @Transactional(readOnly = true)
    public List<Anchor> anchors() {
        return anchors("");
    }

    private List<Anchor> anchors(String where, Object... args) {
        return jdbc.query("""
                select a.id, a.submission_id, a.micro_credential_code, a.micro_credential_version, a.created_at,
                       a.created_by, (select count(*) from review_calibration_scoring c where c.anchor_id = a.id)
                from review_calibration_anchor a\s""" + where + " order by a.micro_credential_code, a.id",
                (rs, i) -> new Anchor(rs.getLong(1), rs.getLong(2), rs.getString(3), title(rs.getString(3)),
                        rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7)), args);
    }

    @Transactional(readOnly = true)
    public AnchorResults results(long anchorId) {
        Anchor anchor = anchors("where a.id = ?", anchorId).stream().findFirst().orElseThrow(NotAllowedException::new);
        Levels master = masterLevels(anchorId);
        Map<Scorer, Map<Integer, Integer>> levelsByScorer = new LinkedHashMap<>();
        jdbc.query("""
                select c.id, e.first_name || ' ' || e.last_name, e.email, c.scored_at, s.criterion_position, s.score
                from review_calibration_scoring c join educator e on e.id = c.reviewer_id
                join review_calibration_score s on s.scoring_id = c.id
                where c.anchor_id = ? order by e.last_name, e.first_name, c.id""", rs -> {
            Scorer scorer = new Scorer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
            levelsByScorer.computeIfAbsent(scorer, k -> new HashMap<>()).put(rs.getInt(5), rs.getInt(6));
        }, anchorId);
        List<ReviewerScoring> scored = levelsByScorer.entrySet().stream().map(e -> {
            Levels given = new Levels(e.getValue());
            List<Agreement.Pair> pairs = given.byCriterion().entrySet().stream()
                    .filter(level -> master.of(level.getKey()) != null)
                    .map(level -> new Agreement.Pair(level.getValue(), master.of(level.getKey()))).toList();
            Scorer scorer = e.getKey();
            return new ReviewerScoring(scorer.name(), scorer.email(), scorer.scoredAt(), given, Agreement.of(pairs));
        }).toList();
        String rationale = jdbc.queryForObject("select rationale from review_calibration_anchor where id = ?",
                String.class, anchorId);
        MicroCredential rubric = catalog.microCredentialVersion(anchor.microCredentialCode(),
                anchor.microCredentialVersion()).orElseThrow(NotAllowedException::new);
        return new AnchorResults(anchor, rubric, master, rationale, scored);
    }

    /** Anchors of the reviewer's micro-credentials, those still to score first; never their own work. */
    @Transactional(readOnly = true)
    public List<Task> tasks(PathwaysUser reviewer) {
        return jdbc.query("""
                select a.id, a.micro_credential_code, c.scored_at from review_calibration_anchor a
                join review_assignment r on r.micro_credential_code = a.micro_credential_code and r.reviewer_id = ?
                left join review_calibration_scoring c on c.anchor_id = a.id and c.reviewer_id = r.reviewer_id
                where a.educator_id <> r.reviewer_id
                  and not exists (select 1 from review_decision d
                                  where d.submission_id = a.submission_id and d.reviewer_id = r.reviewer_id)
                order by c.scored_at is not null, c.scored_at desc, a.id""",
                (rs, i) -> new Task(rs.getLong(1), title(rs.getString(2)), instant(rs.getTimestamp(3))),
                reviewer.educatorId());
    }

    @Transactional(readOnly = true)
    public AnchorPage page(PathwaysUser reviewer, long anchorId) {
        AnchorRow anchor = scorable(reviewer, anchorId);
        SubmissionDetail submission = portfolio.submission(anchor.submissionId()).orElseThrow(NotAllowedException::new);
        Levels mine = levels("""
                select s.criterion_position, s.score from review_calibration_score s
                join review_calibration_scoring c on c.id = s.scoring_id
                where c.anchor_id = ? and c.reviewer_id = ?""", anchorId, reviewer.educatorId());
        boolean scored = !mine.byCriterion().isEmpty();
        return new AnchorPage(anchorId, title(anchor.code()), rubric(anchor), submission.parts(),
                scored ? mine : null, scored ? masterLevels(anchorId) : null, scored ? anchor.rationale() : null);
    }

    /** Records the reviewer's blind levels; the first scoring of an anchor is the one that counts. */
    public void score(PathwaysUser reviewer, long anchorId, Levels levels) {
        AnchorRow anchor = scorable(reviewer, anchorId);
        List<String> problems = levels.problems(rubric(anchor).rubric());
        if (!problems.isEmpty()) {
            throw new CalibrationException(problems);
        }
        long scoringId;
        try {
            scoringId = jdbc.queryForObject("""
                    insert into review_calibration_scoring (anchor_id, reviewer_id) values (?, ?) returning id""",
                    Long.class, anchorId, reviewer.educatorId());
        } catch (DuplicateKeyException e) {
            throw new CalibrationException("You have already scored this anchor; your first scoring is the one that counts.");
        }
        levels.byCriterion().forEach((position, score) -> jdbc.update("""
                insert into review_calibration_score (scoring_id, criterion_position, score) values (?, ?, ?)""",
                scoringId, position, score));
        audit.record(reviewer.getUsername(), "CALIBRATION_SCORED", "calibration_anchor", String.valueOf(anchorId),
                "levels " + levels.describe());
    }

    /** An evidence file of the anchor, for a reviewer who may score it. */
    @Transactional(readOnly = true)
    public EvidenceFile evidenceFile(PathwaysUser reviewer, long anchorId, long fileId) {
        AnchorRow anchor = scorable(reviewer, anchorId);
        SubmissionDetail submission = portfolio.submission(anchor.submissionId()).orElseThrow(NotAllowedException::new);
        return submission.parts().stream().flatMap(p -> p.files().stream()).filter(f -> f.id() == fileId)
                .findFirst().map(f -> new EvidenceFile(anchor.submissionId(), f)).orElseThrow(NotAllowedException::new);
    }

    /** Every reviewer's figures, flagged ones first: for admins. */
    @Transactional(readOnly = true)
    public List<ReviewerFigures> figures() {
        Map<Long, List<Agreement.Pair>> pairs = new HashMap<>();
        Map<Long, Set<Long>> anchors = new HashMap<>();
        jdbc.query(PAIRS, rs -> {
            collect(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), pairs, anchors);
        });
        return assignments.reviewers().stream()
                .map(r -> figures(r.id(), r.name(), r.email(), pairs, anchors))
                .sorted(Comparator.comparing(ReviewerFigures::standing))
                .toList();
    }

    /** The reviewer's own figures. */
    @Transactional(readOnly = true)
    public ReviewerFigures figuresOf(PathwaysUser reviewer) {
        Map<Long, List<Agreement.Pair>> pairs = new HashMap<>();
        Map<Long, Set<Long>> anchors = new HashMap<>();
        jdbc.query(PAIRS + " where c.reviewer_id = ?", rs -> {
            collect(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), pairs, anchors);
        }, reviewer.educatorId());
        return figures(reviewer.educatorId(), reviewer.displayName(), reviewer.getUsername(), pairs, anchors);
    }

    private static void collect(long reviewerId, long anchorId, int score, int master,
                                Map<Long, List<Agreement.Pair>> pairs, Map<Long, Set<Long>> anchors) {
        pairs.computeIfAbsent(reviewerId, k -> new ArrayList<>()).add(new Agreement.Pair(score, master));
        anchors.computeIfAbsent(reviewerId, k -> new HashSet<>()).add(anchorId);
    }

    private ReviewerFigures figures(long reviewerId, String name, String email, Map<Long, List<Agreement.Pair>> pairs,
                                    Map<Long, Set<Long>> anchors) {
        Agreement agreement = Agreement.of(pairs.getOrDefault(reviewerId, List.of()));
        int scored = anchors.getOrDefault(reviewerId, Set.of()).size();
        return new ReviewerFigures(reviewerId, name, email, scored, agreement, policy.standing(scored, agreement));
    }

    /**
     * The anchor if this reviewer may score it: assigned to its micro-credential, not its author, and
     * not the one who decided the real submission (they would not be scoring it blind).
     */
    private AnchorRow scorable(PathwaysUser reviewer, long anchorId) {
        AnchorRow anchor = jdbc.query("""
                select id, submission_id, micro_credential_code, micro_credential_version, educator_id, rationale
                from review_calibration_anchor where id = ?""",
                (rs, i) -> new AnchorRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                        rs.getString(6)), anchorId).stream().findFirst().orElseThrow(NotAllowedException::new);
        boolean decidedIt = Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from review_decision where submission_id = ? and reviewer_id = ?)""",
                Boolean.class, anchor.submissionId(), reviewer.educatorId()));
        if (anchor.educatorId() == reviewer.educatorId() || decidedIt
                || !assignments.isAssigned(reviewer.educatorId(), anchor.code())) {
            throw new NotAllowedException();
        }
        return anchor;
    }

    private MicroCredential rubric(AnchorRow anchor) {
        return catalog.microCredentialVersion(anchor.code(), anchor.version()).orElseThrow(NotAllowedException::new);
    }

    private Levels masterLevels(long anchorId) {
        return levels("select criterion_position, score from review_calibration_master where anchor_id = ?", anchorId);
    }

    private Levels levels(String sql, Object... args) {
        Map<Integer, Integer> levels = new HashMap<>();
        jdbc.query(sql, rs -> {
            levels.put(rs.getInt(1), rs.getInt(2));
        }, args);
        return new Levels(levels);
    }

    private boolean isAnchor(long submissionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from review_calibration_anchor where submission_id = ?)", Boolean.class,
                submissionId));
    }

    private String title(String code) {
        return catalog.microCredential(code).map(MicroCredential::title).orElse(code);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
