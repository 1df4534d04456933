package org.pathways.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.domain.SubmissionStateException;
import org.pathways.portfolio.domain.UploadRefusedException;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.portfolio.support.SampleTexts;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class PortfolioSubmissionTests implements PostgresTest {

    /** The smallest valid PDF header is enough for content detection. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    SubmissionService submissions;
    @Autowired
    SubmissionQueries queries;
    @Autowired
    CatalogApi catalog;
    @Autowired
    JdbcTemplate jdbc;

    PortfolioFixtures fixtures() {
        return new PortfolioFixtures(jdbc);
    }

    @Test
    void anEducatorFillsEveryPartAndSubmitsAndTheEventAndAuditRecordFollow() throws IOException {
        var me = fixtures().freshEducator();
        String code = fixtures().microCredentialsWithTextAndFiles().get(0);
        long id = submissions.start(me.id(), code, me.email());
        assertThat(submissions.start(me.id(), code, me.email())).as("the open attempt is reused").isEqualTo(id);

        fillEveryPart(me.id(), id, code, 100);
        SubmissionDetail draft = queries.ownDetail(me.id(), id).orElseThrow();
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(submissions.missingParts(id)).isEmpty();

        assertThat(submissions.submit(me.id(), id, draft.version(), me.email())).isEmpty();
        SubmissionDetail submitted = queries.ownDetail(me.id(), id).orElseThrow();
        assertThat(submitted.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PORTFOLIO_SUBMITTED' "
                + "and subject_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
        assertThatThrownBy(() -> submissions.saveResponse(me.id(), id, 1, "late change"))
                .isInstanceOf(SubmissionStateException.class);
    }

    @Test
    void aSubmissionWithAnEmptyPartIsRefusedWithThePartsNamed() {
        var me = fixtures().freshEducator();
        String code = fixtures().microCredentialsWithTextAndFiles().get(1);
        long id = submissions.start(me.id(), code, me.email());
        long version = queries.ownDetail(me.id(), id).orElseThrow().version();
        String firstPart = catalog.microCredential(code).orElseThrow().evidenceParts().get(0).title();
        assertThatThrownBy(() -> submissions.submit(me.id(), id, version, me.email()))
                .isInstanceOf(SubmissionStateException.class).hasMessageContaining(firstPart);
    }

    @Test
    void uploadsAreStoredWithTheirHashAndReadBackWhole() throws IOException {
        var me = fixtures().freshEducator();
        String code = fixtures().microCredentialsWithTextAndFiles().get(2);
        long id = submissions.start(me.id(), code, me.email());
        int part = filePart(code);
        byte[] content = (new String(PDF, StandardCharsets.US_ASCII) + "x".repeat(3_000_000))
                .getBytes(StandardCharsets.US_ASCII);
        submissions.addFile(me.id(), id, part, "Lesson plan.pdf", new ByteArrayInputStream(content));
        SubmissionDetail.File file = queries.ownDetail(me.id(), id).orElseThrow().parts().stream()
                .flatMap(p -> p.files().stream()).findFirst().orElseThrow();
        assertThat(file.name()).isEqualTo("Lesson plan.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.sizeBytes()).isEqualTo(content.length);
        assertThat(file.sha256()).isEqualTo(sha256(content));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        submissions.copyFile(id, file.id(), out);
        assertThat(out.toByteArray()).isEqualTo(content);
    }

    @Test
    void hostileUploadsAreRefusedOrMadeHarmless() throws IOException {
        var me = fixtures().freshEducator();
        String code = fixtures().microCredentialsWithTextAndFiles().get(3);
        long id = submissions.start(me.id(), code, me.email());
        int part = filePart(code);
        byte[] windowsExecutable = new byte[512];
        windowsExecutable[0] = 'M';
        windowsExecutable[1] = 'Z';
        assertThatThrownBy(() -> submissions.addFile(me.id(), id, part, "report.pdf",
                new ByteArrayInputStream(windowsExecutable)))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("not a file type Pathways accepts");
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> submissions.addFile(me.id(), id, part, "notes.txt", new ByteArrayInputStream(elf)))
                .isInstanceOf(UploadRefusedException.class);
        assertThatThrownBy(() -> submissions.addFile(me.id(), id, part, "page.txt", new ByteArrayInputStream(
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UploadRefusedException.class).hasMessageContaining("text/html");

        submissions.addFile(me.id(), id, part, "../../etc/passwd", new ByteArrayInputStream(
                "root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.UTF_8)));
        List<SubmissionDetail.File> files = queries.ownDetail(me.id(), id).orElseThrow().parts().stream()
                .flatMap(p -> p.files().stream()).toList();
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("passwd");
            assertThat(f.contentType()).isEqualTo("text/plain");
        });
        assertThat(jdbc.queryForObject("select count(*) from evidence_file where submission_id = ?", Long.class, id))
                .as("refused uploads leave nothing behind").isEqualTo(1);
    }

    @Test
    void scriptInAWrittenResponseIsRenderedInert() {
        var me = fixtures().freshEducator();
        String code = fixtures().microCredentialsWithTextAndFiles().get(4);
        long id = submissions.start(me.id(), code, me.email());
        int part = textPart(code);
        submissions.saveResponse(me.id(), id, part, "**Plan** <script>alert('x')</script> <img src=x onerror=alert(1)>"
                + " [link](javascript:alert(2))");
        String html = queries.ownDetail(me.id(), id).orElseThrow().parts().stream()
                .filter(p -> p.position() == part).findFirst().orElseThrow().responseHtml();
        assertThat(html).contains("<strong>Plan</strong>").doesNotContain("<script").doesNotContain("<img")
                .doesNotContain("javascript:").doesNotContain("onerror=\"");
    }

    @Test
    void anotherEducatorCannotReadOrChangeASubmission() {
        var owner = fixtures().freshEducator();
        String code = fixtures().microCredentialsWithTextAndFiles().get(5);
        long id = submissions.start(owner.id(), code, owner.email());
        var other = fixtures().freshEducator();
        assertThat(queries.ownDetail(other.id(), id)).isEmpty();
        assertThatThrownBy(() -> submissions.saveResponse(other.id(), id, textPart(code), "mine now"))
                .isInstanceOf(org.pathways.portfolio.domain.NotYoursException.class);
        assertThatThrownBy(() -> submissions.withdraw(other.id(), id, other.email()))
                .isInstanceOf(org.pathways.portfolio.domain.NotYoursException.class);
    }

    void fillEveryPart(long educatorId, long id, String code, long textSeed) {
        for (MicroCredential.EvidencePart p : catalog.microCredential(code).orElseThrow().evidenceParts()) {
            if (p.acceptsText()) {
                submissions.saveResponse(educatorId, id, p.position(), SampleTexts.essay(textSeed + p.position(), 120));
            } else if (p.acceptsLinks()) {
                submissions.addLink(educatorId, id, p.position(), "https://video.example.org/" + textSeed, "Video");
            } else {
                submissions.addFile(educatorId, id, p.position(), "evidence.txt", new ByteArrayInputStream(
                        ("Evidence " + textSeed + " " + p.position()).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    int filePart(String code) {
        return catalog.microCredential(code).orElseThrow().evidenceParts().stream()
                .filter(MicroCredential.EvidencePart::acceptsFiles).findFirst().orElseThrow().position();
    }

    int textPart(String code) {
        return catalog.microCredential(code).orElseThrow().evidenceParts().stream()
                .filter(MicroCredential.EvidencePart::acceptsText).findFirst().orElseThrow().position();
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
