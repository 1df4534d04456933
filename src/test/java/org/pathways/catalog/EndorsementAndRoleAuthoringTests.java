package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.authoring.CatalogEditException;
import org.pathways.catalog.authoring.EndorsementAuthoring;
import org.pathways.catalog.authoring.EndorsementAuthoring.EndorsementChange;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.authoring.RoleAuthoring;
import org.pathways.catalog.authoring.RoleAuthoring.RoleChange;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class EndorsementAndRoleAuthoringTests implements PostgresTest {

    static final String MC = "test-family-conferences";
    static final String ENDORSEMENT = "test-family-partners";
    static final String ROLE = "test-family-liaison";

    @Autowired
    MicroCredentialAuthoring microCredentials;
    @Autowired
    EndorsementAuthoring endorsements;
    @Autowired
    RoleAuthoring roles;
    @Autowired
    CatalogApi catalog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestData() {
        CatalogTestData.purge(jdbc, List.of(MC), List.of(ENDORSEMENT), List.of(ROLE));
    }

    @Test
    void anAdminCreatesAnEndorsementInANewGroupAndARoleCardThatItQualifiesFor() {
        microCredentials.create(MC, "Family Conferences", CatalogTestData.content("Confers", "Goal"), "admin@x.org");
        microCredentials.publish(MC, null, "admin@x.org");

        endorsements.save(change(List.of(MC), 1, List.of("equity-mindset", "adult-learning"), "ctc-1"), null,
                "admin@x.org");
        Endorsement created = catalog.endorsement(ENDORSEMENT).orElseThrow();
        assertThat(created.groupTitle()).isEqualTo("Family Partnership");
        assertThat(created.rule().describe()).isEqualTo("Earn the required micro-credential and 1 of these 2");
        assertThat(created.prerequisiteCode()).isEqualTo("ctc-1");

        roles.save(new RoleChange(ROLE, "Family Liaison", 2, 5, "Bridges home and school.",
                List.of("Runs family nights", "Coaches conferences"), ENDORSEMENT, List.of("plc-leader")), null,
                "admin@x.org");
        CareerRole role = catalog.role(ROLE).orElseThrow();
        assertThat(role.responsibilities()).containsExactly("Runs family nights", "Coaches conferences");
        assertThat(role.nextRoleCodes()).containsExactly("plc-leader");
        assertThat(catalog.rolesQualifiedBy(ENDORSEMENT)).extracting(CareerRole::code).containsExactly(ROLE);

        assertThat(jdbc.queryForList("select actor || ' ' || action from audit_event where subject_id in (?, ?) "
                + "order by id", String.class, ENDORSEMENT, ROLE))
                .containsExactly("admin@x.org endorsement.created", "admin@x.org role.created");
    }

    @Test
    void anUnmeetableRuleOrADraftCredentialChangesNothingAndSaysWhy() {
        microCredentials.create(MC, "Family Conferences", CatalogTestData.content("Confers", "Goal"), "admin@x.org");
        long revision = revision();

        assertThatThrownBy(() -> endorsements.save(change(List.of(MC), 3, List.of("equity-mindset", "adult-learning"),
                null), null, "admin@x.org"))
                .isInstanceOf(CatalogEditException.class)
                .hasMessageContaining("'" + MC + "' is a draft")
                .hasMessageContaining("cannot choose 3 of 2");
        assertThat(catalog.endorsement(ENDORSEMENT)).isEmpty();
        assertThat(revision()).isEqualTo(revision);
    }

    @Test
    void aPrerequisiteLoopAndACareerMapLoopAreRefusedOnRealCatalogData() {
        var ctc1 = endorsements.editable("ctc-1").orElseThrow();
        EndorsementChange f = ctc1.fields();
        EndorsementChange loop = new EndorsementChange(f.code(), f.title(), f.groupCode(), null, f.access(),
                f.status(), f.required(), f.chooseCount(), f.chooseFrom(), "ctc-3", f.note());
        assertThatThrownBy(() -> endorsements.save(loop, ctc1.rowVersion(), "admin@x.org"))
                .hasMessageContaining("would make a loop");
        assertThat(catalog.endorsement("ctc-1").orElseThrow().prerequisiteCode()).isNull();

        var teacher = roles.editable("classroom-teacher").orElseThrow();
        RoleChange r = teacher.fields();
        RoleChange back = new RoleChange(r.code(), r.title(), r.tier(), r.mapOrder(), r.purpose(),
                r.responsibilities(), r.endorsement(), List.of("new-teacher"));
        assertThatThrownBy(() -> roles.save(back, teacher.rowVersion(), "admin@x.org")).hasMessageContaining("loop");
        assertThat(catalog.role("classroom-teacher").orElseThrow().nextRoleCodes()).doesNotContain("new-teacher");
    }

    private static EndorsementChange change(List<String> required, int count, List<String> from, String prerequisite) {
        return new EndorsementChange(ENDORSEMENT, "Family Partners", null, "Family Partnership",
                Access.ROLE_GATED, EndorsementStatus.OPEN, required, count, from, prerequisite, null);
    }

    private long revision() {
        return jdbc.queryForObject("select revision from catalog_revision", Long.class);
    }
}
