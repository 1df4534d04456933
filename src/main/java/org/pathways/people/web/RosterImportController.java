package org.pathways.people.web;

import java.io.IOException;
import org.pathways.people.PathwaysUser;
import org.pathways.people.roster.RosterImportJobs;
import org.pathways.people.roster.RosterImportService;
import org.pathways.people.roster.RosterImportView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roster import for admins: upload, preview with errors, apply, progress and summary. */
@Controller
@RequestMapping("/admin/people/import")
class RosterImportController {

    private final RosterImportService imports;
    private final RosterImportJobs jobs;

    RosterImportController(RosterImportService imports, RosterImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @GetMapping
    String uploadForm(Model model) {
        model.addAttribute("imports", imports.recent());
        return "people/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal PathwaysUser admin,
                  RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "Choose a roster file to upload.");
            return "redirect:/admin/people/import";
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "roster.csv"
                : file.getOriginalFilename();
        long id = imports.upload(name.length() > 255 ? name.substring(0, 255) : name, file.getBytes(),
                admin.getUsername());
        jobs.validate(id);
        return "redirect:/admin/people/import/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        addImport(id, model);
        return "people/import-status";
    }

    /** The live part of the status page; htmx polls it while a job runs. */
    @GetMapping("/{id}/status")
    String status(@PathVariable long id, Model model) {
        addImport(id, model);
        return "people/import-status :: status";
    }

    @PostMapping("/{id}/apply")
    String apply(@PathVariable long id, @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes redirect) {
        if (!jobs.apply(id, admin.getUsername())) {
            redirect.addFlashAttribute("flash", "This import is not waiting to be applied.");
        }
        return "redirect:/admin/people/import/" + id;
    }

    private void addImport(long id, Model model) {
        RosterImportView view = imports.find(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("rosterImport", view);
        if (view.errorCount() > 0) {
            model.addAttribute("errors", imports.errors(id));
        }
    }
}
