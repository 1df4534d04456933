package org.pathways.people.security;

import java.util.Set;
import org.pathways.people.domain.Account;
import org.pathways.people.domain.AccountRepository;
import org.pathways.people.domain.Educator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on: the identity provider vouches for an email address, and that address must
 * belong to an active educator on the roster. Signing in never creates an account. Providers
 * that do not send {@code email_verified} (Microsoft Entra ID) are trusted only when listed in
 * {@code pathways.people.sso.trusted-without-email-verified}.
 */
@Component
public class EducatorOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(EducatorOidcUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final AccountRepository accounts;
    private final Set<String> trustedWithoutVerifiedClaim;

    EducatorOidcUserService(AccountRepository accounts,
                            @Value("${pathways.people.sso.trusted-without-email-verified:}")
                            Set<String> trustedWithoutVerifiedClaim) {
        this.accounts = accounts;
        this.trustedWithoutVerifiedClaim = trustedWithoutVerifiedClaim;
    }

    @Override
    @Transactional(readOnly = true)
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String email = user.getEmail();
        boolean verified = Boolean.TRUE.equals(user.getEmailVerified())
                || trustedWithoutVerifiedClaim.contains(registration);
        if (email == null || email.isBlank() || !verified) {
            log.info("Single sign-on via {} refused: no verified email address", registration);
            throw new OAuth2AuthenticationException(new OAuth2Error("email_not_verified",
                    "The identity provider did not vouch for an email address", null));
        }
        Account account = accounts.findByEmail(email.strip())
                .filter(a -> a.getEducator().isActive())
                .orElseThrow(() -> {
                    log.info("Single sign-on via {} refused: no active educator with that email", registration);
                    return new OAuth2AuthenticationException(new OAuth2Error("not_on_roster",
                            "No active educator uses this email address", null));
                });
        Educator educator = account.getEducator();
        return new PathwaysOidcUser(educator.getId(), educator.getCampus().getId(), educator.getEmail(),
                educator.fullName(), account.roles(), user.getIdToken(), user.getUserInfo());
    }
}
