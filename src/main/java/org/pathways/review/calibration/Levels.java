package org.pathways.review.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pathways.catalog.MicroCredential;

/** A level for each rubric criterion (position to score), as an admin or a reviewer chose them. */
public record Levels(Map<Integer, Integer> byCriterion) {

    public Levels {
        byCriterion = new TreeMap<>(byCriterion);
    }

    /** Reads fields named level-{criterion position} from a submitted form; anything else is ignored. */
    public static Levels fromForm(Map<String, String> form) {
        Map<Integer, Integer> levels = new TreeMap<>();
        form.forEach((name, value) -> {
            if (name.matches("level-\\d{1,3}") && value.matches("\\d{1,2}")) {
                levels.put(Integer.parseInt(name.substring(6)), Integer.parseInt(value));
            }
        });
        return new Levels(levels);
    }

    /** What is missing or not a level of the rubric; empty when every criterion has one of its levels. */
    public List<String> problems(List<MicroCredential.RubricCriterion> rubric) {
        List<String> problems = new ArrayList<>();
        for (MicroCredential.RubricCriterion criterion : rubric) {
            Integer score = byCriterion.get(criterion.position());
            if (score == null || criterion.levels().stream().noneMatch(l -> l.score() == score)) {
                problems.add("Choose a level for \u201c" + criterion.title() + "\u201d.");
            }
        }
        if (rubric.stream().map(MicroCredential.RubricCriterion::position).toList().containsAll(byCriterion.keySet())) {
            return problems;
        }
        problems.add("Some levels are for criteria that this rubric does not have.");
        return problems;
    }

    public Integer of(int criterionPosition) {
        return byCriterion.get(criterionPosition);
    }

    /** For the audit trail: "1:3 2:2". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        byCriterion.forEach((position, score) -> text.append(text.isEmpty() ? "" : " ").append(position).append(':')
                .append(score));
        return text.toString();
    }
}
