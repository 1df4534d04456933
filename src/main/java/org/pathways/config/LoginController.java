package org.pathways.config;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; someone already signed in goes to their home page. */
@Controller
class LoginController {

    private final List<ClientRegistration> singleSignOn;

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
        InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
        this.singleSignOn = repository == null ? List.of()
                : java.util.stream.StreamSupport.stream(repository.spliterator(), false).toList();
    }

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String paused,
                 @RequestParam(required = false) Integer minutes, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if ("account".equals(paused) || "address".equals(paused)) {
            model.addAttribute("paused", paused);
            model.addAttribute("pausedMinutes", minutes == null ? 15 : Math.max(1, Math.min(minutes, 1440)));
        }
        model.addAttribute("singleSignOn", singleSignOn);
        return "login";
    }
}
