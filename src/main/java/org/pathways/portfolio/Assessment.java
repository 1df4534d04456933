package org.pathways.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A reviewer's decision on an attempt as the educator reads it: a level per criterion, feedback per part. */
public record Assessment(SubmissionOutcome outcome, Instant decidedAt, List<CriterionScore> scores,
                         Map<Integer, String> feedbackByPart) {

    public record CriterionScore(String criterion, int score, String level, boolean passing) {
    }

    public String feedbackFor(int partPosition) {
        return feedbackByPart.get(partPosition);
    }
}
