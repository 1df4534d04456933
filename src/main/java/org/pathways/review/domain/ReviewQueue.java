package org.pathways.review.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.portfolio.WaitingSubmission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue: what waits for this reviewer, oldest first, with days waiting against the target. */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    private static final int QUEUE_SIZE = 200;
    private static final Set<SubmissionStatus> WAITING = EnumSet.of(SubmissionStatus.SUBMITTED, SubmissionStatus.IN_REVIEW);

    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final Assignments assignments;
    private final SecondScoring secondScoring;
    private final SubmissionReviewers reviewers;
    private final Clock clock;

    ReviewQueue(PortfolioApi portfolio, CatalogApi catalog, Assignments assignments, SecondScoring secondScoring,
                SubmissionReviewers reviewers, ObjectProvider<Clock> clock) {
        this.portfolio = portfolio;
        this.catalog = catalog;
        this.assignments = assignments;
        this.secondScoring = secondScoring;
        this.reviewers = reviewers;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A queue row: how long it has waited against the target, and where it stands in second scoring. */
    public record Entry(WaitingSubmission submission, String microCredentialTitle, long daysWaiting,
                        boolean overdue, SecondScoring.Status secondScoring) {
    }

    /** The queue page: the rows, the micro-credentials this person reviews, the policy. */
    public record Page(List<Entry> entries, List<String> codes, ReviewPolicy policy, boolean blind) {
    }

    /**
     * Waiting submissions this person may score, oldest first. Never their own, nor those they scored
     * first that wait for a second scoring, nor those an admin moved to someone else; those moved to
     * them are included. Admins see everything, disagreements waiting for them too.
     */
    public List<Entry> entries(PathwaysUser reviewer, String code, String campusCode) {
        return entries(reviewer, reviewableCodes(reviewer), code, campusCode, assignments.policy().targetDays());
    }

    /**
     * The queue as the reviewer's page shows it, each part read once. Under blind review (admins
     * excepted) the campus filter is ignored, as campuses are not shown.
     */
    public Page page(PathwaysUser reviewer, String code, String campusCode) {
        ReviewPolicy policy = assignments.policy();
        boolean blind = policy.blindReview() && !reviewer.has(AppRole.ADMIN);
        List<String> codes = reviewableCodes(reviewer);
        return new Page(entries(reviewer, codes, code, blind ? null : campusCode, policy.targetDays()), codes, policy,
                blind);
    }

    private List<String> reviewableCodes(PathwaysUser reviewer) {
        return reviewer.has(AppRole.ADMIN)
                ? catalog.microCredentials().stream().map(MicroCredential::code).toList()
                : assignments.codesFor(reviewer.educatorId());
    }

    private List<Entry> entries(PathwaysUser reviewer, List<String> codes, String code, String campusCode,
                                int target) {
        boolean admin = reviewer.has(AppRole.ADMIN);
        boolean filtered = code != null && !code.isBlank();
        if (filtered) {
            codes = codes.contains(code) ? List.of(code) : List.of();
        }
        List<WaitingSubmission> waiting = new ArrayList<>(portfolio.waiting(codes, campusCode, QUEUE_SIZE));
        if (!admin) {
            Set<Long> listed = waiting.stream().map(WaitingSubmission::id).collect(Collectors.toSet());
            reviewers.movedTo(reviewer.educatorId()).stream().filter(id -> !listed.contains(id))
                    .flatMap(id -> portfolio.submission(id).stream())
                    .filter(s -> WAITING.contains(s.status()))
                    .filter(s -> !filtered || s.microCredentialCode().equals(code))
                    .filter(s -> campusCode == null || campusCode.isBlank() || campusCode.equals(s.campusCode()))
                    .map(ReviewQueue::waiting).forEach(waiting::add);
            Map<Long, Long> moved = reviewers.movedTo(waiting.stream().map(WaitingSubmission::id).toList());
            waiting.removeIf(w -> moved.containsKey(w.id()) && moved.get(w.id()) != reviewer.educatorId());
            waiting.sort(Comparator.comparing(WaitingSubmission::submittedAt));
        }
        waiting.removeIf(w -> w.educatorId() == reviewer.educatorId());
        Map<Long, SecondScoring.Stage> stages = secondScoring.stages(waiting.stream().map(WaitingSubmission::id).toList());
        Instant now = clock.instant();
        return waiting.stream()
                .filter(w -> {
                    SecondScoring.Stage stage = stages.get(w.id());
                    return stage == null || stage.openTo(reviewer.educatorId()) || admin;
                })
                .map(w -> {
                    long days = Duration.between(w.submittedAt(), now).toDays();
                    SecondScoring.Stage stage = stages.get(w.id());
                    return new Entry(w, catalog.microCredential(w.microCredentialCode()).map(MicroCredential::title)
                            .orElse(w.microCredentialCode()), days, days > target, stage == null ? null : stage.status());
                }).toList();
    }

    private static WaitingSubmission waiting(SubmissionDetail s) {
        return new WaitingSubmission(s.id(), s.educatorId(), s.educatorName(), s.campusCode(), s.campusName(),
                s.microCredentialCode(), s.attempt(), s.status(), s.submittedAt());
    }
}
