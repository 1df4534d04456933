package org.pathways.catalog;

import java.util.List;

/** A career role and its role card; {@code nextRoleCodes} are the edges of the career map. */
public record CareerRole(
        String code,
        String title,
        int tier,
        String purpose,
        List<String> responsibilities,
        String endorsementCode,
        List<String> nextRoleCodes,
        boolean sampleContent) {

    public String tierName() {
        return switch (tier) {
            case 1 -> "Induction and classroom";
            case 2 -> "Teacher leadership";
            case 3 -> "Campus leadership";
            default -> "District leadership";
        };
    }
}
