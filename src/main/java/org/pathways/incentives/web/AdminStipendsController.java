package org.pathways.incentives.web;

import java.math.BigDecimal;
import org.pathways.incentives.domain.StipendApprovals;
import org.pathways.incentives.domain.StipendFilter;
import org.pathways.incentives.domain.StipendOverview;
import org.pathways.people.PathwaysUser;
import org.pathways.shared.Money;
import org.pathways.shared.SchoolYear;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Stipends of a school year for the central office: budget, the cap, lines waiting for approval. */
@Controller
class AdminStipendsController {

    private final StipendOverview overview;
    private final StipendApprovals approvals;
    private final SchoolYears schoolYears;

    AdminStipendsController(StipendOverview overview, StipendApprovals approvals, SchoolYears schoolYears) {
        this.overview = overview;
        this.approvals = approvals;
        this.schoolYears = schoolYears;
    }

    @GetMapping("/admin/stipends")
    String stipends(@RequestParam(required = false) String schoolYear, @RequestParam(required = false) String campus,
                    @RequestParam(required = false) String code, Model model) {
        StipendFilter filter = new StipendFilter(schoolYears.fromParameter(schoolYear), campus, code);
        model.addAttribute("filter", filter);
        model.addAttribute("summary", overview.summary(filter));
        model.addAttribute("campuses", overview.campuses(filter.schoolYear()));
        model.addAttribute("years", java.util.List.of(schoolYears.current().next(), schoolYears.current(),
                schoolYears.current().previous()));
        return "incentives/admin-stipends";
    }

    @PostMapping("/admin/stipends/{lineId}/approve")
    String approveOne(@AuthenticationPrincipal PathwaysUser user, @PathVariable long lineId,
                      @RequestParam String schoolYear, @RequestParam(required = false) String campus,
                      @RequestParam(required = false) String code, RedirectAttributes redirect) {
        boolean approved = approvals.approve(lineId, user.getUsername());
        redirect.addFlashAttribute("flash", approved ? "Stipend line " + lineId + " approved."
                : "Stipend line " + lineId + " was no longer waiting for approval.");
        return back(schoolYear, campus, code);
    }

    @PostMapping("/admin/stipends/approve")
    String approveAll(@AuthenticationPrincipal PathwaysUser user, @RequestParam String schoolYear,
                      @RequestParam(required = false) String campus, @RequestParam(required = false) String code,
                      RedirectAttributes redirect) {
        int count = approvals.approveAll(new StipendFilter(schoolYears.fromParameter(schoolYear), campus, code),
                user.getUsername());
        redirect.addFlashAttribute("flash", count == 1 ? "1 stipend line approved." : count + " stipend lines approved.");
        return back(schoolYear, campus, code);
    }

    @PostMapping("/admin/stipends/budget")
    String budget(@AuthenticationPrincipal PathwaysUser user, @RequestParam String schoolYear,
                  @RequestParam String amount, RedirectAttributes redirect) {
        SchoolYear year = schoolYears.fromParameter(schoolYear);
        try {
            Money budget = new Money(new BigDecimal(amount.replace(",", "").replace("$", "").trim()));
            overview.setBudget(year, budget, user.getUsername());
            redirect.addFlashAttribute("flash", "Budget for " + year + " set to " + budget + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("budgetError", "Enter the budget in dollars, e.g. 250000 or 250000.00.");
        }
        return back(schoolYear, null, null);
    }

    private static String back(String schoolYear, String campus, String code) {
        return "redirect:" + UriComponentsBuilder.fromPath("/admin/stipends").queryParam("schoolYear", schoolYear)
                .queryParamIfPresent("campus", java.util.Optional.ofNullable(campus).filter(s -> !s.isBlank()))
                .queryParamIfPresent("code", java.util.Optional.ofNullable(code).filter(s -> !s.isBlank()))
                .encode().build().toUriString();
    }
}
