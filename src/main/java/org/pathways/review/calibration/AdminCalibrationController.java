package org.pathways.review.calibration;

import java.util.Map;
import org.pathways.catalog.CatalogApi;
import org.pathways.people.PathwaysUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin calibration: every reviewer's figures, the anchors, and marking a submission as an anchor. */
@Controller
class AdminCalibrationController {

    private final CalibrationService calibration;
    private final CatalogApi catalog;

    AdminCalibrationController(CalibrationService calibration, CatalogApi catalog) {
        this.calibration = calibration;
        this.catalog = catalog;
    }

    @GetMapping("/admin/review/calibration")
    String index(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("figures", calibration.figures());
        model.addAttribute("anchors", calibration.anchors());
        model.addAttribute("policy", calibration.policy());
        model.addAttribute("credentials", catalog.microCredentials());
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            model.addAttribute("candidates", calibration.candidates(code));
        }
        return "admin/calibration/index";
    }

    @GetMapping("/admin/review/calibration/anchors/{id}")
    String anchor(@PathVariable long id, Model model) {
        model.addAttribute("results", calibration.results(id));
        return "admin/calibration/anchor";
    }

    @GetMapping("/admin/review/calibration/anchors/new")
    String form(@RequestParam long submissionId, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("draft", calibration.draft(submissionId));
        } catch (CalibrationException e) {
            redirect.addFlashAttribute("problems", e.problems());
            return "redirect:/admin/review/calibration";
        }
        model.addAttribute("levels", new Levels(Map.of()));
        return "admin/calibration/anchor-form";
    }

    @PostMapping("/admin/review/calibration/anchors")
    String mark(@AuthenticationPrincipal PathwaysUser admin, @RequestParam long submissionId,
                @RequestParam(required = false) String rationale, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect) {
        Levels master = Levels.fromForm(form);
        try {
            calibration.markAnchor(submissionId, master, rationale, admin.getUsername());
            redirect.addFlashAttribute("flash", "Submission #" + submissionId
                    + " is now an anchor; its reviewers see it among their calibration tasks.");
            return "redirect:/admin/review/calibration";
        } catch (CalibrationException e) {
            try {
                model.addAttribute("draft", calibration.draft(submissionId));
            } catch (CalibrationException gone) {
                redirect.addFlashAttribute("problems", gone.problems());
                return "redirect:/admin/review/calibration";
            }
            model.addAttribute("levels", master);
            model.addAttribute("rationale", rationale);
            model.addAttribute("problems", e.problems());
            return "admin/calibration/anchor-form";
        }
    }
}
