package org.pathways.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.catalog.MicroCredential.RubricCriterion;
import org.pathways.catalog.MicroCredential.RubricLevel;

class LevelsTests {

    static final List<RubricLevel> SCALE = List.of(new RubricLevel(1, "Not yet", ""),
            new RubricLevel(2, "Developing", ""), new RubricLevel(3, "Meets", ""), new RubricLevel(4, "Exceeds", ""));
    static final List<RubricCriterion> RUBRIC = List.of(new RubricCriterion(1, "Plan", SCALE),
            new RubricCriterion(2, "Reflection", SCALE));

    @Test
    void readsLevelFieldsAndIgnoresEverythingElse() {
        Levels levels = Levels.fromForm(Map.of("level-1", "3", "level-2", "4", "_csrf", "token",
                "level-x", "2", "level-3", "<script>", "rationale", "text"));
        assertThat(levels.byCriterion()).isEqualTo(Map.of(1, 3, 2, 4));
        assertThat(levels.describe()).isEqualTo("1:3 2:4");
        assertThat(levels.problems(RUBRIC)).isEmpty();
    }

    @Test
    void namesEachCriterionWithoutALevelOfItsScale() {
        assertThat(new Levels(Map.of(1, 3)).problems(RUBRIC)).containsExactly("Choose a level for \u201cReflection\u201d.");
        assertThat(new Levels(Map.of(1, 5, 2, 0)).problems(RUBRIC))
                .containsExactly("Choose a level for \u201cPlan\u201d.", "Choose a level for \u201cReflection\u201d.");
    }

    @Test
    void refusesLevelsForCriteriaTheRubricDoesNotHave() {
        assertThat(new Levels(Map.of(1, 3, 2, 3, 9, 2)).problems(RUBRIC))
                .containsExactly("Some levels are for criteria that this rubric does not have.");
    }
}
