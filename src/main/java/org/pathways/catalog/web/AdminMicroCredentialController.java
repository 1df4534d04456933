package org.pathways.catalog.web;

import java.security.Principal;
import org.pathways.catalog.MicroCredential;
import org.pathways.catalog.MicroCredentialTrends;
import org.pathways.catalog.authoring.CatalogAuditLog;
import org.pathways.catalog.authoring.CatalogEditException;
import org.pathways.catalog.authoring.MicroCredentialAuthoring;
import org.pathways.catalog.authoring.MicroCredentialAuthoring.Editable;
import org.pathways.catalog.authoring.MicroCredentialVersions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The micro-credential editor: drafts, publishing, retiring, preview and version history. */
@Controller
@RequestMapping("/admin/catalog/microcredentials")
class AdminMicroCredentialController {

    private static final String EDITOR = "admin/catalog/microcredential-form";

    private final MicroCredentialAuthoring authoring;
    private final MicroCredentialVersions versions;
    private final CatalogAuditLog auditLog;
    private final ObjectProvider<MicroCredentialTrends> trends;

    AdminMicroCredentialController(MicroCredentialAuthoring authoring, MicroCredentialVersions versions,
                                   CatalogAuditLog auditLog, ObjectProvider<MicroCredentialTrends> trends) {
        this.authoring = authoring;
        this.versions = versions;
        this.auditLog = auditLog;
        this.trends = trends;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", MicroCredentialForm.blank());
        return EDITOR;
    }

    @PostMapping
    String create(@ModelAttribute("form") MicroCredentialForm form,
                  @RequestParam(name = "add", required = false) String add, Principal principal, Model model,
                  RedirectAttributes redirect) {
        form.align();
        if (add != null) {
            addRow(form, add);
            return EDITOR;
        }
        try {
            authoring.create(form.getCode() == null ? null : form.getCode().strip(), form.getTitle(), form.content(),
                    principal.getName());
        } catch (CatalogEditException e) {
            model.addAttribute("problems", e.problems());
            return EDITOR;
        }
        redirect.addFlashAttribute("flash", "Draft saved. Preview it, then publish it when it is ready.");
        return "redirect:/admin/catalog/microcredentials/" + form.getCode().strip();
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        Editable editable = editable(code);
        model.addAttribute("form", MicroCredentialForm.of(editable));
        return editor(editable, model);
    }

    @PostMapping("/{code}")
    String saveDraft(@PathVariable String code, @ModelAttribute("form") MicroCredentialForm form,
                     @RequestParam(name = "add", required = false) String add, Principal principal, Model model,
                     RedirectAttributes redirect) {
        Editable editable = editable(code);
        form.setCode(code);
        form.align();
        if (add != null) {
            addRow(form, add);
            return editor(editable, model);
        }
        try {
            authoring.saveDraft(code, form.getRowVersion(), form.getTitle(), form.content(), principal.getName());
        } catch (CatalogEditException e) {
            model.addAttribute("problems", e.problems());
            return editor(editable, model);
        }
        redirect.addFlashAttribute("flash", "Draft saved. Preview it, then publish it when it is ready.");
        return "redirect:/admin/catalog/microcredentials/" + code;
    }

    @PostMapping("/{code}/publish")
    String publish(@PathVariable String code, @RequestParam(name = "changeNote", required = false) String changeNote,
                   Principal principal, RedirectAttributes redirect) {
        return act(code, redirect, () -> "Published as version " + authoring.publish(code, changeNote,
                principal.getName()) + ". Educators see it in the catalog now.");
    }

    @PostMapping("/{code}/discard")
    String discard(@PathVariable String code, Principal principal, RedirectAttributes redirect) {
        return act(code, redirect, () -> {
            authoring.discardDraft(code, principal.getName());
            return "Draft discarded.";
        });
    }

    @PostMapping("/{code}/retire")
    String retire(@PathVariable String code, Principal principal, RedirectAttributes redirect) {
        return act(code, redirect, () -> {
            authoring.retire(code, principal.getName());
            return "Retired: it can no longer be started; earned records keep it.";
        });
    }

    /** The draft (or the current version) exactly as an educator will see it. */
    @GetMapping("/{code}/preview")
    String preview(@PathVariable String code, Model model) {
        Editable e = editable(code);
        int number = e.hasDraft() ? e.draftNumber() : e.currentVersion();
        model.addAttribute("credential", MicroCredentialVersions.asCredential(e.code(), e.title(), e.status(), number,
                e.sampleContent(), null, e.content()));
        model.addAttribute("previewOf", e.hasDraft() ? "draft version " + number : "version " + number);
        return "admin/catalog/microcredential-preview";
    }

    @GetMapping("/{code}/versions/{number}")
    String version(@PathVariable String code, @PathVariable int number, Model model) {
        MicroCredential credential = versions.published(code, number).orElseThrow(CatalogController::notFound);
        model.addAttribute("credential", credential);
        model.addAttribute("previewOf", "published version " + number);
        return "admin/catalog/microcredential-preview";
    }

    private String editor(Editable editable, Model model) {
        model.addAttribute("credential", editable);
        model.addAttribute("versions", versions.history(editable.id()));
        model.addAttribute("audit", auditLog.of("micro_credential", editable.code()));
        MicroCredentialTrends source = trends.getIfAvailable();
        model.addAttribute("trend", source == null ? null : source.of(editable.code()));
        return EDITOR;
    }

    private String act(String code, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        editable(code);
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (CatalogEditException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/admin/catalog/microcredentials/" + code;
    }

    private Editable editable(String code) {
        return authoring.editable(code).orElseThrow(CatalogController::notFound);
    }

    private static void addRow(MicroCredentialForm form, String what) {
        switch (what) {
            case "part" -> form.addPart();
            case "criterion" -> form.addCriterion();
            case "level" -> form.addLevel();
            case "resource" -> form.addResource();
            default -> {
                // an unknown button adds nothing
            }
        }
    }
}
