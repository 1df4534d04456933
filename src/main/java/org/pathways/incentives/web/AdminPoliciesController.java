package org.pathways.incentives.web;

import java.util.List;
import org.pathways.incentives.domain.ConcurrentPolicyChangeException;
import org.pathways.incentives.domain.IncentivePolicy;
import org.pathways.incentives.domain.Policies;
import org.pathways.people.PathwaysUser;
import org.pathways.shared.SchoolYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Incentive policy per school year: every saved change is a new version; old ones stay as they were. */
@Controller
class AdminPoliciesController {

    private final Policies policies;
    private final SchoolYears schoolYears;

    AdminPoliciesController(Policies policies, SchoolYears schoolYears) {
        this.policies = policies;
        this.schoolYears = schoolYears;
    }

    @GetMapping("/admin/policies")
    String policies(@RequestParam(required = false) String schoolYear, Model model) {
        SchoolYear year = schoolYears.fromParameter(schoolYear);
        IncentivePolicy latest = policies.latestOrDefaults(year);
        return page(year, PolicyForm.of(latest), List.of(), model);
    }

    @PostMapping("/admin/policies")
    String change(@AuthenticationPrincipal PathwaysUser user, @ModelAttribute PolicyForm form, Model model,
                  RedirectAttributes redirect) {
        SchoolYear year = schoolYears.fromParameter(form.schoolYear());
        try {
            IncentivePolicy saved = policies.change(form.toChange(), form.basedOnVersion(), user.getUsername());
            redirect.addFlashAttribute("flash", "Policy " + saved.schoolYear() + " version " + saved.version()
                    + " saved. Decisions from now on use it; earlier ones keep the version they were made under.");
            return "redirect:/admin/policies?schoolYear=" + saved.schoolYear();
        } catch (IllegalArgumentException e) {
            return page(year, form, PolicyForm.problemsOf(e), model);
        } catch (ConcurrentPolicyChangeException e) {
            return page(year, PolicyForm.of(policies.latestOrDefaults(year)), List.of(e.getMessage()), model);
        }
    }

    private String page(SchoolYear year, PolicyForm form, List<String> problems, Model model) {
        model.addAttribute("schoolYear", year);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("versions", policies.versions(year));
        model.addAttribute("years", List.of(schoolYears.current().next(), schoolYears.current(),
                schoolYears.current().previous()));
        return "incentives/admin-policies";
    }
}
