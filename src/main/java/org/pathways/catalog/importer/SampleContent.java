package org.pathways.catalog.importer;

import static org.pathways.catalog.importer.YamlReader.list;
import static org.pathways.catalog.importer.YamlReader.map;
import static org.pathways.catalog.importer.YamlReader.optionalText;
import static org.pathways.catalog.importer.YamlReader.strings;
import static org.pathways.catalog.importer.YamlReader.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;

/**
 * Demonstration content for micro-credentials whose published source gives only a title:
 * competency, evidence parts, rubric and resources, marked as sample content to be replaced.
 */
final class SampleContent {

    static final int PASSING_SCORE = 3;

    record Content(String competency, String keyMethod, List<Part> parts, List<Criterion> rubric,
                   List<Link> resources) {
    }

    record Part(String title, String instructions, boolean text, boolean files, boolean links) {
    }

    record Criterion(String title, List<String> descriptors) {
    }

    record Link(String title, String url) {
    }

    private final List<String> levels;
    private final Map<String, Content> byCode;

    private SampleContent(List<String> levels, Map<String, Content> byCode) {
        this.levels = levels;
        this.byCode = byCode;
    }

    static SampleContent read(Resource resource) {
        Map<String, Object> root = YamlReader.read(resource);
        List<String> levels = strings(root.get("levels"), "levels");
        if (levels.size() < PASSING_SCORE) {
            throw new CatalogImportException("sample content needs at least " + PASSING_SCORE + " rubric levels");
        }
        Map<String, Content> byCode = new HashMap<>();
        Map<String, Object> credentials = map(root.get("microcredentials"), "microcredentials");
        credentials.forEach((code, value) -> byCode.put(code, content(code, map(value, code), levels.size())));
        return new SampleContent(levels, byCode);
    }

    private static Content content(String code, Map<String, Object> node, int levelCount) {
        List<Part> parts = new ArrayList<>();
        for (Object item : list(node.get("evidence"), code + " evidence")) {
            Map<String, Object> part = map(item, code + " evidence part");
            List<String> accepts = strings(part.get("accepts"), code + " accepts");
            parts.add(new Part(text(part, "title", code + " evidence part"), text(part, "instructions", code),
                    accepts.contains("text"), accepts.contains("file"), accepts.contains("link")));
        }
        List<Criterion> rubric = new ArrayList<>();
        for (Object item : list(node.get("rubric"), code + " rubric")) {
            Map<String, Object> criterion = map(item, code + " rubric criterion");
            List<String> descriptors = list(criterion.get("levels"), code + " levels").stream()
                    .map(Object::toString).toList();
            if (descriptors.size() != levelCount) {
                throw new CatalogImportException(code + ": each rubric criterion needs " + levelCount + " levels");
            }
            rubric.add(new Criterion(text(criterion, "criterion", code + " rubric"), descriptors));
        }
        List<Link> resources = new ArrayList<>();
        for (Object item : list(node.get("resources"), code + " resources")) {
            Map<String, Object> link = map(item, code + " resource");
            resources.add(new Link(text(link, "title", code + " resource"), optionalText(link, "url")));
        }
        return new Content(text(node, "competency", code), text(node, "key_method", code), parts, rubric, resources);
    }

    List<String> levels() {
        return levels;
    }

    /** The written sample for a code, or a generic one built from the title. */
    Content forCredential(String code, String title) {
        Content content = byCode.get(code);
        return content != null && !content.parts().isEmpty() && !content.rubric().isEmpty()
                ? content : generic(title);
    }

    private Content generic(String title) {
        String skill = title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
        return new Content(
                "The educator demonstrates competence in " + skill + " through classroom practice and its impact on students.",
                "Plan, implement and reflect on a cycle of inquiry focused on " + skill + ".",
                List.of(new Part("Plan", "Describe the students, the goal and the plan you will carry out.", true, true,
                                false),
                        new Part("Classroom evidence", "Upload or link artifacts (video, student work, materials) "
                                + "showing the plan in action.", false, true, true),
                        new Part("Reflection", "Reflect on the impact on students and your next steps.", true, false,
                                false)),
                List.of(criterion("Planning", "the plan"), criterion("Implementation", "the classroom evidence"),
                        criterion("Reflection and impact", "the reflection")),
                List.of());
    }

    private Criterion criterion(String title, String subject) {
        List<String> descriptors = new ArrayList<>();
        for (String level : levels) {
            descriptors.add(level + ": " + subject + " at this level.");
        }
        return new Criterion(title, descriptors);
    }
}
