package org.pathways.catalog;

import java.math.BigDecimal;
import java.util.List;

/** A micro-credential as educators see it: the current published version of its content. */
public record MicroCredential(
        String code,
        String title,
        CredentialStatus status,
        int version,
        String competency,
        String keyMethod,
        BigDecimal cpeHours,
        int passingScore,
        boolean sampleContent,
        String note,
        List<EvidencePart> evidenceParts,
        List<RubricCriterion> rubric,
        List<Resource> resources) {

    /** A task the educator submits evidence for. */
    public record EvidencePart(int position, String title, String instructions,
                               boolean acceptsText, boolean acceptsFiles, boolean acceptsLinks) {

        /** e.g. "written response, files". */
        public String acceptsDescription() {
            java.util.List<String> kinds = new java.util.ArrayList<>();
            if (acceptsText) {
                kinds.add("written response");
            }
            if (acceptsFiles) {
                kinds.add("files");
            }
            if (acceptsLinks) {
                kinds.add("links");
            }
            return String.join(", ", kinds);
        }
    }

    /** A rubric row: one criterion with its levels, lowest score first. */
    public record RubricCriterion(int position, String title, List<RubricLevel> levels) {
    }

    public record RubricLevel(int score, String label, String descriptor) {
    }

    public record Resource(String title, String url) {
    }
}
