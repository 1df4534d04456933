package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.authoring.EndorsementAuthoring;
import org.pathways.catalog.authoring.EndorsementAuthoring.EndorsementChange;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.importer.CatalogImportException;
import org.pathways.catalog.transfer.CatalogChange;
import org.pathways.catalog.transfer.CatalogTransfer;
import org.pathways.pathways.PathwaysTestSupport;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
@AutoConfigureMockMvc
@Import(PathwaysTestSupport.class)
class CatalogTransferTests implements PostgresTest {

    static final String MC = "test-export-conferences";
    static final String ADDED = "test-export-added";
    static final String ENDORSEMENT = "test-export-partners";

    @Autowired
    CatalogTransfer transfer;
    @Autowired
    MicroCredentialAuthoring microCredentials;
    @Autowired
    EndorsementAuthoring endorsements;
    @Autowired
    CatalogApi catalog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestData() {
        CatalogTestData.purge(jdbc, List.of(MC, ADDED), List.of(ENDORSEMENT), List.of());
    }

    @Test
    void exportThenImportGivesTheSameCatalog() {
        String exported = transfer.export();
        assertThat(exported).contains("microcredentials:", "endorsement_groups:", "roles:",
                "code: behavioral-expectations", "rubric:", "choose:", "passing_level: 3");
        long revision = revision();

        CatalogTransfer.Preview preview = transfer.preview(exported);
        assertThat(preview.changes()).isEmpty();
        assertThat(transfer.apply(exported, preview.revision(), "admin@example.org")).isEmpty();

        assertThat(revision()).isEqualTo(revision);
        assertThat(transfer.export()).isEqualTo(exported);
    }

    @Test
    void exportReadsTheCatalogInTheSameFewStatementsHoweverManyMicroCredentialsItHolds() {
        long before = statementsToExport();
        microCredentials.create(MC, "Export Conferences", CatalogTestData.content("Confers", "Goal", "Talk"), "a@x.org");
        microCredentials.publish(MC, null, "a@x.org");
        microCredentials.create(ADDED, "Export Draft", CatalogTestData.content("Drafts", "Goal"), "a@x.org");

        assertThat(statementsToExport()).isEqualTo(before);
        assertThat(before).isPositive().isLessThanOrEqualTo(12);
    }

    long statementsToExport() {
        QueryCountHolder.clear();
        transfer.export();
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    @Test
    void anEditedFileIsPreviewedThenAppliedAsNewVersionsAndAdditions() {
        microCredentials.create(MC, "Export Conferences", CatalogTestData.content("Confers", "Goal", "Talk"), "a@x.org");
        microCredentials.publish(MC, null, "a@x.org");
        endorsements.save(new EndorsementChange(ENDORSEMENT, "Export Partners", "all-access-micro-endorsements", null,
                Access.ALL_ACCESS, EndorsementStatus.OPEN, List.of(MC), 0, List.of(), null, null), null, "a@x.org");
        String exported = transfer.export();

        String added = """
                  - code: %s
                    title: Added By File
                    status: published
                    cpe_hours: 10
                    competency: Added competency
                    key_method: Added method
                    evidence:
                      - title: Only part
                        instructions: Do it
                        accepts: [text]
                    levels: [Not yet, Meets]
                    passing_level: 2
                    rubric:
                      - criterion: Only criterion
                        levels: [No, Yes]
                    resources: []
                """.formatted(ADDED);
        String edited = exported
                .replace("competency: Confers\n", "competency: Confers with families\n")
                .replace("endorsement_groups:\n", added + "endorsement_groups:\n")
                .replaceFirst("( +)- " + MC + "\n", "$1- " + MC + "\n$1- " + ADDED + "\n");
        assertThat(edited).contains("- " + ADDED + "\n");

        CatalogTransfer.Preview preview = transfer.preview(edited);
        assertThat(preview.changes()).extracting(c -> c.kind() + " " + c.code() + ": " + c.detail())
                .containsExactlyInAnyOrder(
                        "CHANGED " + MC + ": new version: competency",
                        "ADDED " + ADDED + ": published",
                        "CHANGED " + ENDORSEMENT + ": rule");
        assertThat(catalog.microCredential(ADDED)).isEmpty();

        List<CatalogChange> applied = transfer.apply(edited, preview.revision(), "admin@example.org");
        assertThat(applied).hasSize(3);
        assertThat(catalog.microCredential(MC).orElseThrow().version()).isEqualTo(2);
        assertThat(catalog.microCredentialVersion(MC, 1).orElseThrow().competency()).isEqualTo("Confers");
        assertThat(catalog.microCredential(ADDED).orElseThrow().rubric().get(0).levels()).hasSize(2);
        assertThat(catalog.endorsement(ENDORSEMENT).orElseThrow().rule().required()).containsExactly(MC, ADDED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action like 'catalog.import.%' "
                + "and subject_id in (?, ?, ?) and actor = 'admin@example.org'", Integer.class, MC, ADDED, ENDORSEMENT))
                .isEqualTo(3);
        assertThat(transfer.preview(transfer.export()).changes()).isEmpty();

        assertThatThrownBy(() -> transfer.apply(edited, preview.revision(), "admin@example.org"))
                .isInstanceOf(CatalogImportException.class).hasMessageContaining("preview the file again");
    }

    @Test
    void aBadFileChangesNothingAndSaysWhichLineAndFieldIsWrong() {
        String exported = transfer.export();
        String broken = exported.replaceFirst("cpe_hours: 15", "cpe_hours: lots")
                .replaceFirst("access: all_access", "access: everybody")
                .replace("- code: behavioral-expectations\n", "- code: behavioral-expectations\n    titel: typo\n");
        int hoursLine = indexOf(broken.split("\n", -1), "cpe_hours: lots") + 1;
        long revision = revision();

        assertThatThrownBy(() -> transfer.preview(broken))
                .isInstanceOf(CatalogImportException.class)
                .hasMessageContaining("line " + hoursLine + ", micro-credential 'behavioral-expectations': "
                        + "cpe_hours should be a number")
                .hasMessageContaining("ctc-1' access: 'everybody' is not one of [all_access, role_gated]")
                .hasMessageContaining("unknown field 'titel'");

        String unmeetable = exported.replaceFirst("count: 1\n", "count: 12\n");
        assertThatThrownBy(() -> transfer.preview(unmeetable)).hasMessageContaining("cannot choose 12 of 11");
        assertThatThrownBy(() -> transfer.apply(unmeetable, revision, "admin@example.org"))
                .hasMessageContaining("endorsement 'ctc-1'");
        assertThatThrownBy(() -> transfer.preview("microcredentials:\n  - code: \"unterminated\n"))
                .hasMessageContaining("not valid YAML").hasMessageContaining("line ");
        assertThat(revision()).isEqualTo(revision);
        assertThat(catalog.endorsement("ctc-1").orElseThrow().rule().chooseCount()).isEqualTo(1);
    }

    private static int indexOf(String[] lines, String text) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not in the export");
    }

    private long revision() {
        return jdbc.queryForObject("select revision from catalog_revision", Long.class);
    }
}
