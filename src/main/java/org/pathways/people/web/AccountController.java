package org.pathways.people.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pathways.people.account.AccountService;
import org.pathways.people.account.AccountService.PasswordChange;
import org.pathways.people.account.TokenPurpose;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Choosing a password from an invitation or reset link, and asking for a reset link. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    record PasswordForm(@NotBlank String token, boolean reset, @NotBlank @Size(max = 200) String password,
                        @NotBlank String confirmation) {
    }

    record ResetForm(@NotBlank(message = "Enter your email address.") @Email(message = "Enter an email address.")
                     @Size(max = 320) String email) {
    }

    @GetMapping("/password")
    String passwordForm(@RequestParam String token, @RequestParam(required = false) String reset, Model model) {
        TokenPurpose purpose = reset != null ? TokenPurpose.RESET : TokenPurpose.INVITATION;
        return accounts.holder(token, purpose).map(holder -> {
            model.addAttribute("holder", holder);
            model.addAttribute("token", token);
            model.addAttribute("reset", purpose == TokenPurpose.RESET);
            return "people/password";
        }).orElse("people/link-invalid");
    }

    @PostMapping("/password")
    String setPassword(@ModelAttribute PasswordForm form, Model model) {
        TokenPurpose purpose = form.reset() ? TokenPurpose.RESET : TokenPurpose.INVITATION;
        String token = form.token() == null ? "" : form.token();
        if (form.password() == null || !form.password().equals(form.confirmation())) {
            return again(token, purpose, "The two passwords are not the same.", model);
        }
        PasswordChange change = accounts.setPassword(token, purpose, form.password());
        if (change instanceof PasswordChange.Done) {
            return "redirect:/login?passwordSet";
        }
        if (change instanceof PasswordChange.Refused refused) {
            return again(token, purpose, refused.reason(), model);
        }
        return "people/link-invalid";
    }

    private String again(String token, TokenPurpose purpose, String problem, Model model) {
        return accounts.holder(token, purpose).map(holder -> {
            model.addAttribute("holder", holder);
            model.addAttribute("token", token);
            model.addAttribute("reset", purpose == TokenPurpose.RESET);
            model.addAttribute("problem", problem);
            return "people/password";
        }).orElse("people/link-invalid");
    }

    @GetMapping("/reset")
    String resetForm(Model model) {
        model.addAttribute("resetForm", new ResetForm(""));
        return "people/reset";
    }

    @PostMapping("/reset")
    String requestReset(@Valid @ModelAttribute ResetForm resetForm, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return "people/reset";
        }
        accounts.requestReset(resetForm.email());
        model.addAttribute("sent", true);
        return "people/reset";
    }
}
