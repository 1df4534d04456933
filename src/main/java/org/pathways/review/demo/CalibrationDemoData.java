package org.pathways.review.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.SubmissionStatus;
import org.pathways.review.calibration.CalibrationService;
import org.pathways.review.calibration.Levels;
import org.pathways.review.domain.Assignments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * With profile demo, after the demo reviews: the admin makes two waiting submissions of the coach's
 * micro-credentials anchors, and the coach scores both, one criterion a level off, so the calibration
 * pages have figures to show. Runs once: nothing happens when an anchor exists.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 32)
class CalibrationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CalibrationDemoData.class);
    private static final int ANCHORS = 2;
    /** Master levels move around the passing level from one criterion to the next, so kappa has something to measure. */
    private static final int[] OFFSETS = {0, -1, 1};

    private final CalibrationService calibration;
    private final Assignments assignments;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    CalibrationDemoData(CalibrationService calibration, Assignments assignments, UserDetailsService users,
                        JdbcTemplate jdbc) {
        this.calibration = calibration;
        this.assignments = assignments;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from review_calibration_anchor)",
                Boolean.class))) {
            return;
        }
        PathwaysUser coach;
        PathwaysUser admin;
        try {
            coach = (PathwaysUser) users.loadUserByUsername("coach@example.org");
            admin = (PathwaysUser) users.loadUserByUsername("admin@example.org");
        } catch (UsernameNotFoundException e) {
            return;
        }
        List<Long> anchors = new ArrayList<>();
        for (String code : assignments.codesFor(coach.educatorId())) {
            // Waiting work has no decision yet, so the coach has not seen its scores.
            calibration.candidates(code).stream()
                    .filter(c -> c.status() == SubmissionStatus.SUBMITTED)
                    .map(c -> calibration.draft(c.submissionId()))
                    .filter(d -> d.submission().educatorId() != coach.educatorId())
                    .findFirst()
                    .ifPresent(draft -> {
                        int index = anchors.size();
                        List<MicroCredential.RubricCriterion> rubric = draft.rubric().rubric();
                        long anchorId = calibration.markAnchor(draft.submission().id(),
                                levels(rubric, draft.rubric().passingScore(), index, false),
                                "Scored against the rubric by the central office; evidence of the routine is clear, "
                                        + "data on student outcomes is thin.", admin.getUsername());
                        calibration.score(coach, anchorId, levels(rubric, draft.rubric().passingScore(), index, true));
                        anchors.add(anchorId);
                    });
            if (anchors.size() == ANCHORS) {
                break;
            }
        }
        log.info("Demo calibration: {} anchors scored by the coach", anchors.size());
    }

    /** Master levels, or the coach's: the same but one level higher on the second criterion of the first anchor. */
    private static Levels levels(List<MicroCredential.RubricCriterion> rubric, int passingScore, int anchor,
                                 boolean coach) {
        Map<Integer, Integer> levels = new HashMap<>();
        for (int k = 0; k < rubric.size(); k++) {
            List<MicroCredential.RubricLevel> scale = rubric.get(k).levels();
            int passing = Math.max(0, indexOf(scale, passingScore));
            int index = passing + OFFSETS[(k + anchor) % OFFSETS.length];
            if (coach && anchor == 0 && k == 1) {
                index++;
            }
            index = Math.max(0, Math.min(scale.size() - 1, index));
            levels.put(rubric.get(k).position(), scale.get(index).score());
        }
        return new Levels(levels);
    }

    private static int indexOf(List<MicroCredential.RubricLevel> scale, int score) {
        for (int i = 0; i < scale.size(); i++) {
            if (scale.get(i).score() == score) {
                return i;
            }
        }
        return -1;
    }
}
