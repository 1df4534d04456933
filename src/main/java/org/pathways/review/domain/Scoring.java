package org.pathways.review.domain;

import java.util.List;
import java.util.Map;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.SubmissionOutcome;

/**
 * A reviewer's scoring of an attempt, checked against the rubric: a level for every criterion,
 * feedback on every evidence part, and a decision the scores support (Earned only when every
 * criterion is at the passing level or above).
 */
public record Scoring(Map<Integer, Integer> scoreByCriterion, Map<Integer, String> feedbackByPart,
                      SubmissionOutcome outcome) {

    static final int MAX_FEEDBACK = 20_000;

    /** Problems in plain language; empty when the scoring may be recorded. */
    public List<String> problems(MicroCredential credential) {
        List<String> problems = new java.util.ArrayList<>();
        for (MicroCredential.RubricCriterion criterion : credential.rubric()) {
            Integer score = scoreByCriterion.get(criterion.position());
            if (score == null || criterion.levels().stream().noneMatch(l -> l.score() == score)) {
                problems.add("Choose a level for \u201c" + criterion.title() + "\u201d.");
            }
        }
        for (MicroCredential.EvidencePart part : credential.evidenceParts()) {
            String feedback = feedbackByPart.get(part.position());
            if (feedback == null || feedback.isBlank()) {
                problems.add("Write feedback on \u201c" + part.title() + "\u201d.");
            } else if (feedback.length() > MAX_FEEDBACK) {
                problems.add("Feedback on \u201c" + part.title() + "\u201d is longer than " + MAX_FEEDBACK + " characters.");
            }
        }
        if (problems.isEmpty()) {
            boolean allPass = credential.rubric().stream()
                    .allMatch(c -> scoreByCriterion.get(c.position()) >= credential.passingScore());
            if (outcome == SubmissionOutcome.EARNED && !allPass) {
                problems.add("Earned needs every criterion at the passing level (" + credential.passingScore()
                        + ") or above; return it for revision instead.");
            }
            if (outcome == SubmissionOutcome.NEEDS_REVISION && allPass) {
                problems.add("Every criterion is at the passing level or above, so the decision is Earned.");
            }
        }
        return problems;
    }
}
