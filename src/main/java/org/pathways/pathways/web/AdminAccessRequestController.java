package org.pathways.pathways.web;

import java.time.Instant;
import java.util.List;
import org.pathways.catalog.CatalogApi;
import org.pathways.pathways.domain.AccessRequest;
import org.pathways.pathways.domain.AccessRequests;
import org.pathways.people.PathwaysUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' queue of access requests: oldest first, overdue flagged, decided one by one or in bulk. */
@Controller
class AdminAccessRequestController {

    private final AccessRequests requests;
    private final CatalogApi catalog;

    AdminAccessRequestController(AccessRequests requests, CatalogApi catalog) {
        this.requests = requests;
        this.catalog = catalog;
    }

    @GetMapping("/admin/access-requests")
    String queue(@RequestParam(defaultValue = "PENDING") AccessRequest.Status status,
                 @RequestParam(defaultValue = "") String endorsement,
                 @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        List<AccessRequests.QueueEntry> entries = requests.queue(status, endorsement, overdue);
        model.addAttribute("entries", entries);
        model.addAttribute("status", status);
        model.addAttribute("statuses", AccessRequest.Status.values());
        model.addAttribute("endorsement", endorsement);
        model.addAttribute("overdue", overdue);
        model.addAttribute("overdueCount", entries.stream().filter(AccessRequests.QueueEntry::overdue).count());
        model.addAttribute("endorsements", catalog.endorsements().stream()
                .filter(e -> e.access() == org.pathways.catalog.Access.ROLE_GATED).toList());
        return "pathways/admin-access-requests";
    }

    @PostMapping("/admin/access-requests/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "false") boolean recordRole,
                   @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes flash) {
        return decide(flash, () -> {
            requests.approve(id, admin.getUsername(), note, recordRole, Instant.now());
            return "Request approved" + (recordRole ? " and the role recorded." : ".");
        });
    }

    @PostMapping("/admin/access-requests/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String note,
                  @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes flash) {
        return decide(flash, () -> {
            requests.reject(id, admin.getUsername(), note, Instant.now());
            return "Request rejected.";
        });
    }

    @PostMapping("/admin/access-requests/approve-all")
    String approveAll(@RequestParam(name = "ids", required = false) List<Long> ids,
                      @AuthenticationPrincipal PathwaysUser admin, RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("flashError", "Tick the requests to approve first.");
            return "redirect:/admin/access-requests";
        }
        return decide(flash, () -> {
            int approved = requests.approveAll(ids, admin.getUsername(), Instant.now());
            return approved + (approved == 1 ? " request" : " requests") + " approved.";
        });
    }

    private String decide(RedirectAttributes flash, java.util.function.Supplier<String> decision) {
        try {
            flash.addFlashAttribute("flash", decision.get());
        } catch (IllegalArgumentException | IllegalStateException refused) {
            flash.addFlashAttribute("flashError", refused.getMessage());
        } catch (OptimisticLockingFailureException concurrent) {
            flash.addFlashAttribute("flashError", "Another admin decided this request at the same time; see its state below.");
        }
        return "redirect:/admin/access-requests";
    }
}
