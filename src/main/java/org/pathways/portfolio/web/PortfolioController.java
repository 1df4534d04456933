package org.pathways.portfolio.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.people.PathwaysUser;
import org.pathways.portfolio.Assessment;
import org.pathways.portfolio.AssessmentSource;
import org.pathways.portfolio.SubmissionDetail;
import org.pathways.portfolio.domain.NotYoursException;
import org.pathways.portfolio.domain.SubmissionQueries;
import org.pathways.portfolio.domain.SubmissionService;
import org.pathways.portfolio.domain.SubmissionStateException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The educator's own portfolios: start, collect evidence per part, submit, withdraw, read the decision. */
@Controller
class PortfolioController {

    private final SubmissionService submissions;
    private final SubmissionQueries queries;
    private final ObjectProvider<AssessmentSource> assessments;

    PortfolioController(SubmissionService submissions, SubmissionQueries queries,
                        ObjectProvider<AssessmentSource> assessments) {
        this.submissions = submissions;
        this.queries = queries;
        this.assessments = assessments;
    }

    @GetMapping("/portfolio")
    String list(@AuthenticationPrincipal PathwaysUser user, Model model) {
        model.addAttribute("submissions", queries.ownedBy(user.educatorId()));
        return "portfolio/index";
    }

    @PostMapping("/portfolio/submissions")
    String start(@AuthenticationPrincipal PathwaysUser user, @RequestParam String code, RedirectAttributes redirect) {
        try {
            long id = submissions.start(user.educatorId(), code, user.getUsername());
            return "redirect:/portfolio/submissions/" + id;
        } catch (SubmissionStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return code.matches("[a-z0-9-]{1,80}") ? "redirect:/catalog/microcredentials/" + code : "redirect:/portfolio";
        }
    }

    @GetMapping("/portfolio/submissions/{id}")
    String show(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, Model model) {
        SubmissionDetail submission = own(user, id);
        model.addAttribute("submission", submission);
        model.addAttribute("assessment", assessment(id).orElse(null));
        List<Long> earlier = queries.earlierAttempts(id);
        model.addAttribute("earlier", earlier.isEmpty() ? null : assessment(earlier.get(earlier.size() - 1)).orElse(null));
        return "portfolio/submission";
    }

    @PostMapping("/portfolio/submissions/{id}/parts/{part}/response")
    String saveResponse(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @PathVariable int part,
                        @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        submissions.saveResponse(user.educatorId(), id, part, body);
        redirect.addFlashAttribute("flash", "Draft saved.");
        return backTo(id, part);
    }

    /** The same save from the page's script: no redirect, no flash message left for a later page. */
    @PostMapping(path = "/portfolio/submissions/{id}/parts/{part}/response", headers = "X-Autosave=true")
    ResponseEntity<Void> autosaveResponse(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id,
                                          @PathVariable int part, @RequestParam(defaultValue = "") String body) {
        submissions.saveResponse(user.educatorId(), id, part, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/portfolio/submissions/{id}/parts/{part}/links")
    String addLink(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @PathVariable int part,
                   @RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String title,
                   RedirectAttributes redirect) {
        submissions.addLink(user.educatorId(), id, part, url, title);
        redirect.addFlashAttribute("flash", "Link added.");
        return backTo(id, part);
    }

    @PostMapping("/portfolio/submissions/{id}/links/{linkId}/delete")
    String removeLink(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @PathVariable long linkId,
                      RedirectAttributes redirect) {
        submissions.removeLink(user.educatorId(), id, linkId);
        redirect.addFlashAttribute("flash", "Link removed.");
        return "redirect:/portfolio/submissions/" + id;
    }

    @PostMapping("/portfolio/submissions/{id}/parts/{part}/files")
    String addFiles(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @PathVariable int part,
                    @RequestParam(name = "files", required = false) List<MultipartFile> files,
                    RedirectAttributes redirect) throws IOException {
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            throw new SubmissionStateException("Choose at least one file to upload.");
        }
        for (MultipartFile file : chosen) {
            try (InputStream in = file.getInputStream()) {
                submissions.addFile(user.educatorId(), id, part, file.getOriginalFilename(), in);
            }
        }
        redirect.addFlashAttribute("flash", chosen.size() == 1 ? "File uploaded." : chosen.size() + " files uploaded.");
        return backTo(id, part);
    }

    @PostMapping("/portfolio/submissions/{id}/files/{fileId}/delete")
    String removeFile(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @PathVariable long fileId,
                      RedirectAttributes redirect) {
        submissions.removeFile(user.educatorId(), id, fileId);
        redirect.addFlashAttribute("flash", "File removed.");
        return "redirect:/portfolio/submissions/" + id;
    }

    @GetMapping("/portfolio/submissions/{id}/files/{fileId}")
    void download(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @PathVariable long fileId,
                  HttpServletResponse response) throws IOException {
        SubmissionDetail submission = own(user, id);
        SubmissionDetail.File file = submission.parts().stream().flatMap(p -> p.files().stream())
                .filter(f -> f.id() == fileId).findFirst().orElseThrow(NotYoursException::new);
        EvidenceDownloads.prepare(response, file);
        submissions.copyFile(id, fileId, response.getOutputStream());
    }

    @GetMapping("/portfolio/submissions/{id}/confirm")
    String confirm(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, Model model) {
        SubmissionDetail submission = own(user, id);
        model.addAttribute("submission", submission);
        model.addAttribute("missing", submissions.missingParts(id));
        return "portfolio/confirm";
    }

    @PostMapping("/portfolio/submissions/{id}/submit")
    String submit(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, @RequestParam long version,
                  Model model, RedirectAttributes redirect) {
        List<String> refusals = submissions.submit(user.educatorId(), id, version, user.getUsername());
        if (!refusals.isEmpty()) {
            model.addAttribute("submission", own(user, id));
            model.addAttribute("missing", List.of());
            model.addAttribute("refusals", refusals);
            return "portfolio/confirm";
        }
        redirect.addFlashAttribute("flash", "Submitted for review. You will get an email when it has been reviewed.");
        return "redirect:/portfolio/submissions/" + id;
    }

    @PostMapping("/portfolio/submissions/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal PathwaysUser user, @PathVariable long id, RedirectAttributes redirect) {
        submissions.withdraw(user.educatorId(), id, user.getUsername());
        redirect.addFlashAttribute("flash", "Submission withdrawn.");
        return "redirect:/portfolio";
    }

    /** A refused action returns to the submission with the reason, written for the educator. */
    @ExceptionHandler(SubmissionStateException.class)
    String refused(SubmissionStateException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        return id == null ? "redirect:/portfolio" : "redirect:/portfolio/submissions/" + id;
    }

    private SubmissionDetail own(PathwaysUser user, long id) {
        return queries.ownDetail(user.educatorId(), id).orElseThrow(NotYoursException::new);
    }

    private Optional<Assessment> assessment(long submissionId) {
        AssessmentSource source = assessments.getIfAvailable();
        return source == null ? Optional.empty() : source.assessmentOf(submissionId);
    }

    private static String backTo(long id, int part) {
        return "redirect:/portfolio/submissions/" + id + "#part-" + part;
    }
}
