package org.pathways.review.demo;

import java.util.List;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.WaitingSubmission;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.SecondScoring;
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
 * With profile demo, after the demo reviews: a second coach reviews Critical Teaching Competencies I
 * too. Of two waiting submissions the admin asked a second scoring for, the second coach has scored
 * both: one waits for the coach persona's independent scoring, and on the other the coach persona
 * disagreed, so it waits for the admin persona to settle it.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 32)
class SecondScoringDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecondScoringDemoData.class);

    private final Assignments assignments;
    private final SecondScoring secondScoring;
    private final ReviewService reviews;
    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    SecondScoringDemoData(Assignments assignments, SecondScoring secondScoring, ReviewService reviews,
                          PortfolioApi portfolio, CatalogApi catalog, UserDetailsService users, JdbcTemplate jdbc) {
        this.assignments = assignments;
        this.secondScoring = secondScoring;
        this.reviews = reviews;
        this.portfolio = portfolio;
        this.catalog = catalog;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from review_second_scoring)",
                Boolean.class))) {
            return;
        }
        PathwaysUser coach;
        PathwaysUser admin;
        PathwaysUser teacher;
        try {
            coach = user("coach@example.org");
            admin = user("admin@example.org");
            teacher = user("teacher@example.org");
        } catch (UsernameNotFoundException e) {
            return;
        }
        List<String> otherCoaches = jdbc.queryForList("""
                select e.email from educator e join account_role r on r.educator_id = e.id and r.role = 'REVIEWER'
                where e.active and e.email not in ('teacher@example.org', 'coach@example.org', 'principal@example.org',
                                                  'admin@example.org')
                order by e.id limit 1""", String.class);
        if (otherCoaches.isEmpty()) {
            return;
        }
        PathwaysUser secondCoach = user(otherCoaches.get(0));
        List<String> codes = catalog.endorsement("ctc-1").map(catalog::microCredentialsOf).orElse(List.of()).stream()
                .map(MicroCredential::code).toList();
        codes.forEach(code -> assignments.assign(secondCoach.educatorId(), code, admin.getUsername()));
        List<WaitingSubmission> waiting = portfolio.waiting(codes, null, 500).stream()
                .filter(w -> w.educatorId() != teacher.educatorId() && w.educatorId() != coach.educatorId()
                        && w.educatorId() != secondCoach.educatorId()).toList();
        if (waiting.size() < 2) {
            return;
        }
        // The newest two, so the coach's oldest work stays first in the queue.
        long awaiting = waiting.get(waiting.size() - 1).id();
        long disagreement = waiting.get(waiting.size() - 2).id();
        score(admin, secondCoach, awaiting, true);
        score(admin, secondCoach, disagreement, true);
        reviews.decide(coach, disagreement, version(disagreement), DemoScoring.of(credential(disagreement), false));
        log.info("Demo second scoring: #{} waits for the coach, #{} waits for the admin to settle", awaiting,
                disagreement);
    }

    private void score(PathwaysUser admin, PathwaysUser reviewer, long submissionId, boolean earned) {
        secondScoring.request(admin, submissionId);
        reviews.begin(reviewer, submissionId);
        reviews.decide(reviewer, submissionId, version(submissionId), DemoScoring.of(credential(submissionId), earned));
    }

    private long version(long submissionId) {
        return portfolio.submission(submissionId).map(SubmissionDetail::version).orElseThrow();
    }

    private MicroCredential credential(long submissionId) {
        return portfolio.submission(submissionId).flatMap(s -> catalog.microCredential(s.microCredentialCode()))
                .orElseThrow();
    }

    private PathwaysUser user(String email) {
        return (PathwaysUser) users.loadUserByUsername(email);
    }
}
