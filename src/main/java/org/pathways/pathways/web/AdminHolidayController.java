package org.pathways.pathways.web;

import java.time.LocalDate;
import org.pathways.pathways.domain.AccessRequests;
import org.pathways.pathways.domain.Holidays;
import org.pathways.people.PathwaysUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** District holidays, which access-request due dates skip. */
@Controller
class AdminHolidayController {

    private final Holidays holidays;
    private final AccessRequests requests;

    AdminHolidayController(Holidays holidays, AccessRequests requests) {
        this.holidays = holidays;
        this.requests = requests;
    }

    @GetMapping("/admin/holidays")
    String list(Model model) {
        LocalDate today = requests.today();
        model.addAttribute("holidays", holidays.from(today.withDayOfYear(1)));
        model.addAttribute("today", today);
        return "pathways/admin-holidays";
    }

    @PostMapping("/admin/holidays")
    String save(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(defaultValue = "") String name, @AuthenticationPrincipal PathwaysUser admin,
                RedirectAttributes flash) {
        try {
            holidays.save(day, name, admin.getUsername());
            flash.addFlashAttribute("flash", "Saved " + name.strip() + " on " + day + ".");
        } catch (IllegalArgumentException invalid) {
            flash.addFlashAttribute("flashError", invalid.getMessage());
        }
        return "redirect:/admin/holidays";
    }

    @PostMapping("/admin/holidays/{day}/remove")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes flash) {
        holidays.remove(day, admin.getUsername());
        flash.addFlashAttribute("flash", "Removed the holiday on " + day + ".");
        return "redirect:/admin/holidays";
    }
}
