package org.pathways.catalog.authoring;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pathways.catalog.MicroCredential;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.MicroCredential.Resource;
import org.pathways.catalog.MicroCredential.RubricCriterion;
import org.pathways.catalog.MicroCredential.RubricLevel;

/**
 * The versioned content of a micro-credential: what an educator submits and how it is scored.
 * Rubric levels share one scale (labels), scored 1 to n; {@code passingScore} is the level that passes.
 */
public record MicroCredentialContent(
        String competency,
        String keyMethod,
        BigDecimal cpeHours,
        int passingScore,
        List<String> levels,
        List<EvidencePart> parts,
        List<Criterion> rubric,
        List<Resource> resources) {

    static final BigDecimal MAX_CPE_HOURS = new BigDecimal("999.99");

    /** A rubric row: its title and one descriptor per level, lowest first. */
    public record Criterion(String title, List<String> descriptors) {

        public Criterion {
            descriptors = List.copyOf(descriptors);
        }
    }

    public MicroCredentialContent {
        levels = List.copyOf(levels);
        parts = List.copyOf(parts);
        rubric = List.copyOf(rubric);
        resources = List.copyOf(resources);
    }

    /** The content of a catalog entry, taking the level labels from its first criterion. */
    public static MicroCredentialContent of(MicroCredential credential) {
        List<String> levels = credential.rubric().isEmpty() ? List.of()
                : credential.rubric().get(0).levels().stream().map(RubricLevel::label).toList();
        List<Criterion> rubric = credential.rubric().stream()
                .map(c -> new Criterion(c.title(), c.levels().stream().map(RubricLevel::descriptor).toList()))
                .toList();
        return new MicroCredentialContent(credential.competency(), credential.keyMethod(), credential.cpeHours(),
                credential.passingScore(), levels, credential.evidenceParts(), rubric, credential.resources());
    }

    /** The rubric as the catalog shows it. */
    public List<RubricCriterion> rubricCriteria() {
        List<RubricCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < rubric.size(); i++) {
            Criterion c = rubric.get(i);
            List<RubricLevel> rows = new ArrayList<>();
            for (int score = 1; score <= c.descriptors().size() && score <= levels.size(); score++) {
                rows.add(new RubricLevel(score, levels.get(score - 1), c.descriptors().get(score - 1)));
            }
            criteria.add(new RubricCriterion(i + 1, c.title(), List.copyOf(rows)));
        }
        return criteria;
    }

    /** What is wrong with this content, in words an admin can act on; empty when it can be published. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(competency)) {
            problems.add("Competency: write the competency statement.");
        }
        if (blank(keyMethod)) {
            problems.add("Key method: describe the key method.");
        }
        if (cpeHours == null || cpeHours.signum() <= 0 || cpeHours.compareTo(MAX_CPE_HOURS) > 0
                || cpeHours.scale() > 2) {
            problems.add("CPE hours: enter a number of hours above 0 and at most 999.99.");
        }
        if (parts.isEmpty()) {
            problems.add("Evidence parts: add at least one part for educators to submit.");
        }
        for (EvidencePart part : parts) {
            String where = "Evidence part " + part.position() + ": ";
            if (blank(part.title()) || part.title().length() > 200) {
                problems.add(where + "give it a title of at most 200 characters.");
            }
            if (blank(part.instructions())) {
                problems.add(where + "write the instructions.");
            }
            if (!part.acceptsText() && !part.acceptsFiles() && !part.acceptsLinks()) {
                problems.add(where + "accept at least one kind of evidence (text, files or links).");
            }
        }
        if (levels.size() < 2 || levels.size() > 10) {
            problems.add("Rubric levels: use between 2 and 10 levels.");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (blank(levels.get(i)) || levels.get(i).length() > 60) {
                problems.add("Rubric level " + (i + 1) + ": give it a name of at most 60 characters.");
            }
        }
        if (passingScore < 1 || passingScore > levels.size()) {
            problems.add("Passing level: choose one of the rubric's levels.");
        }
        if (rubric.isEmpty()) {
            problems.add("Rubric: add at least one criterion.");
        }
        for (int i = 0; i < rubric.size(); i++) {
            Criterion c = rubric.get(i);
            String where = "Rubric criterion " + (i + 1) + ": ";
            if (blank(c.title()) || c.title().length() > 200) {
                problems.add(where + "give it a title of at most 200 characters.");
            }
            if (c.descriptors().size() != levels.size() || c.descriptors().stream().anyMatch(MicroCredentialContent::blank)) {
                problems.add(where + "describe every level.");
            }
        }
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            String where = "Resource " + (i + 1) + ": ";
            if (blank(r.title()) || r.title().length() > 300) {
                problems.add(where + "give it a title of at most 300 characters.");
            }
            if (r.url() != null && !isWebAddress(r.url())) {
                problems.add(where + "the link should be a web address starting with https:// or http://.");
            }
        }
        return problems;
    }

    /** The sections that differ from an earlier version, e.g. "competency, rubric". */
    public List<String> changesFrom(MicroCredentialContent earlier) {
        List<String> changes = new ArrayList<>();
        if (earlier == null) {
            return List.of("first version");
        }
        if (!Objects.equals(competency, earlier.competency)) {
            changes.add("competency");
        }
        if (!Objects.equals(keyMethod, earlier.keyMethod)) {
            changes.add("key method");
        }
        if (cpeHours == null || earlier.cpeHours == null || cpeHours.compareTo(earlier.cpeHours) != 0) {
            changes.add("CPE hours");
        }
        if (!parts.equals(earlier.parts)) {
            changes.add("evidence parts");
        }
        if (!levels.equals(earlier.levels) || !rubric.equals(earlier.rubric)) {
            changes.add("rubric");
        }
        if (passingScore != earlier.passingScore) {
            changes.add("passing level");
        }
        if (!resources.equals(earlier.resources)) {
            changes.add("resources");
        }
        return changes;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean isWebAddress(String url) {
        if (url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
