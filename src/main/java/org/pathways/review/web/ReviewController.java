package org.pathways.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.catalog.CatalogApi;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.AssessmentSource;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.NotAllowedException;
import org.pathways.review.domain.Reassignments;
import org.pathways.review.domain.Recorded;
import org.pathways.review.domain.ReviewException;
import org.pathways.review.domain.ReviewQueue;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.Scoring;
import org.pathways.review.domain.ScoringRejectedException;
import org.pathways.review.domain.SecondScoring;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer's queue and the scoring page. */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final Assignments assignments;
    private final AssessmentSource assessments;
    private final PortfolioApi portfolio;
    private final CatalogApi catalog;
    private final SecondScoring secondScoring;
    private final ReviewQueue queue;
    private final Reassignments reassignments;

    ReviewController(ReviewService reviews, Assignments assignments, AssessmentSource assessments,
                     PortfolioApi portfolio, CatalogApi catalog, SecondScoring secondScoring, ReviewQueue queue,
                     Reassignments reassignments) {
        this.reviews = reviews;
        this.secondScoring = secondScoring;
        this.queue = queue;
        this.reassignments = reassignments;
        this.assignments = assignments;
        this.assessments = assessments;
        this.portfolio = portfolio;
        this.catalog = catalog;
    }

    @GetMapping("/review")
    String queue(@AuthenticationPrincipal PathwaysUser user, @RequestParam(required = false) String code,
                 @RequestParam(required = false) String campus, Model model) {
        ReviewQueue.Page page = queue.page(user, code, campus);
        model.addAttribute("entries", page.entries());
        model.addAttribute("credentials", page.codes().stream().map(catalog::microCredential)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("code", code);
        model.addAttribute("campus", campus);
        model.addAttribute("blind", page.blind());
        model.addAttribute("targetDays", page.policy().targetDays());
        return "review/queue";
    }

    @GetMapping("/review/submissions/{id}")
    String show(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, Model model) {
        SubmissionDetail submission = reviews.reviewable(user, id);
        addPage(user, submission, model);
        model.addAttribute("scores", Map.of());
        model.addAttribute("feedback", Map.of());
        return "review/submission";
    }

    @PostMapping("/review/submissions/{id}/start")
    String start(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id) {
        reviews.begin(user, id);
        return "redirect:/review/submissions/" + id + "#scoring";
    }

    @PostMapping("/review/submissions/{id}/decision")
    String decide(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @RequestParam long version,
                  @RequestParam SubmissionOutcome outcome, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        Map<Integer, Integer> scores = new HashMap<>();
        Map<Integer, String> feedback = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("score-\\d{1,3}") && value.matches("\\d{1,2}")) {
                scores.put(Integer.parseInt(name.substring(6)), Integer.parseInt(value));
            } else if (name.matches("feedback-\\d{1,3}")) {
                feedback.put(Integer.parseInt(name.substring(9)), value);
            }
        });
        try {
            Recorded recorded = reviews.decide(user, id, version, new Scoring(scores, feedback, outcome));
            redirect.addFlashAttribute("flash", recorded.message());
            return "redirect:/review";
        } catch (ScoringRejectedException e) {
            addPage(user, reviews.reviewable(user, id), model);
            model.addAttribute("problems", e.problems());
            model.addAttribute("scores", scores);
            model.addAttribute("feedback", feedback);
            return "review/submission";
        } catch (ReviewException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/review/submissions/" + id;
        }
    }

    @GetMapping("/review/submissions/{id}/files/{fileId}")
    void download(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @PathVariable long fileId,
                  HttpServletResponse response) throws IOException {
        SubmissionDetail submission = reviews.reviewable(user, id);
        SubmissionDetail.File file = submission.parts().stream().flatMap(p -> p.files().stream())
                .filter(f -> f.id() == fileId).findFirst().orElseThrow(NotAllowedException::new);
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        portfolio.copyFile(id, fileId, response.getOutputStream());
    }

    private void addPage(PathwaysUser user, SubmissionDetail submission, Model model) {
        model.addAttribute("submission", submission);
        model.addAttribute("credential", catalog.microCredentialVersion(submission.microCredentialCode(),
                submission.microCredentialVersion()).orElseThrow());
        model.addAttribute("assessment", assessments.assessmentOf(submission.id()).orElse(null));
        List<Long> earlier = portfolio.earlierAttempts(submission.id());
        model.addAttribute("earlier", earlier.isEmpty() ? null
                : assessments.assessmentOf(earlier.get(earlier.size() - 1)).orElse(null));
        model.addAttribute("blind", assignments.policy().blindReview() && !user.has(AppRole.ADMIN));
        model.addAttribute("isAdmin", user.has(AppRole.ADMIN));
        SecondScoring.Stage stage = secondScoring.stage(submission.id()).orElse(null);
        model.addAttribute("stage", stage == null ? null : stage.status().name());
        model.addAttribute("scoredFirst", stage != null && stage.firstReviewerId() != null
                && stage.firstReviewerId() == user.educatorId());
        model.addAttribute("mayScore", secondScoring.mayScore(user, submission));
        model.addAttribute("candidates", user.has(AppRole.ADMIN) ? reassignments.candidates(submission) : List.of());
    }
}
