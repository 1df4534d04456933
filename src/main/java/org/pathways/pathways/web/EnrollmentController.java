package org.pathways.pathways.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.pathways.pathways.domain.AccessRequest;
import org.pathways.pathways.domain.AccessRequests;
import org.pathways.pathways.domain.Dashboards;
import org.pathways.pathways.domain.EndorsementAccess;
import org.pathways.pathways.domain.UnknownEndorsementException;
import org.pathways.people.PathwaysUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An educator adds and removes endorsements on their dashboard and asks for access to role-gated ones. */
@Controller
class EnrollmentController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);

    private final EndorsementAccess access;
    private final AccessRequests requests;
    private final Dashboards dashboards;

    EnrollmentController(EndorsementAccess access, AccessRequests requests, Dashboards dashboards) {
        this.access = access;
        this.requests = requests;
        this.dashboards = dashboards;
    }

    @PostMapping("/pathways/endorsements/{code}/add")
    String add(@PathVariable String code, @AuthenticationPrincipal PathwaysUser user, RedirectAttributes flash) {
        String title = access.endorsement(code).title();
        try {
            boolean added = access.add(user.educatorId(), code);
            flash.addFlashAttribute("flash", added ? "Added " + title + " to your dashboard."
                    : title + " is already on your dashboard.");
        } catch (IllegalStateException refused) {
            flash.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/catalog/endorsements/" + code;
    }

    @PostMapping("/pathways/endorsements/{code}/remove")
    String remove(@PathVariable String code, @RequestParam(defaultValue = "catalog") String from,
                  @AuthenticationPrincipal PathwaysUser user, RedirectAttributes flash) {
        String title = access.endorsement(code).title();
        if (access.remove(user.educatorId(), code)) {
            flash.addFlashAttribute("flash", "Removed " + title + " from your dashboard. Earned micro-credentials stay yours.");
        }
        return "dashboard".equals(from) ? "redirect:/" : "redirect:/catalog/endorsements/" + code;
    }

    @GetMapping("/pathways/endorsements/{code}/request")
    String requestForm(@PathVariable String code, @AuthenticationPrincipal PathwaysUser user, Model model) {
        model.addAttribute("panel", dashboards.panel(user.educatorId(), access.endorsement(code)));
        model.addAttribute("dueIfAskedToday", requests.dueIfAskedNow(Instant.now()));
        model.addAttribute("maxReason", AccessRequest.MAX_TEXT);
        return "pathways/request-access";
    }

    @PostMapping("/pathways/endorsements/{code}/request")
    String request(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
                   @AuthenticationPrincipal PathwaysUser user, Model model, RedirectAttributes flash) {
        try {
            AccessRequest request = requests.request(user.educatorId(), code, reason, Instant.now());
            flash.addFlashAttribute("flash", "Your request for " + access.endorsement(code).title()
                    + " was sent. The district will answer by " + DAY.format(request.getDueOn()) + ".");
            return "redirect:/catalog/endorsements/" + code;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            model.addAttribute("error", refused.getMessage());
            model.addAttribute("reason", reason);
            return requestForm(code, user, model);
        }
    }

    @ExceptionHandler(UnknownEndorsementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }
}
