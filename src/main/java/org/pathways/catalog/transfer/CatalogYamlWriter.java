package org.pathways.catalog.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes the catalog in the layout of the district's catalog file, extended with each micro-credential's content. */
final class CatalogYamlWriter {

    static final String HEADER = """
            # Pathways catalog export. Edit it and import it again under Administration > Catalog > Import:
            # you see what would be added, changed and retired before anything is applied.
            #   microcredentials: the current published content (a never-published one: its draft).
            #     Changed content becomes a new published version; submissions keep the version they started on.
            #     A micro-credential left out of the file is retired.
            #   endorsement_groups: access all_access | role_gated; status open | coming_soon | retired;
            #     required: every one must be earned; choose: count of from must be earned as well.
            #     An endorsement left out of the file is retired.
            #   roles: role cards and the career map (next roles); tier 1-4, order within the tier.
            """;

    private CatalogYamlWriter() {
    }

    static String write(CatalogDocument document) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> credentials = new ArrayList<>();
        for (CatalogDocument.Credential c : document.microCredentials()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("code", c.code());
            node.put("title", c.title());
            node.put("status", lower(c.status()));
            putIfSet(node, "note", c.note());
            MicroCredentialContent content = c.content();
            node.put("cpe_hours", number(content.cpeHours()));
            node.put("competency", content.competency());
            node.put("key_method", content.keyMethod());
            List<Object> evidence = new ArrayList<>();
            for (EvidencePart part : content.parts()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("title", part.title());
                p.put("instructions", part.instructions());
                List<String> accepts = new ArrayList<>();
                if (part.acceptsText()) {
                    accepts.add("text");
                }
                if (part.acceptsFiles()) {
                    accepts.add("file");
                }
                if (part.acceptsLinks()) {
                    accepts.add("link");
                }
                p.put("accepts", accepts);
                evidence.add(p);
            }
            node.put("evidence", evidence);
            node.put("levels", content.levels());
            node.put("passing_level", content.passingScore());
            List<Object> rubric = new ArrayList<>();
            for (MicroCredentialContent.Criterion criterion : content.rubric()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("criterion", criterion.title());
                r.put("levels", criterion.descriptors());
                rubric.add(r);
            }
            node.put("rubric", rubric);
            List<Object> resources = new ArrayList<>();
            content.resources().forEach(resource -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("title", resource.title());
                putIfSet(r, "url", resource.url());
                resources.add(r);
            });
            node.put("resources", resources);
            credentials.add(node);
        }
        root.put("microcredentials", credentials);

        List<Object> groups = new ArrayList<>();
        for (CatalogDocument.Group group : document.groups()) {
            List<Object> endorsements = new ArrayList<>();
            for (CatalogDocument.Endorsement e : group.endorsements()) {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("code", e.code());
                node.put("title", e.title());
                node.put("access", lower(e.access()));
                node.put("status", lower(e.status()));
                putIfSet(node, "prerequisite", e.prerequisite());
                if (!e.required().isEmpty()) {
                    node.put("required", e.required());
                }
                if (e.chooseCount() > 0 || !e.chooseFrom().isEmpty()) {
                    Map<String, Object> choose = new LinkedHashMap<>();
                    choose.put("count", e.chooseCount());
                    choose.put("from", e.chooseFrom());
                    node.put("choose", choose);
                }
                putIfSet(node, "note", e.note());
                endorsements.add(node);
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("group", group.title());
            g.put("endorsements", endorsements);
            groups.add(g);
        }
        root.put("endorsement_groups", groups);

        List<Object> roles = new ArrayList<>();
        for (CatalogDocument.Role role : document.roles()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("code", role.code());
            node.put("title", role.title());
            node.put("tier", role.tier());
            node.put("order", role.order());
            putIfSet(node, "endorsement", role.endorsement());
            node.put("purpose", role.purpose());
            node.put("responsibilities", role.responsibilities());
            node.put("next", role.next());
            roles.add(node);
        }
        root.put("roles", roles);

        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(true);
        return HEADER + "\n" + new Yaml(options).dump(root);
    }

    private static Object number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? (Object) plain.intValueExact() : (Object) plain.doubleValue();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static void putIfSet(Map<String, Object> node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
