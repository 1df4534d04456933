package org.pathways.catalog.importer;

import static org.pathways.catalog.importer.YamlReader.integer;
import static org.pathways.catalog.importer.YamlReader.list;
import static org.pathways.catalog.importer.YamlReader.map;
import static org.pathways.catalog.importer.YamlReader.optionalText;
import static org.pathways.catalog.importer.YamlReader.strings;
import static org.pathways.catalog.importer.YamlReader.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;

/** Career roles with their role cards and the career map's edges (next roles). */
record RoleFile(List<RoleEntry> roles) {

    record RoleEntry(String code, String title, int tier, String endorsement, String purpose,
                     List<String> responsibilities, List<String> next) {
    }

    static RoleFile read(Resource resource, Set<String> endorsementCodes) {
        Map<String, Object> root = YamlReader.read(resource);
        List<RoleEntry> roles = new ArrayList<>();
        for (Object item : list(root.get("roles"), "roles")) {
            Map<String, Object> node = map(item, "a role");
            String code = text(node, "code", "a role");
            String where = "role " + code;
            roles.add(new RoleEntry(code, text(node, "title", where), integer(node, "tier", 1, where),
                    optionalText(node, "endorsement"), text(node, "purpose", where),
                    strings(node.get("responsibilities"), where + " responsibilities"),
                    strings(node.get("next"), where + " next")));
        }
        RoleFile file = new RoleFile(roles);
        List<String> problems = file.problems(endorsementCodes);
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
        return file;
    }

    private List<String> problems(Set<String> endorsementCodes) {
        List<String> problems = new ArrayList<>();
        Map<String, RoleEntry> byCode = new LinkedHashMap<>();
        for (RoleEntry role : roles) {
            CatalogFile.checkCode("role", role.code(), problems);
            if (byCode.put(role.code(), role) != null) {
                problems.add("role code '" + role.code() + "' is used twice");
            }
            if (role.tier() < 1 || role.tier() > 4) {
                problems.add("role '" + role.code() + "' has tier " + role.tier() + "; tiers are 1 to 4");
            }
            if (role.endorsement() != null && !endorsementCodes.contains(role.endorsement())) {
                problems.add("role '" + role.code() + "' names unknown endorsement '" + role.endorsement() + "'");
            }
        }
        for (RoleEntry role : roles) {
            for (String next : role.next()) {
                if (!byCode.containsKey(next)) {
                    problems.add("role '" + role.code() + "' leads to unknown role '" + next + "'");
                } else if (next.equals(role.code())) {
                    problems.add("role '" + role.code() + "' leads to itself");
                }
            }
        }
        if (problems.isEmpty()) {
            findCycle(byCode).ifPresent(code -> problems.add("the career map has a cycle through role '" + code + "'"));
        }
        return problems;
    }

    private static java.util.Optional<String> findCycle(Map<String, RoleEntry> byCode) {
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        for (String code : byCode.keySet()) {
            String cycle = visit(code, byCode, done, onPath);
            if (cycle != null) {
                return java.util.Optional.of(cycle);
            }
        }
        return java.util.Optional.empty();
    }

    private static String visit(String code, Map<String, RoleEntry> byCode, Set<String> done, Set<String> onPath) {
        if (done.contains(code)) {
            return null;
        }
        if (!onPath.add(code)) {
            return code;
        }
        for (String next : byCode.get(code).next()) {
            String cycle = visit(next, byCode, done, onPath);
            if (cycle != null) {
                return cycle;
            }
        }
        onPath.remove(code);
        done.add(code);
        return null;
    }
}
