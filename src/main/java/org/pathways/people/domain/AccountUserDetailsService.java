package org.pathways.people.domain;

import org.pathways.people.PathwaysUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by email against their account; leavers and invitees without a password cannot. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        Educator educator = account.getEducator();
        // An account without a password is disabled; the random hash only keeps User non-null.
        String hash = account.getPasswordHash() == null ? "{noop}" + java.util.UUID.randomUUID()
                : account.getPasswordHash();
        return new PathwaysUser(educator.getId(), educator.getCampus().getId(), educator.getEmail(), hash,
                educator.fullName(), account.canSignIn(), account.roles());
    }
}
