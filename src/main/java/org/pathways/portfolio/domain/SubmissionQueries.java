package org.pathways.portfolio.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.portfolio.WaitingSubmission;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read models of submissions for pages and for the review module. */
@Component
@Transactional(readOnly = true)
public class SubmissionQueries {

    private final SubmissionRepository submissions;
    private final EvidenceRepository evidence;
    private final CatalogApi catalog;
    private final SafeMarkdown markdown;
    private final JdbcTemplate jdbc;

    SubmissionQueries(SubmissionRepository submissions, EvidenceRepository evidence, CatalogApi catalog,
                      SafeMarkdown markdown, JdbcTemplate jdbc) {
        this.submissions = submissions;
        this.evidence = evidence;
        this.catalog = catalog;
        this.markdown = markdown;
        this.jdbc = jdbc;
    }

    /** A row of the educator's own list. */
    public record OwnSubmission(long id, String microCredentialCode, String microCredentialTitle, int attempt,
                                SubmissionStatus status, Instant updatedAt, Instant submittedAt) {
    }

    public List<OwnSubmission> ownedBy(long educatorId) {
        return submissions.findByEducatorIdOrderByCreatedAtDesc(educatorId).stream()
                .map(s -> new OwnSubmission(s.getId(), s.getMicroCredentialCode(), title(s.getMicroCredentialCode()),
                        s.getAttempt(), s.getStatus(), s.getUpdatedAt(), s.getSubmittedAt()))
                .toList();
    }

    /** The submission if it belongs to the educator. */
    public Optional<SubmissionDetail> ownDetail(long educatorId, long submissionId) {
        return detail(submissionId).filter(d -> d.educatorId() == educatorId);
    }

    public Optional<SubmissionDetail> detail(long submissionId) {
        return submissions.findById(submissionId).map(this::toDetail);
    }

    public List<Long> earlierAttempts(long submissionId) {
        return jdbc.queryForList("""
                select e.id from submission s join submission e on e.educator_id = s.educator_id
                 and e.micro_credential_code = s.micro_credential_code and e.attempt < s.attempt
                 and e.status = 'NEEDS_REVISION'
                where s.id = ? order by e.attempt""", Long.class, submissionId);
    }

    public List<WaitingSubmission> waiting(List<String> codes, String campusCode, int limit) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(codes.toArray(String[]::new));
        String campusFilter = "";
        if (campusCode != null && !campusCode.isBlank()) {
            campusFilter = " and c.code = ?";
            args.add(campusCode);
        }
        args.add(limit);
        return jdbc.query("""
                select s.id, s.educator_id, e.first_name || ' ' || e.last_name, c.code, c.name,
                       s.micro_credential_code, s.attempt, s.status, s.submitted_at
                from submission s join educator e on e.id = s.educator_id join campus c on c.id = e.campus_id
                where s.status in ('SUBMITTED', 'IN_REVIEW') and s.micro_credential_code = any (?)"""
                + campusFilter + " order by s.submitted_at, s.id limit ?",
                (rs, i) -> new WaitingSubmission(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), SubmissionStatus.valueOf(rs.getString(8)),
                        rs.getTimestamp(9).toInstant()), args.toArray());
    }

    private SubmissionDetail toDetail(Submission s) {
        Optional<MicroCredential> credential = catalog.microCredentialVersion(s.getMicroCredentialCode(),
                s.getMicroCredentialVersion());
        Evidence all = evidence.of(s.getId());
        List<FlagRow> flags = jdbc.query("""
                select f.part_position, f.kind, f.similarity, r.body from duplicate_flag f
                left join evidence_response r on r.submission_id = f.matched_submission_id
                 and r.part_position = f.matched_part_position
                where f.submission_id = ? order by f.similarity desc""",
                (rs, i) -> new FlagRow(rs.getInt(1), rs.getString(2), rs.getDouble(3), rs.getString(4)), s.getId());
        List<SubmissionDetail.Part> parts = credential.map(MicroCredential::evidenceParts).orElse(List.of()).stream()
                .map(p -> {
                    Evidence.Response response = all.responses().get(p.position());
                    String body = response == null ? null : response.body();
                    return new SubmissionDetail.Part(p.position(), p.title(), p.instructions(), p.acceptsText(),
                            p.acceptsFiles(), p.acceptsLinks(), body, markdown.toHtml(body),
                            all.links().stream().filter(l -> l.partPosition() == p.position())
                                    .map(l -> new SubmissionDetail.Link(l.id(), l.url(), l.title())).toList(),
                            all.files().stream().filter(f -> f.partPosition() == p.position())
                                    .map(f -> new SubmissionDetail.File(f.id(), f.name(), f.contentType(),
                                            f.sizeBytes(), f.sha256())).toList(),
                            flags.stream().filter(f -> f.part() == p.position())
                                    .map(f -> new SubmissionDetail.Match(f.kind(), f.similarity(),
                                            markdown.toHtml(f.matchedBody()))).toList());
                }).toList();
        String[] who = jdbc.query("""
                select e.first_name || ' ' || e.last_name, c.code, c.name from educator e
                join campus c on c.id = e.campus_id where e.id = ?""",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, s.getEducatorId())
                .stream().findFirst().orElse(new String[] {"", "", ""});
        return new SubmissionDetail(s.getId(), s.getEducatorId(), who[0], who[1], who[2], s.getMicroCredentialCode(),
                credential.map(MicroCredential::title).orElse(s.getMicroCredentialCode()), s.getMicroCredentialVersion(),
                s.getAttempt(), s.getStatus(), s.getSubmittedAt(), s.getVersion(), parts);
    }

    private record FlagRow(int part, String kind, double similarity, String matchedBody) {
    }

    private String title(String code) {
        return catalog.microCredential(code).map(MicroCredential::title).orElse(code);
    }
}
