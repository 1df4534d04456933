package org.pathways.review.calibration;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.PortfolioApi;
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

/** A reviewer's calibration: their anchors to score blind, the master levels once scored, their own figures. */
@Controller
class CalibrationController {

    private final CalibrationService calibration;
    private final PortfolioApi portfolio;

    CalibrationController(CalibrationService calibration, PortfolioApi portfolio) {
        this.calibration = calibration;
        this.portfolio = portfolio;
    }

    @GetMapping("/review/calibration")
    String tasks(@AuthenticationPrincipal PathwaysUser reviewer, Model model) {
        model.addAttribute("tasks", calibration.tasks(reviewer));
        model.addAttribute("figures", calibration.figuresOf(reviewer));
        model.addAttribute("policy", calibration.policy());
        return "review/calibration/tasks";
    }

    @GetMapping("/review/calibration/anchors/{id}")
    String anchor(@AuthenticationPrincipal PathwaysUser reviewer, @PathVariable long id, Model model) {
        model.addAttribute("anchor", calibration.page(reviewer, id));
        model.addAttribute("levels", new Levels(Map.of()));
        return "review/calibration/anchor";
    }

    @PostMapping("/review/calibration/anchors/{id}")
    String score(@AuthenticationPrincipal PathwaysUser reviewer, @PathVariable long id,
                 @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        Levels levels = Levels.fromForm(form);
        try {
            calibration.score(reviewer, id, levels);
            redirect.addFlashAttribute("flash", "Your levels are recorded. Compare them with the master levels below.");
            return "redirect:/review/calibration/anchors/" + id;
        } catch (CalibrationException e) {
            model.addAttribute("anchor", calibration.page(reviewer, id));
            model.addAttribute("levels", levels);
            model.addAttribute("problems", e.problems());
            return "review/calibration/anchor";
        }
    }

    @GetMapping("/review/calibration/anchors/{id}/files/{fileId}")
    void download(@AuthenticationPrincipal PathwaysUser reviewer, @PathVariable long id, @PathVariable long fileId,
                  HttpServletResponse response) throws IOException {
        CalibrationService.EvidenceFile evidence = calibration.evidenceFile(reviewer, id, fileId);
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(evidence.file().sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(evidence.file().name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        portfolio.copyFile(evidence.submissionId(), fileId, response.getOutputStream());
    }
}
