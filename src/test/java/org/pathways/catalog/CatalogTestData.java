package org.pathways.catalog;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.List;
import org.pathways.catalog.MicroCredential.EvidencePart;
import org.pathways.catalog.MicroCredential.Resource;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builders for catalog content, and removal of what a test added (published versions are frozen). */
public final class CatalogTestData {

    private CatalogTestData() {
    }

    public static MicroCredentialContent content(String competency, String... criteria) {
        List<String> levels = List.of("Not yet", "Developing", "Meets", "Exceeds");
        return new MicroCredentialContent(competency, "Plan, teach, reflect.", new BigDecimal("15"), 3, levels,
                List.of(new EvidencePart(1, "Plan", "Describe your plan.", true, true, false),
                        new EvidencePart(2, "Video", "Link a short video.", false, true, true)),
                java.util.Arrays.stream(criteria).map(c -> new MicroCredentialContent.Criterion(c,
                        levels.stream().map(l -> c + " at " + l).toList())).toList(),
                List.of(new Resource("A book", null)));
    }

    /** Deletes test-made catalog rows by code, bypassing the freeze triggers for this cleanup only. */
    public static void purge(JdbcTemplate jdbc, List<String> microCredentials, List<String> endorsements,
                             List<String> roles) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            try (var st = con.createStatement()) {
                st.execute("set session_replication_role = replica");
            }
            try {
                for (String code : roles) {
                    run(con, "delete from role_responsibility where role_id in (select id from career_role where code = ?)", code);
                    run(con, "delete from career_map_edge where from_role_id in (select id from career_role where code = ?) "
                            + "or to_role_id in (select id from career_role where code = ?)", code, code);
                    run(con, "delete from career_role where code = ?", code);
                }
                for (String code : endorsements) {
                    run(con, "update career_role set endorsement_id = null where endorsement_id in "
                            + "(select id from endorsement where code = ?)", code);
                    run(con, "update endorsement set prerequisite_id = null where prerequisite_id in "
                            + "(select id from endorsement where code = ?)", code);
                    run(con, "delete from endorsement_requirement where endorsement_id in "
                            + "(select id from endorsement where code = ?)", code);
                    run(con, "delete from endorsement where code = ?", code);
                }
                for (String code : microCredentials) {
                    String versions = "(select v.id from micro_credential_version v join micro_credential m "
                            + "on m.id = v.micro_credential_id where m.code = ?)";
                    run(con, "delete from rubric_level where criterion_id in (select id from rubric_criterion "
                            + "where version_id in " + versions + ")", code);
                    run(con, "delete from rubric_criterion where version_id in " + versions, code);
                    run(con, "delete from evidence_part where version_id in " + versions, code);
                    run(con, "delete from resource_link where version_id in " + versions, code);
                    run(con, "delete from endorsement_requirement where micro_credential_id in "
                            + "(select id from micro_credential where code = ?)", code);
                    run(con, "delete from micro_credential_version where id in " + versions, code);
                    run(con, "delete from micro_credential where code = ?", code);
                }
                run(con, "delete from endorsement_group where not exists "
                        + "(select 1 from endorsement e where e.group_id = endorsement_group.id)");
                run(con, "update catalog_revision set revision = nextval('catalog_revision_number')");
            } finally {
                try (var st = con.createStatement()) {
                    st.execute("set session_replication_role = origin");
                }
            }
            return null;
        });
    }

    private static void run(java.sql.Connection con, String sql, Object... args) throws java.sql.SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
