package org.pathways.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.authoring.EndorsementRuleCheck;
import org.pathways.catalog.authoring.RoleAuthoring;
import org.pathways.catalog.authoring.RoleAuthoring.RoleChange;

class CatalogRuleTests {

    static final Map<String, CredentialStatus> CREDENTIALS = Map.of("a", CredentialStatus.PUBLISHED,
            "b", CredentialStatus.PUBLISHED, "c", CredentialStatus.PUBLISHED, "old", CredentialStatus.RETIRED,
            "new", CredentialStatus.DRAFT);

    @Test
    void aMeetableRuleHasNoProblems() {
        assertThat(rule(List.of("a"), 1, List.of("b", "c"))).isEmpty();
    }

    @Test
    void choosingMoreThanTheListHoldsIsRefused() {
        assertThat(rule(List.of(), 3, List.of("a", "b"))).containsExactly(
                "Rule: educators cannot choose 3 of 2; add micro-credentials to the choice list or lower the number.");
    }

    @Test
    void aCredentialBothRequiredAndAChoiceIsRefused() {
        assertThat(rule(List.of("a"), 1, List.of("a", "b")))
                .containsExactly("Rule: 'a' is both required and in the choice list; keep it in one list.");
    }

    @Test
    void unknownDraftAndNewlyAddedRetiredCredentialsAreRefusedButARetiredOneMayStay() {
        assertThat(rule(List.of("nope", "new", "old"), 0, List.of())).containsExactly(
                "Rule: there is no micro-credential 'nope'.",
                "Rule: 'new' is a draft that has never been published; publish it first.",
                "Rule: 'old' is retired and cannot be added.");
        assertThat(EndorsementRuleCheck.ruleProblems(EndorsementStatus.OPEN, List.of("old", "a"), 0, List.of(),
                CREDENTIALS, Set.of("old"))).isEmpty();
    }

    @Test
    void anOpenEndorsementNeedsSomethingToEarnAndAChoiceListNeedsACount() {
        assertThat(rule(List.of(), 0, List.of())).singleElement().asString().contains("mark it coming soon");
        assertThat(EndorsementRuleCheck.ruleProblems(EndorsementStatus.COMING_SOON, List.of(), 0, List.of(),
                CREDENTIALS, Set.of())).isEmpty();
        assertThat(rule(List.of("a"), 0, List.of("b"))).singleElement().asString().contains("say how many");
    }

    @Test
    void aPrerequisiteThatClosesALoopIsRefused() {
        Map<String, String> prerequisites = new HashMap<>();
        prerequisites.put("level-1", null);
        prerequisites.put("level-2", "level-1");
        prerequisites.put("level-3", "level-2");
        assertThat(EndorsementRuleCheck.prerequisiteProblems("level-1", "level-3", prerequisites))
                .singleElement().asString().contains("would make a loop");
        assertThat(EndorsementRuleCheck.prerequisiteProblems("level-1", "level-1", prerequisites))
                .singleElement().asString().contains("its own prerequisite");
        assertThat(EndorsementRuleCheck.prerequisiteProblems("level-3", "level-1", prerequisites)).isEmpty();
        assertThat(EndorsementRuleCheck.prerequisiteProblems("level-3", "ghost", prerequisites))
                .singleElement().asString().contains("no micro-endorsement 'ghost'");
    }

    @Test
    void aCareerMapEdgeThatClosesALoopIsRefused() {
        Map<String, List<String>> map = new HashMap<>();
        map.put("teacher", List.of("mentor"));
        map.put("mentor", List.of("coach"));
        map.put("coach", List.of());
        assertThat(RoleAuthoring.problems(role("coach", List.of("teacher")), map))
                .singleElement().asString().contains("loop");
        assertThat(RoleAuthoring.problems(role("coach", List.of("coach")), map))
                .singleElement().asString().contains("cannot lead to itself");
        assertThat(RoleAuthoring.problems(role("teacher", List.of("mentor", "coach")), map)).isEmpty();
        assertThat(RoleAuthoring.problems(role("teacher", List.of("principal")), map))
                .singleElement().asString().contains("no role 'principal'");
    }

    private static RoleChange role(String code, List<String> next) {
        return new RoleChange(code, "Title", 2, 10, "Purpose", List.of(), null, next);
    }

    private static List<String> rule(List<String> required, int count, List<String> from) {
        return EndorsementRuleCheck.ruleProblems(EndorsementStatus.OPEN, required, count, from, CREDENTIALS, Set.of());
    }
}
