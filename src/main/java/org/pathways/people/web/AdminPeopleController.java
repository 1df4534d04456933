package org.pathways.people.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathways.people.AppRole;
import org.pathways.people.PathwaysUser;
import org.pathways.people.account.AccountService;
import org.pathways.people.admin.PeopleAdministration;
import org.pathways.people.admin.PersonRow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** People administration: search, app roles, career roles held, deactivation, invitations. */
@Controller
@RequestMapping("/admin/people")
class AdminPeopleController {

    private final PeopleAdministration people;
    private final AccountService accounts;

    AdminPeopleController(PeopleAdministration people, AccountService accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        List<PersonRow> rows = people.search(q, page);
        model.addAttribute("q", q);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", rows.size() > PeopleAdministration.PAGE_SIZE);
        model.addAttribute("people", rows.subList(0, Math.min(rows.size(), PeopleAdministration.PAGE_SIZE)));
        return "people/people";
    }

    @GetMapping("/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", people.person(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("allAppRoles", AppRole.values());
        model.addAttribute("careerRoles", people.careerRoles());
        model.addAttribute("today", LocalDate.now());
        return "people/person";
    }

    @PostMapping("/{id}/app-roles")
    String appRoles(@PathVariable long id, @RequestParam(name = "role", required = false) List<AppRole> roles,
                    @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes redirect) {
        Set<AppRole> chosen = roles == null ? EnumSet.noneOf(AppRole.class) : EnumSet.copyOf(roles);
        return change(id, redirect, "App roles saved.",
                () -> people.setAppRoles(id, chosen, admin.getUsername(), admin.educatorId()));
    }

    @PostMapping("/{id}/held-roles")
    String addHeldRole(@PathVariable long id, @RequestParam String roleCode,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                       @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes redirect) {
        return change(id, redirect, "Career role added.",
                () -> people.addHeldRole(id, roleCode, since, admin.getUsername()));
    }

    @PostMapping("/{id}/held-roles/{heldId}/end")
    String endHeldRole(@PathVariable long id, @PathVariable long heldId,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                       @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes redirect) {
        return change(id, redirect, "Career role ended.",
                () -> people.endHeldRole(id, heldId, until, admin.getUsername()));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @AuthenticationPrincipal PathwaysUser admin,
                      RedirectAttributes redirect) {
        return change(id, redirect, "Deactivated: this person can no longer sign in. Their history stays.",
                () -> people.setActive(id, false, admin.getUsername(), admin.educatorId()));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, @AuthenticationPrincipal PathwaysUser admin,
                      RedirectAttributes redirect) {
        return change(id, redirect, "Reactivated.",
                () -> people.setActive(id, true, admin.getUsername(), admin.educatorId()));
    }

    @PostMapping("/{id}/invite")
    String invite(@PathVariable long id, @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes redirect) {
        boolean sent = accounts.invite(id, admin.getUsername());
        redirect.addFlashAttribute(sent ? "flash" : "problem", sent ? "Invitation sent."
                : "Only active people without a password can be invited.");
        return "redirect:/admin/people/" + id;
    }

    private String change(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (PeopleAdministration.RefusedException refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/people/" + id;
    }
}
