package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndorsementRuleTests {

    private static final List<String> POOL = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");
    private final EndorsementRule ctc1 = new EndorsementRule(List.of("r1", "r2"), 1, POOL);

    @Test
    void isMetByAllRequiredPlusTheChosenCount() {
        assertThat(ctc1.isMetBy(Set.of("r1", "r2", "c"))).isTrue();
        assertThat(ctc1.isMetBy(Set.of("r1", "r2", "c", "d", "unrelated"))).isTrue();
    }

    @Test
    void isNotMetWithoutEveryRequiredCredential() {
        assertThat(ctc1.isMetBy(Set.of("r1", "a", "b", "c"))).isFalse();
    }

    @Test
    void isNotMetWithoutEnoughChoices() {
        EndorsementRule chooseTwo = new EndorsementRule(List.of("r1"), 2, POOL);
        assertThat(chooseTwo.isMetBy(Set.of("r1", "a"))).isFalse();
        assertThat(chooseTwo.isMetBy(Set.of("r1", "a", "b"))).isTrue();
    }

    @Test
    void aRequiredCredentialNeverCountsTowardTheChoice() {
        assertThatThrownBy(() -> new EndorsementRule(List.of("a"), 1, List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both required and in the choice list");
        EndorsementRule rule = new EndorsementRule(List.of("r1"), 1, List.of("a", "b"));
        assertThat(rule.progress(Set.of("r1")).chosenEarned()).isZero();
        assertThat(rule.isMetBy(Set.of("r1"))).isFalse();
    }

    @Test
    void extraChoicesDoNotCountTwice() {
        EndorsementRule.Progress progress = ctc1.progress(Set.of("a", "b", "c"));
        assertThat(progress.earned()).isEqualTo(1);
        assertThat(progress.remaining()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(33);
    }

    @Test
    void anEmptyRuleAsOfAComingSoonEndorsementIsNeverMet() {
        assertThat(EndorsementRule.none().isMetBy(Set.of("a", "b"))).isFalse();
        assertThat(EndorsementRule.none().describe()).isEqualTo("No micro-credentials are listed yet");
    }

    @Test
    void refusesARuleThatCannotBeMet() {
        assertThatThrownBy(() -> new EndorsementRule(List.of(), 3, List.of("a", "b")))
                .hasMessageContaining("cannot choose 3 of 2");
    }

    @Test
    void describesTheRuleInPlainWords() {
        assertThat(ctc1.describe()).isEqualTo("Earn both required micro-credentials and 1 of these 11");
        assertThat(new EndorsementRule(List.of("x"), 0, List.of()).describe())
                .isEqualTo("Earn the required micro-credential");
        assertThat(new EndorsementRule(List.of("x", "y", "z"), 0, List.of()).describe())
                .isEqualTo("Earn all 3 required micro-credentials");
        assertThat(new EndorsementRule(List.of(), 3, POOL).describe()).isEqualTo("Earn 3 of these 11");
        assertThat(new EndorsementRule(List.of("x"), 2, List.of("a", "b")).describe())
                .isEqualTo("Earn the required micro-credential and both of these 2");
    }
}
