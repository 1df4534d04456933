package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.importer.CatalogImportException;
import org.pathways.catalog.importer.CatalogImporter;
import org.pathways.catalog.importer.CatalogResources;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class CatalogImportTests implements PostgresTest {

    @Autowired
    CatalogImporter importer;
    @Autowired
    CatalogApi catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsTheWholeHarmonyCatalog() {
        assertThat(count("micro_credential")).isEqualTo(46);
        assertThat(count("endorsement")).isEqualTo(31);
        assertThat(count("endorsement_group")).isEqualTo(4);
        assertThat(catalog.groups()).extracting(EndorsementGroup::title).containsExactly(
                "All-Access Micro-endorsements", "Teacher Focused Micro-endorsements",
                "Leader Focused Micro-endorsements", "Non-Classroom Personnel Micro-endorsements");

        Endorsement ctc1 = catalog.endorsement("ctc-1").orElseThrow();
        assertThat(ctc1.rule().required()).containsExactly("behavioral-expectations", "planning-with-tlac");
        assertThat(ctc1.rule().chooseCount()).isEqualTo(1);
        assertThat(ctc1.rule().chooseFrom()).hasSize(11);
        assertThat(ctc1.access()).isEqualTo(Access.ALL_ACCESS);
        assertThat(catalog.endorsement("ctc-2").orElseThrow().prerequisiteCode()).isEqualTo("ctc-1");
        assertThat(catalog.endorsement("sped-1").orElseThrow().status()).isEqualTo(EndorsementStatus.COMING_SOON);
        assertThat(catalog.endorsement("plc-leaders").orElseThrow().access()).isEqualTo(Access.ROLE_GATED);
    }

    @Test
    void everyMicroCredentialHasSampleContentWorthSubmittingTo() {
        assertThat(catalog.microCredentials()).hasSize(46).allSatisfy(mc -> {
            assertThat(mc.sampleContent()).isTrue();
            assertThat(mc.competency()).isNotBlank();
            assertThat(mc.evidenceParts()).hasSizeBetween(2, 4);
            assertThat(mc.rubric()).hasSizeBetween(3, 4)
                    .allSatisfy(c -> assertThat(c.levels()).extracting(MicroCredential.RubricLevel::label)
                            .containsExactly("Not yet", "Developing", "Meets", "Exceeds"));
            assertThat(mc.cpeHours()).isEqualByComparingTo("15");
        });
    }

    @Test
    void everyRoleGatedEndorsementQualifiesForARoleAndTheFirstYearRolesExist() {
        catalog.endorsements().stream().filter(e -> e.access() == Access.ROLE_GATED)
                .forEach(e -> assertThat(catalog.rolesQualifiedBy(e.code())).as(e.code()).isNotEmpty());
        assertThat(catalog.roles()).extracting(CareerRole::title)
                .contains("System Course Leader", "Curriculum Writer", "New Teacher (Induction)");
        catalog.roles().forEach(role -> assertThat(role.nextRoleCodes())
                .allSatisfy(next -> assertThat(catalog.role(next)).isPresent()));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        long revision = revision();
        var result = importer.importCatalog(CatalogResources.catalog(), CatalogResources.sampleContent(),
                CatalogResources.roles(), "test");
        assertThat(result.changed()).isFalse();
        assertThat(result.microCredentials()).isEqualTo(46);
        assertThat(revision()).isEqualTo(revision);
        assertThat(count("micro_credential")).isEqualTo(46);
        assertThat(count("micro_credential_version")).isEqualTo(46);
        assertThat(count("endorsement_requirement")).isEqualTo(
                catalog.endorsements().stream().mapToLong(e -> e.rule().allCodes().size()).sum());
    }

    @Test
    void aFileWithABrokenReferenceNamesTheBadCodeAndChangesNothing() throws IOException {
        String broken = text(CatalogResources.catalog())
                .replace("required: [plc-student-work, collaborative-relationships]",
                        "required: [plc-student-work, no-such-credential]")
                .replace("title: PLC Leaders,", "title: PLC Leaders RENAMED,");
        long revision = revision();

        assertThatThrownBy(() -> importer.importCatalog(resource(broken), CatalogResources.sampleContent(),
                CatalogResources.roles(), "test"))
                .isInstanceOf(CatalogImportException.class)
                .hasMessageContaining("'no-such-credential'")
                .hasMessageContaining("'plc-leaders'");

        assertThat(revision()).isEqualTo(revision);
        assertThat(catalog.endorsement("plc-leaders").orElseThrow().title()).isEqualTo("PLC Leaders");
    }

    @Test
    void aFileWithAnUnmeetableRuleOrAPrerequisiteCycleIsRefused() throws IOException {
        String unmeetable = text(CatalogResources.catalog())
                .replace("choose: {count: 2, from: [equity-mindset, collaborative-relationships]}",
                        "choose: {count: 3, from: [equity-mindset, collaborative-relationships]}")
                .replace("status: open, prerequisite: ctc-2,", "status: open, prerequisite: ctc-3,")
                .replace("title: Critical Teaching Competencies Level I, access: all_access, status: open,",
                        "title: Critical Teaching Competencies Level I, access: all_access, status: open, prerequisite: ctc-3,");

        assertThatThrownBy(() -> importer.importCatalog(resource(unmeetable), CatalogResources.sampleContent(),
                CatalogResources.roles(), "test"))
                .isInstanceOf(CatalogImportException.class)
                .hasMessageContaining("'curriculum-leaders-1' asks to choose 3 of 2")
                .hasMessageContaining("form a cycle");
    }

    @Test
    void aChangedFileUpdatesInPlaceWithoutDuplicates() throws IOException {
        String renamed = text(CatalogResources.catalog())
                .replace("title: Teaching Phonics}", "title: Teaching Phonics and Decoding}");
        try {
            var result = importer.importCatalog(resource(renamed), CatalogResources.sampleContent(),
                    CatalogResources.roles(), "test");
            assertThat(result.changed()).isTrue();
            assertThat(catalog.microCredential("teaching-phonics").orElseThrow().title())
                    .isEqualTo("Teaching Phonics and Decoding");
            assertThat(count("micro_credential")).isEqualTo(46);
            assertThat(count("endorsement")).isEqualTo(31);
        } finally {
            jdbc.update("update micro_credential set title = 'Teaching Phonics' where code = 'teaching-phonics'");
            jdbc.update("update catalog_revision set revision = nextval('catalog_revision_number')");
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long revision() {
        return jdbc.queryForObject("select revision from catalog_revision", Long.class);
    }

    private static String text(Resource resource) throws IOException {
        return resource.getContentAsString(StandardCharsets.UTF_8);
    }

    private static Resource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "catalog.yaml") {
            @Override
            public String getFilename() {
                return "catalog.yaml";
            }
        };
    }
}
