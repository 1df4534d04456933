package org.pathways.review.demo;

import java.util.HashMap;
import java.util.Map;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.review.domain.Scoring;

/** Plausible demo scorings: every criterion at the passing level, or the first one just below it. */
final class DemoScoring {

    private DemoScoring() {
    }

    static Scoring of(MicroCredential credential, boolean earned) {
        Map<Integer, Integer> scores = new HashMap<>();
        credential.rubric().forEach(c -> scores.put(c.position(), earned || c.position() > 1
                ? credential.passingScore() : credential.passingScore() - 1));
        Map<Integer, String> feedback = new HashMap<>();
        credential.evidenceParts().forEach(p -> feedback.put(p.position(), earned
                ? "Clear evidence for \u201c" + p.title() + "\u201d: your data shows the change in your classroom."
                : "For \u201c" + p.title() + "\u201d, add the tally you kept and say what you changed after week one; "
                        + "the reviewer needs to see the evidence behind your claims."));
        return new Scoring(scores, feedback, earned ? SubmissionOutcome.EARNED : SubmissionOutcome.NEEDS_REVISION);
    }
}
