package org.pathways.review.notify;

import org.pathways.people.PathwaysUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's notifications about their submissions. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal PathwaysUser user, Model model) {
        model.addAttribute("notifications", notifications.latest(user.educatorId(), 50));
        return "review/notifications";
    }

    @PostMapping("/notifications/read")
    String markRead(@AuthenticationPrincipal PathwaysUser user) {
        notifications.markAllRead(user.educatorId());
        return "redirect:/notifications";
    }
}
