package org.pathways.review.web;

import org.pathways.catalog.CatalogApi;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
import org.pathways.review.domain.Assignments;
import org.pathways.review.domain.NotAllowedException;
import org.pathways.review.domain.Reassignments;
import org.pathways.review.domain.ReviewException;
import org.pathways.review.domain.ReviewPolicy;
import org.pathways.review.domain.ReviewService;
import org.pathways.review.domain.SecondScoring;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages of review: who reviews what, the review policy, and revocation. */
@Controller
class AdminReviewController {

    private final Assignments assignments;
    private final ReviewService reviews;
    private final CatalogApi catalog;
    private final PortfolioApi portfolio;
    private final SecondScoring secondScoring;
    private final Reassignments reassignments;

    AdminReviewController(Assignments assignments, ReviewService reviews, CatalogApi catalog, PortfolioApi portfolio,
                          SecondScoring secondScoring, Reassignments reassignments) {
        this.assignments = assignments;
        this.secondScoring = secondScoring;
        this.reassignments = reassignments;
        this.reviews = reviews;
        this.catalog = catalog;
        this.portfolio = portfolio;
    }

    @GetMapping("/admin/review/assignments")
    String assignments(Model model) {
        model.addAttribute("assignments", assignments.all());
        model.addAttribute("reviewers", assignments.reviewers());
        model.addAttribute("credentials", catalog.microCredentials());
        model.addAttribute("policy", assignments.policy());
        return "review/admin-assignments";
    }

    @PostMapping("/admin/review/assignments")
    String assign(@AuthenticationPrincipal PathwaysUser admin, @RequestParam long reviewerId, @RequestParam String code,
                  RedirectAttributes redirect) {
        try {
            assignments.assign(reviewerId, code, admin.getUsername());
            redirect.addFlashAttribute("flash", "Reviewer assigned.");
        } catch (ReviewException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/review/assignments";
    }

    @PostMapping("/admin/review/assignments/remove")
    String unassign(@AuthenticationPrincipal PathwaysUser admin, @RequestParam long reviewerId,
                    @RequestParam String code, RedirectAttributes redirect) {
        assignments.unassign(reviewerId, code, admin.getUsername());
        redirect.addFlashAttribute("flash", "Assignment removed.");
        return "redirect:/admin/review/assignments";
    }

    @PostMapping("/admin/review/policy")
    String policy(@AuthenticationPrincipal PathwaysUser admin, @RequestParam(defaultValue = "false") boolean blindReview,
                  @RequestParam int targetDays, RedirectAttributes redirect) {
        try {
            assignments.updatePolicy(new ReviewPolicy(blindReview, targetDays), admin.getUsername());
            redirect.addFlashAttribute("flash", "Review policy saved.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/review/assignments";
    }

    /** Moves one waiting submission to another reviewer; from the assignments page or the submission. */
    @PostMapping("/admin/review/reassignments")
    String reassign(@AuthenticationPrincipal PathwaysUser admin, @RequestParam long submissionId,
                    @RequestParam long reviewerId, RedirectAttributes redirect) {
        try {
            reassignments.reassign(admin, submissionId, reviewerId);
            redirect.addFlashAttribute("flash", "The submission was moved; only the chosen reviewer can review it now.");
        } catch (ReviewException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (NotAllowedException e) {
            redirect.addFlashAttribute("error", "There is no submission #" + submissionId + ".");
            return "redirect:/admin/review/assignments";
        }
        return "redirect:/review/submissions/" + submissionId;
    }

    @PostMapping("/admin/review/submissions/{id}/second-scoring")
    String requestSecondScoring(@AuthenticationPrincipal PathwaysUser admin, @PathVariable long id,
                                RedirectAttributes redirect) {
        try {
            secondScoring.request(admin, id);
            redirect.addFlashAttribute("flash", "Two reviewers will score this submission independently.");
        } catch (ReviewException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/review/submissions/" + id;
    }

    @GetMapping("/admin/review/submissions/{id}/revoke")
    String revokeForm(@PathVariable long id, Model model) {
        model.addAttribute("submission", portfolio.submission(id).orElseThrow(NotAllowedException::new));
        return "review/admin-revoke";
    }

    @PostMapping("/admin/review/submissions/{id}/revoke")
    String revoke(@AuthenticationPrincipal PathwaysUser admin, @PathVariable long id, @RequestParam String reason,
                  RedirectAttributes redirect, Model model) {
        try {
            reviews.revoke(admin, id, reason);
            redirect.addFlashAttribute("flash", "The micro-credential was revoked and the educator told.");
            return "redirect:/review/submissions/" + id;
        } catch (ReviewException e) {
            model.addAttribute("submission", portfolio.submission(id).orElseThrow(NotAllowedException::new));
            model.addAttribute("error", e.getMessage());
            model.addAttribute("reason", reason);
            return "review/admin-revoke";
        }
    }
}
