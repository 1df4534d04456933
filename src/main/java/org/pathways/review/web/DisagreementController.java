package org.pathways.review.web;

import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.SubmissionOutcome;
import org.pathways.review.domain.Disagreements;
import org.pathways.review.domain.NotAllowedException;
import org.pathways.review.domain.ReviewException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's queue of second scorings that disagree, and the page where one is settled. */
@Controller
class DisagreementController {

    private final Disagreements disagreements;

    DisagreementController(Disagreements disagreements) {
        this.disagreements = disagreements;
    }

    @GetMapping("/admin/review/disagreements")
    String list(Model model) {
        model.addAttribute("waiting", disagreements.waiting());
        return "review/admin-disagreements";
    }

    @GetMapping("/admin/review/disagreements/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("d", disagreements.disagreement(id));
        return "review/admin-disagreement";
    }

    @PostMapping("/admin/review/disagreements/{id}")
    String settle(@AuthenticationPrincipal PathwaysUser admin, @PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) SubmissionOutcome outcome, @RequestParam(defaultValue = "") String note,
                  Model model, RedirectAttributes redirect) {
        try {
            disagreements.settle(admin, id, version, outcome, note);
            redirect.addFlashAttribute("flash", "Settled: the decision is final and the educator has been told.");
            return "redirect:/admin/review/disagreements";
        } catch (ReviewException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("note", note);
            model.addAttribute("outcome", outcome);
            try {
                model.addAttribute("d", disagreements.disagreement(id));
                return "review/admin-disagreement";
            } catch (NotAllowedException settled) {
                redirect.addFlashAttribute("error", e.getMessage());
                return "redirect:/admin/review/disagreements";
            }
        }
    }
}
