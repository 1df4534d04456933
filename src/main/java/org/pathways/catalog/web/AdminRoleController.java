package org.pathways.catalog.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import org.pathways.catalog.CatalogApi;
import org.pathways.catalog.Endorsement;
import org.pathways.catalog.authoring.CatalogAuditLog;
import org.pathways.catalog.authoring.CatalogEditException;
import org.pathways.catalog.authoring.RoleAuthoring;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The role card editor: purpose, responsibilities, qualifying endorsement and the career map. */
@Controller
@RequestMapping("/admin/catalog/roles")
class AdminRoleController {

    private static final String EDITOR = "admin/catalog/role-form";

    private final RoleAuthoring authoring;
    private final CatalogApi catalog;
    private final CatalogAuditLog auditLog;

    AdminRoleController(RoleAuthoring authoring, CatalogApi catalog, CatalogAuditLog auditLog) {
        this.authoring = authoring;
        this.catalog = catalog;
        this.auditLog = auditLog;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return editor(new RoleForm(), false, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") RoleForm form, Principal principal, Model model, RedirectAttributes redirect) {
        form.setRowVersion(null);
        return save(form, false, principal, model, redirect);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        return editor(RoleForm.of(authoring.editable(code).orElseThrow(CatalogController::notFound)), true, model);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") RoleForm form, Principal principal, Model model,
                  RedirectAttributes redirect) {
        authoring.editable(code).orElseThrow(CatalogController::notFound);
        form.setCode(code);
        if (form.getRowVersion() == null) {
            form.setRowVersion(-1L);
        }
        return save(form, true, principal, model, redirect);
    }

    private String save(RoleForm form, boolean existing, Principal principal, Model model,
                        RedirectAttributes redirect) {
        try {
            authoring.save(form.change(), form.getRowVersion(), principal.getName());
        } catch (CatalogEditException e) {
            model.addAttribute("problems", e.problems());
            return editor(form, existing, model);
        }
        redirect.addFlashAttribute("flash", "Role card saved.");
        return "redirect:/admin/catalog/roles/" + form.getCode().strip();
    }

    private String editor(RoleForm form, boolean existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("endorsements", catalog.endorsements().stream()
                .sorted(Comparator.comparing(Endorsement::title)).toList());
        model.addAttribute("roles", catalog.roles().stream().filter(r -> !r.code().equals(form.getCode())).toList());
        model.addAttribute("audit", existing ? auditLog.of("career_role", form.getCode()) : List.of());
        return EDITOR;
    }
}
