package org.pathways.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.EndorsementRule;
import org.pathways.pathways.domain.NextCredentials;
import org.pathways.pathways.domain.ProgressWords;

class CompletionRuleTests {

    // CTC I: both required and 1 of these 11
    static final EndorsementRule CTC1 = new EndorsementRule(List.of("behavior", "planning"), 1,
            List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11"));

    @Test
    void completeOnlyWithEveryRequiredAndEnoughChoices() {
        assertThat(CTC1.isMetBy(Set.of("behavior", "c1", "c2"))).isFalse();
        assertThat(CTC1.isMetBy(Set.of("behavior", "planning"))).isFalse();
        assertThat(CTC1.isMetBy(Set.of("behavior", "planning", "c7"))).isTrue();
    }

    @Test
    void saysWhatIsLeftInWords() {
        assertThat(ProgressWords.left(CTC1.progress(Set.of("behavior")))).isEqualTo("1 required and 1 of 11 optional left");
        assertThat(ProgressWords.left(CTC1.progress(Set.of()))).isEqualTo("2 required and 1 of 11 optional left");
        assertThat(ProgressWords.left(CTC1.progress(Set.of("c1", "c2")))).isEqualTo("2 required left");
        assertThat(ProgressWords.left(CTC1.progress(Set.of("behavior", "planning")))).isEqualTo("1 of 11 optional left");
        assertThat(ProgressWords.left(CTC1.progress(Set.of("behavior", "planning", "c3")))).isEqualTo("Complete");
    }

    @Test
    void choosingTwoOfThreeNeedsTwoDistinctChoices() {
        EndorsementRule chairs = new EndorsementRule(List.of("adult"), 2, List.of("a", "b", "c"));
        assertThat(chairs.isMetBy(Set.of("adult", "a"))).isFalse();
        assertThat(chairs.isMetBy(Set.of("adult", "a", "c"))).isTrue();
        assertThat(ProgressWords.left(chairs.progress(Set.of("adult", "a")))).isEqualTo("1 of 3 optional left");
    }

    @Test
    void nextCredentialsFavourThoseCountingTowardSeveralGoals() {
        var plc = new NextCredentials.Goal("PLC Leader", new EndorsementRule(List.of("plc-work", "collab"), 1,
                List.of("practice-pl", "recover")));
        var chair = new NextCredentials.Goal("Department Chair", new EndorsementRule(List.of("adult"), 2,
                List.of("supporting", "collab", "data")));
        var ranked = NextCredentials.rank(List.of(plc, chair), Set.of(), Set.of("plc-work"));
        assertThat(ranked.get(0).microCredentialCode()).isEqualTo("collab");
        assertThat(ranked.get(0).goals()).containsExactly("PLC Leader", "Department Chair");
        assertThat(ranked.get(0).countsTowardSeveral()).isTrue();
        assertThat(ranked).extracting(NextCredentials.Recommendation::microCredentialCode)
                .doesNotContain("plc-work");
    }

    @Test
    void aFilledChoiceNoLongerRecommendsTheOtherOptions() {
        var plc = new NextCredentials.Goal("PLC Leader", new EndorsementRule(List.of("plc-work"), 1,
                List.of("practice-pl", "recover")));
        var ranked = NextCredentials.rank(List.of(plc), Set.of("recover"), Set.of());
        assertThat(ranked).extracting(NextCredentials.Recommendation::microCredentialCode).containsExactly("plc-work");
    }
}
