package org.pathways.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.support.PortfolioFixtures;
import org.pathways.portfolio.support.SampleTexts;
import org.pathways.portfolio.support.SubmissionDriver;
import org.pathways.support.DemoDistrictTest;
import org.pathways.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DemoDistrictTest
class DuplicateEvidenceTests implements PostgresTest {

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

    SubmissionDriver driver() {
        return new SubmissionDriver(submissions, queries, catalog);
    }

    /** A micro-credential none of this class's other tests use, so earlier evidence cannot interfere. */
    String credential(int index) {
        List<String> codes = fixtures().microCredentialsWithTextAndFiles();
        return codes.get(codes.size() - 1 - index);
    }

    int textPart(String code) {
        return catalog.microCredential(code).orElseThrow().evidenceParts().stream()
                .filter(MicroCredential.EvidencePart::acceptsText).findFirst().orElseThrow().position();
    }

    @Test
    void anIdenticalFileIsRefusedSayingWhatMatchedButNotWhose() {
        String code = credential(0);
        var first = fixtures().freshEducator();
        long a = driver().draft(first, code, p -> SampleTexts.essay(1000 + p, 120), "the same lesson plan");
        assertThat(driver().submit(first, a)).isEmpty();
        var second = fixtures().freshEducator();
        long b = driver().draft(second, code, p -> SampleTexts.essay(2000 + p, 120), "the same lesson plan");
        List<String> refusals = driver().submit(second, b);
        assertThat(refusals).isNotEmpty().allSatisfy(r -> assertThat(r).contains("\u201cevidence.txt\u201d")
                .contains("identical to a file already submitted by another educator").doesNotContain(first.email()));
        assertThat(queries.ownDetail(second.id(), b).orElseThrow().status()).isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void identicalAndNinetyFivePercentSameTextAreRefusedSeventyFivePercentIsFlagged() {
        String code = credential(1);
        int part = textPart(code);
        String original = SampleTexts.essay(3000, 200);
        var author = fixtures().freshEducator();
        long a = driver().draft(author, code, p -> p == part ? original : SampleTexts.essay(3100 + p, 120), "a1");
        assertThat(driver().submit(author, a)).isEmpty();

        var copier = fixtures().freshEducator();
        long identical = driver().draft(copier, code, p -> p == part ? original : SampleTexts.essay(3200 + p, 120), "c1");
        assertThat(driver().submit(copier, identical)).singleElement().asString()
                .contains("100% the same").doesNotContain(author.email());

        submissions.saveResponse(copier.id(), identical, part, SampleTexts.rewriteEnd(original, 0.05));
        assertThat(driver().submit(copier, identical)).singleElement().asString().containsPattern("9\\d% the same");

        submissions.saveResponse(copier.id(), identical, part, SampleTexts.rewriteEnd(original, 0.25));
        assertThat(driver().submit(copier, identical)).isEmpty();
        SubmissionDetail flagged = queries.ownDetail(copier.id(), identical).orElseThrow();
        assertThat(flagged.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(flagged.parts().stream().filter(p -> p.position() == part).findFirst().orElseThrow().matches())
                .singleElement().satisfies(m -> {
                    assertThat(m.similarity()).isBetween(0.7, 0.9);
                    assertThat(m.matchedHtml()).contains(original.substring(0, 40));
                });
    }

    @Test
    void anEducatorsOwnEarlierAttemptNeverCounts() {
        String code = credential(2);
        var me = fixtures().freshEducator();
        long first = driver().submitted(me, code);
        jdbc.update("update submission set status = 'NEEDS_REVISION', decided_at = now() where id = ?", first);
        long second = submissions.start(me.id(), code, me.email());
        assertThat(second).isNotEqualTo(first);
        assertThat(queries.ownDetail(me.id(), second).orElseThrow().attempt()).isEqualTo(2);
        assertThat(driver().submit(me, second)).as("the same files and texts as attempt 1").isEmpty();
    }
}
