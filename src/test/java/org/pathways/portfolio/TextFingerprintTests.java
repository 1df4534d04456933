package org.pathways.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.pathways.portfolio.domain.TextFingerprint;
import org.pathways.portfolio.support.SampleTexts;

class TextFingerprintTests {

    @Test
    void identicalTextsAreFullySimilarWhateverTheCaseAndPunctuation() {
        String text = SampleTexts.essay(1, 200);
        assertThat(TextFingerprint.of(text).similarity(TextFingerprint.of(text.toUpperCase().replace(" ", "  ,"))))
                .isEqualTo(1.0);
    }

    @Test
    void similarityIsTheShareOfTheTextThatIsTheSame() {
        String original = SampleTexts.essay(2, 200);
        assertThat(TextFingerprint.of(original).similarity(TextFingerprint.of(SampleTexts.rewriteEnd(original, 0.05))))
                .isCloseTo(0.95, within(0.02));
        assertThat(TextFingerprint.of(original).similarity(TextFingerprint.of(SampleTexts.rewriteEnd(original, 0.25))))
                .isCloseTo(0.75, within(0.02));
    }

    @Test
    void independentTextsOnTheSameTopicAreNotSimilar() {
        assertThat(TextFingerprint.of(SampleTexts.essay(3, 200)).similarity(TextFingerprint.of(SampleTexts.essay(4, 200))))
                .isLessThan(0.1);
    }

    @Test
    void nearDuplicatesShareABandHashSoTheIndexFindsThem() {
        String original = SampleTexts.essay(5, 200);
        long[] a = TextFingerprint.of(original).bands("x");
        long[] b = TextFingerprint.of(SampleTexts.rewriteEnd(original, 0.25)).bands("x");
        long[] other = TextFingerprint.of(original).bands("y");
        assertThat(java.util.Arrays.stream(a).filter(v -> java.util.Arrays.stream(b).anyMatch(w -> w == v)).count())
                .isPositive();
        assertThat(java.util.Arrays.stream(a).filter(v -> java.util.Arrays.stream(other).anyMatch(w -> w == v)).count())
                .as("another micro-credential's bands never collide by design").isZero();
    }
}
