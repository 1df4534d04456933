package org.pathways.review.domain;

/** District settings for review: blind review hides name and campus; the target says how long a submission may wait. */
public record ReviewPolicy(boolean blindReview, int targetDays) {

    public ReviewPolicy {
        if (targetDays < 1 || targetDays > 365) {
            throw new IllegalArgumentException("The target must be between 1 and 365 days.");
        }
    }
}
