package org.pathways.catalog.web;

import java.security.Principal;
import java.util.Comparator;
import org.pathways.catalog.Access;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.EndorsementStatus;
import org.pathways.catalog.MicroCredential;
import org.pathways.catalog.authoring.CatalogAuditLog;
import org.pathways.catalog.authoring.CatalogEditException;
import org.pathways.catalog.authoring.EndorsementAuthoring;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The micro-endorsement editor: group, access, status, rule and prerequisite. */
@Controller
@RequestMapping("/admin/catalog/endorsements")
class AdminEndorsementController {

    private static final String EDITOR = "admin/catalog/endorsement-form";

    private final EndorsementAuthoring authoring;
    private final CatalogApi catalog;
    private final CatalogAuditLog auditLog;

    AdminEndorsementController(EndorsementAuthoring authoring, CatalogApi catalog, CatalogAuditLog auditLog) {
        this.authoring = authoring;
        this.catalog = catalog;
        this.auditLog = auditLog;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return editor(new EndorsementForm(), false, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") EndorsementForm form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        form.setRowVersion(null);
        return save(form, false, principal, model, redirect);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        EndorsementForm form = EndorsementForm.of(authoring.editable(code).orElseThrow(CatalogController::notFound));
        return editor(form, true, model);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") EndorsementForm form, Principal principal,
                  Model model, RedirectAttributes redirect) {
        authoring.editable(code).orElseThrow(CatalogController::notFound);
        form.setCode(code);
        if (form.getRowVersion() == null) {
            form.setRowVersion(-1L);
        }
        return save(form, true, principal, model, redirect);
    }

    private String save(EndorsementForm form, boolean existing, Principal principal, Model model,
                        RedirectAttributes redirect) {
        try {
            authoring.save(form.change(), form.getRowVersion(), principal.getName());
        } catch (CatalogEditException e) {
            model.addAttribute("problems", e.problems());
            return editor(form, existing, model);
        }
        redirect.addFlashAttribute("flash", "Micro-endorsement saved; educators see it in the catalog now.");
        return "redirect:/admin/catalog/endorsements/" + form.getCode().strip();
    }

    private String editor(EndorsementForm form, boolean existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("groups", authoring.groups());
        model.addAttribute("accessOptions", Access.values());
        model.addAttribute("statusOptions", EndorsementStatus.values());
        model.addAttribute("credentials", catalog.microCredentials().stream()
                .sorted(Comparator.comparing(MicroCredential::title)).toList());
        model.addAttribute("endorsements", catalog.endorsements().stream()
                .filter(e -> !e.code().equals(form.getCode()))
                .sorted(Comparator.comparing(Endorsement::title)).toList());
        model.addAttribute("audit", existing ? auditLog.of("endorsement", form.getCode()) : java.util.List.of());
        return EDITOR;
    }
}
