package org.pathways.review.demo;

import java.util.List;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.MicroCredential;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.WaitingSubmission;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.ReviewService;
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
 * With profile demo, after the demo portfolios: the coach persona reviews the micro-credentials of
 * Critical Teaching Competencies I, and decisions are made through the real service (so earned
 * credentials reach the other modules by their events). The teacher persona's oldest submission is
 * earned and the next returned; the rest of the queue waits for the coach. One earned credential is revoked.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 31)
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);

    private final Assignments assignments;
    private final ReviewService reviews;
    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    ReviewDemoData(Assignments assignments, ReviewService reviews, PortfolioApi portfolio, CatalogApi catalog,
                   UserDetailsService users, JdbcTemplate jdbc) {
        this.assignments = assignments;
        this.reviews = reviews;
        this.portfolio = portfolio;
        this.catalog = catalog;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        PathwaysUser coach;
        PathwaysUser admin;
        try {
            coach = (PathwaysUser) users.loadUserByUsername("coach@example.org");
            admin = (PathwaysUser) users.loadUserByUsername("admin@example.org");
        } catch (UsernameNotFoundException e) {
            return;
        }
        List<String> codes = catalog.endorsement("ctc-1").map(catalog::microCredentialsOf).orElse(List.of()).stream()
                .map(MicroCredential::code).toList();
        codes.forEach(code -> assignments.assign(coach.educatorId(), code, admin.getUsername()));
        boolean decided = Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from review_decision)",
                Boolean.class));
        if (decided) {
            return;
        }
        long teacherId = ((PathwaysUser) users.loadUserByUsername("teacher@example.org")).educatorId();
        List<WaitingSubmission> waiting = portfolio.waiting(codes, null, 500);
        List<WaitingSubmission> teachers = waiting.stream().filter(w -> w.educatorId() == teacherId).toList();
        int count = 0;
        if (teachers.size() >= 2) {
            decide(coach, teachers.get(0).id(), true);
            decide(coach, teachers.get(1).id(), false);
            count += 2;
        }
        List<WaitingSubmission> others = waiting.stream().filter(w -> w.educatorId() != teacherId).toList();
        Long toRevoke = null;
        for (int i = 0; i < others.size(); i++) {
            // The oldest ones are decided; about half of the queue stays for the coach.
            if (i % 2 == 0 && i < others.size() - 4) {
                boolean earned = i % 4 == 0;
                decide(coach, others.get(i).id(), earned);
                count++;
                if (earned && toRevoke == null) {
                    toRevoke = others.get(i).id();
                }
            }
        }
        if (toRevoke != null) {
            reviews.revoke(admin, toRevoke, "The classroom video was recorded by another teacher; evidence must "
                    + "show the educator's own practice.");
        }
        log.info("Demo reviews: coach assigned to {} micro-credentials, {} decisions", codes.size(), count);
    }

    private void decide(PathwaysUser coach, long submissionId, boolean earned) {
        reviews.begin(coach, submissionId);
        var submission = portfolio.submission(submissionId).orElseThrow();
        MicroCredential credential = catalog.microCredential(submission.microCredentialCode()).orElseThrow();
        reviews.decide(coach, submissionId, submission.version(), DemoScoring.of(credential, earned));
    }
}
