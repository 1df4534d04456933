package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.authoring.CatalogEditException;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.authoring.MicroCredentialContent;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class MicroCredentialVersioningTests implements PostgresTest {

    static final String CODE = "test-reading-conferences";

    @Autowired
    MicroCredentialAuthoring authoring;
    @Autowired
    CatalogApi catalog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestData() {
        CatalogTestData.purge(jdbc, List.of(CODE), List.of(), List.of());
    }

    @Test
    void aDraftIsInvisibleToEducatorsUntilPublished() {
        authoring.create(CODE, "Reading Conferences", CatalogTestData.content("Confers", "Goal", "Talk", "Notes"),
                "admin@example.org");
        assertThat(catalog.microCredential(CODE)).isEmpty();

        assertThat(authoring.publish(CODE, "first release", "admin@example.org")).isEqualTo(1);

        MicroCredential published = catalog.microCredential(CODE).orElseThrow();
        assertThat(published.status()).isEqualTo(CredentialStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.evidenceParts()).hasSize(2);
        assertThat(published.rubric()).extracting(MicroCredential.RubricCriterion::title)
                .containsExactly("Goal", "Talk", "Notes");
        assertThat(published.rubric().get(0).levels()).extracting(MicroCredential.RubricLevel::label)
                .containsExactly("Not yet", "Developing", "Meets", "Exceeds");
    }

    @Test
    void versionOneStaysReadableWithItsPartsAndRubricAfterVersionTwoIsPublished() {
        long auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        authoring.create(CODE, "Reading Conferences", CatalogTestData.content("Confers", "Goal", "Talk", "Notes"),
                "admin@example.org");
        authoring.publish(CODE, null, "admin@example.org");
        var editable = authoring.editable(CODE).orElseThrow();

        MicroCredentialContent changed = CatalogTestData.content("Confers weekly", "Goal", "Feedback");
        authoring.saveDraft(CODE, editable.rowVersion(), "Reading Conferences", changed, "admin@example.org");
        assertThat(catalog.microCredential(CODE).orElseThrow().competency()).isEqualTo("Confers");
        authoring.publish(CODE, "two criteria", "admin@example.org");

        MicroCredential current = catalog.microCredential(CODE).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.competency()).isEqualTo("Confers weekly");
        assertThat(current.rubric()).hasSize(2);

        MicroCredential first = catalog.microCredentialVersion(CODE, 1).orElseThrow();
        assertThat(first.competency()).isEqualTo("Confers");
        assertThat(first.rubric()).extracting(MicroCredential.RubricCriterion::title)
                .containsExactly("Goal", "Talk", "Notes");
        assertThat(first.evidenceParts()).extracting(MicroCredential.EvidencePart::title)
                .containsExactly("Plan", "Video");
        assertThat(catalog.microCredentialVersion(CODE, 3)).isEmpty();

        assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'micro_credential' "
                + "and subject_id = ? and id > ? order by id", String.class, CODE, auditBefore)).containsExactly(
                "microcredential.created", "microcredential.published", "microcredential.draft-saved",
                "microcredential.published");
        assertThat(jdbc.queryForObject("select details from audit_event where subject_id = ? "
                + "and action = 'microcredential.draft-saved' and id > ?", String.class, CODE, auditBefore))
                .isEqualTo("changed: competency, rubric");
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedVersion() {
        authoring.create(CODE, "Reading Conferences", CatalogTestData.content("Confers", "Goal"), "admin@example.org");
        authoring.publish(CODE, null, "admin@example.org");
        long versionId = jdbc.queryForObject("select v.id from micro_credential_version v join micro_credential m "
                + "on m.id = v.micro_credential_id where m.code = ?", Long.class, CODE);

        assertThatThrownBy(() -> jdbc.update("update micro_credential_version set competency = 'x' where id = ?",
                versionId)).isInstanceOf(DataAccessException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.update("update rubric_level set descriptor = 'x' where criterion_id in "
                + "(select id from rubric_criterion where version_id = ?)", versionId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.update("delete from evidence_part where version_id = ?", versionId))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aStaleEditIsRefusedAndSoIsContentThatCannotBePublished() {
        authoring.create(CODE, "Reading Conferences", CatalogTestData.content("Confers", "Goal"), "admin@example.org");
        long rowVersion = authoring.editable(CODE).orElseThrow().rowVersion();
        authoring.saveDraft(CODE, rowVersion, "Reading Conferences 2", CatalogTestData.content("A", "Goal"), "a@x.org");

        assertThatThrownBy(() -> authoring.saveDraft(CODE, rowVersion, "Other", CatalogTestData.content("B", "Goal"),
                "b@x.org")).isInstanceOf(CatalogEditException.class).hasMessageContaining("Someone else changed");

        MicroCredentialContent noRubric = CatalogTestData.content("C");
        assertThatThrownBy(() -> authoring.saveDraft(CODE, rowVersion + 1, "Reading Conferences", noRubric, "a@x.org"))
                .isInstanceOf(CatalogEditException.class).hasMessageContaining("add at least one criterion");
    }

    @Test
    void aRetiredMicroCredentialStaysInTheCatalogMarkedRetiredAndCannotBeEdited() {
        authoring.create(CODE, "Reading Conferences", CatalogTestData.content("Confers", "Goal"), "admin@example.org");
        authoring.publish(CODE, null, "admin@example.org");
        authoring.retire(CODE, "admin@example.org");

        assertThat(catalog.microCredential(CODE).orElseThrow().status()).isEqualTo(CredentialStatus.RETIRED);
        long rowVersion = authoring.editable(CODE).orElseThrow().rowVersion();
        assertThatThrownBy(() -> authoring.saveDraft(CODE, rowVersion, "X", CatalogTestData.content("Y", "Goal"),
                "admin@example.org")).hasMessageContaining("retired");
    }
}
