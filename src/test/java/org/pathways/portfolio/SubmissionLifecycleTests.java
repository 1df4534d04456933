package org.pathways.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pathways.portfolio.domain.Submission;
import org.pathways.portfolio.domain.SubmissionStateException;
import org.pathways.portfolio.domain.Submissions;

class SubmissionLifecycleTests {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void followsDraftSubmittedInReviewToEarned() {
        Submission s = Submissions.draft(1);
        s.submit(NOW);
        assertThat(s.getStatus()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(s.getSubmittedAt()).isEqualTo(NOW);
        s.beginReview(NOW);
        s.decide(SubmissionOutcome.EARNED, NOW);
        assertThat(s.getStatus()).isEqualTo(SubmissionStatus.EARNED);
        s.revoke(NOW);
        assertThat(s.getStatus()).isEqualTo(SubmissionStatus.REVOKED);
    }

    @Test
    void aReturnedAttemptAllowsANextOneOnlyBelowTheLimit() {
        Submission first = Submissions.inState(1, SubmissionStatus.NEEDS_REVISION);
        assertThat(first.allowsNextAttempt()).isTrue();
        Submission third = Submissions.inState(3, SubmissionStatus.NEEDS_REVISION);
        assertThat(third.allowsNextAttempt()).isFalse();
        assertThatThrownBy(() -> Submissions.draft(4)).isInstanceOf(SubmissionStateException.class)
                .hasMessageContaining("At most 3 attempts");
    }

    @Test
    void withdrawIsPossibleOnlyBeforeReviewStarts() {
        Submission draft = Submissions.draft(1);
        draft.withdraw(NOW);
        assertThat(draft.getStatus()).isEqualTo(SubmissionStatus.WITHDRAWN);
        Submission submitted = Submissions.inState(1, SubmissionStatus.SUBMITTED);
        submitted.withdraw(NOW);
        assertThat(submitted.getStatus()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThatThrownBy(() -> Submissions.inState(1, SubmissionStatus.IN_REVIEW).withdraw(NOW))
                .isInstanceOf(SubmissionStateException.class).hasMessage("You cannot withdraw a submission that is in review.");
    }

    @Test
    void refusesEveryTransitionFromAStateThatDoesNotAllowIt() {
        assertRefusedOutside(s -> s.submit(NOW), EnumSet.of(SubmissionStatus.DRAFT));
        assertRefusedOutside(s -> s.withdraw(NOW), EnumSet.of(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED));
        assertRefusedOutside(s -> s.beginReview(NOW), EnumSet.of(SubmissionStatus.SUBMITTED));
        assertRefusedOutside(s -> s.decide(SubmissionOutcome.EARNED, NOW), EnumSet.of(SubmissionStatus.IN_REVIEW));
        assertRefusedOutside(s -> s.decide(SubmissionOutcome.NEEDS_REVISION, NOW),
                EnumSet.of(SubmissionStatus.IN_REVIEW));
        assertRefusedOutside(s -> s.revoke(NOW), EnumSet.of(SubmissionStatus.EARNED));
        assertRefusedOutside(Submission::requireEditable, EnumSet.of(SubmissionStatus.DRAFT));
    }

    private static void assertRefusedOutside(Consumer<Submission> transition, EnumSet<SubmissionStatus> allowed) {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            Submission s = Submissions.inState(1, status);
            if (allowed.contains(status)) {
                transition.accept(s);
            } else {
                assertThatThrownBy(() -> transition.accept(s)).as("from %s", status)
                        .isInstanceOf(SubmissionStateException.class);
                assertThat(s.getStatus()).isEqualTo(status);
            }
        }
    }
}
