package org.pathways.portfolio;

import java.util.Optional;

/** Supplies the decision on an attempt; implemented by the review module, which owns decisions. */
public interface AssessmentSource {

    Optional<Assessment> assessmentOf(long submissionId);
}
