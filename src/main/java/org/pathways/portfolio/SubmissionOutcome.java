package org.pathways.portfolio;

/** A reviewer's decision on an attempt, as the submission records it. */
public enum SubmissionOutcome {
    EARNED, NEEDS_REVISION
}
