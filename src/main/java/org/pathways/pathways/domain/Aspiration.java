package org.pathways.pathways.domain;

import java.time.Instant;
import java.util.List;

/**
 * The coaching conversation of the seeds, as the educator answers it: experience, confidence, whether
 * they want to stay in the classroom and lead teachers, enjoy curriculum and assessment, or move into
 * administration; and the career roles they aim for.
 */
public record Aspiration(int yearsOfExperience, int confidence, boolean stayAndLeadTeachers,
                         boolean curriculumAndAssessment, boolean enterAdministration, String notes,
                         List<String> targetRoleCodes, Instant updatedAt) {

    public static final List<String> CONFIDENCE_LEVELS = List.of("Still finding my feet", "Growing",
            "Confident", "Very confident");

    public Aspiration {
        if (yearsOfExperience < 0 || yearsOfExperience > 60) {
            throw new IllegalArgumentException("Years of experience must be between 0 and 60.");
        }
        if (confidence < 1 || confidence > CONFIDENCE_LEVELS.size()) {
            throw new IllegalArgumentException("Pick how confident you feel as an instructor.");
        }
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        if (notes != null && notes.length() > 2000) {
            throw new IllegalArgumentException("Keep the notes under 2000 characters.");
        }
        targetRoleCodes = List.copyOf(targetRoleCodes);
        if (targetRoleCodes.size() > 5) {
            throw new IllegalArgumentException("Pick at most 5 target roles.");
        }
    }

    public String confidenceLabel() {
        return CONFIDENCE_LEVELS.get(confidence - 1);
    }
}
