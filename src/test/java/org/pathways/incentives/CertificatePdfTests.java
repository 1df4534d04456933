package org.pathways.incentives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.incentives.Fixtures.earned;
import static org.pathways.incentives.Fixtures.revoked;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.pathways.incentives.domain.EducatorIncentives;
import org.pathways.incentives.domain.IncentiveLedger;
import org.pathways.incentives.domain.IncentivePdfs;
import org.pathways.review.CredentialEarned;
import org.pathways.shared.SchoolYear;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class CertificatePdfTests implements PostgresTest {

    @Autowired
    IncentiveLedger ledger;
    @Autowired
    EducatorIncentives incentives;
    @Autowired
    IncentivePdfs pdfs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCertificateNamesTheEducatorTheMicroCredentialItsHoursAndTheDate() throws IOException {
        long educator = new Fixtures(jdbc).educator("Teacher", 3, "Grace", "Hopper");
        CredentialEarned earned = earned(educator, LocalDate.of(2025, 10, 1), "teaching-phonics", new BigDecimal("15"));
        ledger.recordEarned(earned);

        String text = text(pdfs.certificate(incentives.certificate(earned.earnedCredentialId()).orElseThrow()));

        assertThat(text).contains("Certificate of Completion", "Grace Hopper", "Teaching Phonics", "15 CPE hours",
                "Earned on October 1, 2025");
    }

    @Test
    void theTranscriptListsTheYearsCreditsReversalsAndTotal() throws IOException {
        long educator = new Fixtures(jdbc).educator("Teacher", 3, "Katherine", "Johnson");
        CredentialEarned phonics = earned(educator, LocalDate.of(2025, 9, 2), "teaching-phonics", new BigDecimal("15"));
        CredentialEarned literacy = earned(educator, LocalDate.of(2026, 3, 4), "early-literacy", new BigDecimal("20"));
        ledger.recordEarned(phonics);
        ledger.recordEarned(literacy);
        ledger.recordRevoked(revoked(phonics, LocalDate.of(2026, 4, 1)));

        String text = text(pdfs.transcript("Katherine Johnson", "T5-1", new SchoolYear(2025),
                incentives.transcript(educator, new SchoolYear(2025))));

        assertThat(text).contains("CPE transcript 2025-2026", "Katherine Johnson", "Teaching Phonics",
                "Analyzing Effective Early Literacy Instruction", "September 2, 2025", "-15", "revoked",
                "Total CPE hours 2025-2026 20");
        assertThat(incentives.certificate(phonics.earnedCredentialId())).as("no certificate once revoked").isEmpty();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
