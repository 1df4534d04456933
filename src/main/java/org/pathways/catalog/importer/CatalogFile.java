package org.pathways.catalog.importer;

import static org.pathways.catalog.importer.YamlReader.integer;
import static org.pathways.catalog.importer.YamlReader.list;
import static org.pathways.catalog.importer.YamlReader.map;
import static org.pathways.catalog.importer.YamlReader.optionalText;
import static org.pathways.catalog.importer.YamlReader.strings;
import static org.pathways.catalog.importer.YamlReader.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pathways.catalog.Access;
import org.pathways.catalog.EndorsementStatus;
import org.springframework.core.io.Resource;

/** The published catalog file (micro-credentials, endorsement groups and rules), checked whole. */
record CatalogFile(List<MicroCredentialEntry> microCredentials, List<GroupEntry> groups) {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    record MicroCredentialEntry(String code, String title, String note) {
    }

    record GroupEntry(String code, String title, List<EndorsementEntry> endorsements) {
    }

    record EndorsementEntry(String code, String title, Access access, EndorsementStatus status,
                            List<String> required, int chooseCount, List<String> chooseFrom,
                            String prerequisite, String note) {
    }

    static CatalogFile read(Resource resource) {
        Map<String, Object> root = YamlReader.read(resource);
        List<String> problems = new ArrayList<>();
        List<MicroCredentialEntry> credentials = new ArrayList<>();
        for (Object item : list(root.get("microcredentials"), "microcredentials")) {
            Map<String, Object> node = map(item, "a micro-credential");
            String code = text(node, "code", "a micro-credential");
            credentials.add(new MicroCredentialEntry(code, text(node, "title", "micro-credential " + code),
                    optionalText(node, "note")));
        }
        List<GroupEntry> groups = new ArrayList<>();
        for (Object item : list(root.get("endorsement_groups"), "endorsement_groups")) {
            Map<String, Object> groupNode = map(item, "an endorsement group");
            String title = text(groupNode, "group", "an endorsement group");
            List<EndorsementEntry> endorsements = new ArrayList<>();
            for (Object e : list(groupNode.get("endorsements"), "group " + title)) {
                endorsements.add(endorsement(map(e, "an endorsement of " + title), problems));
            }
            groups.add(new GroupEntry(slug(title), title, endorsements));
        }
        CatalogFile file = new CatalogFile(credentials, groups);
        problems.addAll(file.problems());
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
        return file;
    }

    private static EndorsementEntry endorsement(Map<String, Object> node, List<String> problems) {
        String code = text(node, "code", "an endorsement");
        String where = "endorsement " + code;
        Map<String, Object> choose = node.get("choose") == null ? Map.of() : map(node.get("choose"), where + " choose");
        return new EndorsementEntry(code, text(node, "title", where),
                enumValue(Access.class, node.get("access"), where + " access", Access.ALL_ACCESS, problems),
                enumValue(EndorsementStatus.class, node.get("status"), where + " status", EndorsementStatus.OPEN,
                        problems),
                strings(node.get("required"), where + " required"),
                integer(choose, "count", 0, where + " choose"),
                strings(choose.get("from"), where + " choose"),
                optionalText(node, "prerequisite"),
                optionalText(node, "note"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String where, E fallback,
                                                   List<String> problems) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(where + " '" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            return fallback;
        }
    }

    /** Every reference resolves, every code is unique, every rule can be met, no prerequisite cycle. */
    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> credentialCodes = new HashSet<>();
        for (MicroCredentialEntry mc : microCredentials) {
            checkCode("micro-credential", mc.code(), problems);
            if (!credentialCodes.add(mc.code())) {
                problems.add("micro-credential code '" + mc.code() + "' is used twice");
            }
        }
        Map<String, EndorsementEntry> endorsements = new HashMap<>();
        for (GroupEntry group : groups) {
            for (EndorsementEntry e : group.endorsements()) {
                checkCode("endorsement", e.code(), problems);
                if (endorsements.put(e.code(), e) != null) {
                    problems.add("endorsement code '" + e.code() + "' is used twice");
                }
            }
        }
        for (EndorsementEntry e : endorsements.values()) {
            for (String code : e.required()) {
                if (!credentialCodes.contains(code)) {
                    problems.add("endorsement '" + e.code() + "' requires unknown micro-credential '" + code + "'");
                }
            }
            for (String code : e.chooseFrom()) {
                if (!credentialCodes.contains(code)) {
                    problems.add("endorsement '" + e.code() + "' lets educators choose unknown micro-credential '"
                            + code + "'");
                }
                if (e.required().contains(code)) {
                    problems.add("endorsement '" + e.code() + "' lists '" + code + "' as both required and a choice");
                }
            }
            if (new LinkedHashSet<>(e.required()).size() < e.required().size()
                    || new LinkedHashSet<>(e.chooseFrom()).size() < e.chooseFrom().size()) {
                problems.add("endorsement '" + e.code() + "' lists a micro-credential twice");
            }
            if (e.chooseCount() < 0 || e.chooseCount() > e.chooseFrom().size()) {
                problems.add("endorsement '" + e.code() + "' asks to choose " + e.chooseCount() + " of "
                        + e.chooseFrom().size());
            }
            if (e.prerequisite() != null && !endorsements.containsKey(e.prerequisite())) {
                problems.add("endorsement '" + e.code() + "' has unknown prerequisite '" + e.prerequisite() + "'");
            }
        }
        for (EndorsementEntry e : endorsements.values()) {
            Set<String> seen = new HashSet<>();
            EndorsementEntry current = e;
            while (current != null && current.prerequisite() != null) {
                if (!seen.add(current.code())) {
                    problems.add("prerequisites of endorsement '" + e.code() + "' form a cycle");
                    break;
                }
                current = endorsements.get(current.prerequisite());
            }
        }
        return problems;
    }

    static void checkCode(String kind, String code, List<String> problems) {
        if (!CODE.matcher(code).matches() || code.length() > 80) {
            problems.add(kind + " code '" + code + "' should be lower-case letters, digits and hyphens");
        }
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    Set<String> endorsementCodes() {
        Set<String> codes = new HashSet<>();
        groups.forEach(g -> g.endorsements().forEach(e -> codes.add(e.code())));
        return codes;
    }
}
