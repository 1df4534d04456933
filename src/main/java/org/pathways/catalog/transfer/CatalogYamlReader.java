package org.pathways.catalog.transfer;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pathways.catalog.Access;
import org.pathways.catalog.CredentialStatus;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.MicroCredential.Resource;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.catalog.importer.CatalogImportException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a catalog file into a document, collecting every problem with the line and field where it is,
 * e.g. "line 42, micro-credential 'teaching-phonics': cpe_hours should be a number".
 */
final class CatalogYamlReader {

    private static final Set<String> CREDENTIAL_FIELDS = Set.of("code", "title", "status", "note", "cpe_hours",
            "competency", "key_method", "evidence", "levels", "passing_level", "rubric", "resources");
    private static final Set<String> ENDORSEMENT_FIELDS = Set.of("code", "title", "access", "status", "prerequisite",
            "required", "choose", "note");
    private static final Set<String> ROLE_FIELDS = Set.of("code", "title", "tier", "order", "endorsement", "purpose",
            "responsibilities", "next");

    private final List<String> problems = new ArrayList<>();

    private CatalogYamlReader() {
    }

    /** The document in the text, or an exception listing every problem found. */
    static CatalogDocument read(String text) {
        return new CatalogYamlReader().document(text);
    }

    private CatalogDocument document(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(5 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new CatalogImportException("line " + (e.getProblemMark().getLine() + 1) + ": the file is not valid "
                    + "YAML (" + e.getProblem() + ")");
        } catch (YAMLException e) {
            throw new CatalogImportException("the file is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode)) {
            throw new CatalogImportException("the file is empty or does not start with a mapping "
                    + "(microcredentials:, endorsement_groups:, roles:)");
        }
        Map<String, Node> top = fields(root, "the file", null);
        List<CatalogDocument.Credential> credentials = new ArrayList<>();
        Node mcs = top.get("microcredentials");
        if (mcs == null) {
            problems.add("the file has no microcredentials: list");
        }
        for (Node node : items(mcs, "microcredentials")) {
            credentials.add(credential(node));
        }
        List<CatalogDocument.Group> groups = new ArrayList<>();
        Node groupList = top.get("endorsement_groups");
        if (groupList == null) {
            problems.add("the file has no endorsement_groups: list");
        }
        for (Node node : items(groupList, "endorsement_groups")) {
            Map<String, Node> g = fields(node, "an endorsement group", Set.of("group", "endorsements"));
            String title = text(g, "group", node, "an endorsement group", true);
            List<CatalogDocument.Endorsement> endorsements = new ArrayList<>();
            for (Node e : items(g.get("endorsements"), "group '" + title + "' endorsements")) {
                endorsements.add(endorsement(e));
            }
            groups.add(new CatalogDocument.Group(title == null ? "" : title, endorsements));
        }
        List<CatalogDocument.Role> roles = null;
        if (top.containsKey("roles")) {
            roles = new ArrayList<>();
            for (Node node : items(top.get("roles"), "roles")) {
                roles.add(role(node));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogImportException(problems);
        }
        return new CatalogDocument(credentials, groups, roles);
    }

    private CatalogDocument.Credential credential(Node node) {
        Map<String, Node> f = fields(node, "a micro-credential", CREDENTIAL_FIELDS);
        String code = text(f, "code", node, "a micro-credential", true);
        String where = "micro-credential '" + code + "'";
        String title = text(f, "title", node, where, true);
        CredentialStatus status = enumValue(CredentialStatus.class, f.get("status"), where + " status",
                CredentialStatus.PUBLISHED);
        String note = text(f, "note", node, where, false);
        MicroCredentialContent content = null;
        if (f.containsKey("competency") || f.containsKey("evidence") || f.containsKey("rubric")) {
            content = content(f, node, where);
        }
        return new CatalogDocument.Credential(code, title, status, note, content, line(node));
    }

    private MicroCredentialContent content(Map<String, Node> f, Node node, String where) {
        int problemsBefore = problems.size();
        BigDecimal hours = BigDecimal.valueOf(15);
        Node hoursNode = f.get("cpe_hours");
        if (hoursNode != null) {
            try {
                hours = new BigDecimal(scalar(hoursNode, where + " cpe_hours"));
            } catch (NumberFormatException e) {
                problems.add(at(hoursNode, where) + "cpe_hours should be a number, e.g. 15");
            }
        }
        List<EvidencePart> parts = new ArrayList<>();
        for (Node p : items(f.get("evidence"), where + " evidence")) {
            Map<String, Node> pf = fields(p, where + " evidence part", Set.of("title", "instructions", "accepts"));
            String partWhere = where + " evidence part " + (parts.size() + 1);
            List<String> accepts = strings(pf.get("accepts"), partWhere + " accepts");
            for (String kind : accepts) {
                if (!Set.of("text", "file", "link").contains(kind)) {
                    problems.add(at(pf.get("accepts"), partWhere) + "accepts '" + kind + "' is not one of text, file, link");
                }
            }
            parts.add(new EvidencePart(parts.size() + 1, orEmpty(text(pf, "title", p, partWhere, true)),
                    orEmpty(text(pf, "instructions", p, partWhere, true)), accepts.contains("text"),
                    accepts.contains("file"), accepts.contains("link")));
        }
        List<String> levels = strings(f.get("levels"), where + " levels");
        int passing = integer(f.get("passing_level"), where + " passing_level", 3);
        List<MicroCredentialContent.Criterion> rubric = new ArrayList<>();
        for (Node c : items(f.get("rubric"), where + " rubric")) {
            Map<String, Node> cf = fields(c, where + " rubric criterion", Set.of("criterion", "levels"));
            String criterionWhere = where + " rubric criterion " + (rubric.size() + 1);
            List<String> descriptors = strings(cf.get("levels"), criterionWhere + " levels");
            if (descriptors.size() != levels.size()) {
                problems.add(at(c, criterionWhere) + "has " + descriptors.size() + " level descriptors; the levels: "
                        + "list has " + levels.size());
            }
            rubric.add(new MicroCredentialContent.Criterion(orEmpty(text(cf, "criterion", c, criterionWhere, true)),
                    descriptors));
        }
        List<Resource> resources = new ArrayList<>();
        for (Node r : items(f.get("resources"), where + " resources")) {
            Map<String, Node> rf = fields(r, where + " resource", Set.of("title", "url"));
            resources.add(new Resource(orEmpty(text(rf, "title", r, where + " resource", true)),
                    text(rf, "url", r, where + " resource", false)));
        }
        MicroCredentialContent content = new MicroCredentialContent(orEmpty(text(f, "competency", node, where, true)),
                orEmpty(text(f, "key_method", node, where, true)), hours, passing, levels, parts, rubric, resources);
        if (problems.size() == problemsBefore) {
            content.problems().forEach(p -> problems.add(at(node, where) + p));
        }
        return content;
    }

    private CatalogDocument.Endorsement endorsement(Node node) {
        Map<String, Node> f = fields(node, "an endorsement", ENDORSEMENT_FIELDS);
        String code = text(f, "code", node, "an endorsement", true);
        String where = "endorsement '" + code + "'";
        int count = 0;
        List<String> from = List.of();
        if (f.containsKey("choose")) {
            Map<String, Node> choose = fields(f.get("choose"), where + " choose", Set.of("count", "from"));
            count = integer(choose.get("count"), where + " choose count", 0);
            from = strings(choose.get("from"), where + " choose from");
        }
        return new CatalogDocument.Endorsement(code, orEmpty(text(f, "title", node, where, true)),
                enumValue(Access.class, f.get("access"), where + " access", Access.ALL_ACCESS),
                enumValue(EndorsementStatus.class, f.get("status"), where + " status", EndorsementStatus.OPEN),
                strings(f.get("required"), where + " required"), count, from, text(f, "prerequisite", node, where, false),
                text(f, "note", node, where, false), line(node));
    }

    private CatalogDocument.Role role(Node node) {
        Map<String, Node> f = fields(node, "a role", ROLE_FIELDS);
        String code = text(f, "code", node, "a role", true);
        String where = "role '" + code + "'";
        return new CatalogDocument.Role(code, orEmpty(text(f, "title", node, where, true)),
                integer(f.get("tier"), where + " tier", 1), integer(f.get("order"), where + " order", 100),
                text(f, "endorsement", node, where, false), orEmpty(text(f, "purpose", node, where, true)),
                strings(f.get("responsibilities"), where + " responsibilities"), strings(f.get("next"), where + " next"),
                line(node));
    }

    private Map<String, Node> fields(Node node, String where, Set<String> known) {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.add(at(node, where) + "should be a mapping of fields");
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (known != null && !known.contains(key)) {
                problems.add(at(tuple.getKeyNode(), where) + "unknown field '" + key + "'");
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    private List<Node> items(Node node, String where) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(at(node, where) + "should be a list");
        return List.of();
    }

    private List<String> strings(Node node, String where) {
        List<String> values = new ArrayList<>();
        for (Node item : items(node, where)) {
            String value = scalar(item, where);
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            } else {
                problems.add(at(item, where) + "has an empty entry");
            }
        }
        return values;
    }

    private String text(Map<String, Node> fields, String key, Node owner, String where, boolean required) {
        Node node = fields.get(key);
        String value = node == null ? null : scalar(node, where + " " + key);
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(at(owner, where) + "has no " + key);
            }
            return null;
        }
        return value.strip();
    }

    private int integer(Node node, String where, int fallback) {
        if (node == null) {
            return fallback;
        }
        String value = scalar(node, where);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            problems.add(at(node, where) + "should be a whole number, found '" + value + "'");
            return fallback;
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, Node node, String where, E fallback) {
        if (node == null) {
            return fallback;
        }
        String value = scalar(node, where);
        try {
            return Enum.valueOf(type, String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(at(node, where) + "'" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            return fallback;
        }
    }

    private String scalar(Node node, String where) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.add(at(node, where) + "should be a single value");
        return null;
    }

    static int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String at(Node node, String where) {
        return "line " + line(node) + ", " + where + ": ";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
