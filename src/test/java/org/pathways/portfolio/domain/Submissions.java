package org.pathways.portfolio.domain;

import java.time.Instant;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.portfolio.SubmissionStatus;

/** Builds submissions in any state for tests, through the real transitions. */
public final class Submissions {

    private static final Instant T = Instant.parse("2026-10-01T08:00:00Z");

    private Submissions() {
    }

    public static Submission draft(int attempt) {
        return new Submission(7, "behavioral-expectations", 1, 1, attempt, T);
    }

    public static Submission inState(int attempt, SubmissionStatus status) {
        Submission s = draft(attempt);
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> s.submit(T);
            case IN_REVIEW -> {
                s.submit(T);
                s.beginReview(T);
            }
            case EARNED, NEEDS_REVISION, REVOKED -> {
                s.submit(T);
                s.beginReview(T);
                s.decide(status == SubmissionStatus.NEEDS_REVISION ? SubmissionOutcome.NEEDS_REVISION
                        : SubmissionOutcome.EARNED, T);
                if (status == SubmissionStatus.REVOKED) {
                    s.revoke(T);
                }
            }
            case WITHDRAWN -> s.withdraw(T);
        }
        return s;
    }
}
