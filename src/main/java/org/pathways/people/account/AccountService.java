package org.pathways.people.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.pathways.shared.AuditTrail;
import org.pathways.shared.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations, password resets and setting a password through a one-time link. Links point at
 * {@code pathways.people.base-url}, since invitations are also sent from background imports.
 */
@Service
public class AccountService {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a z",
            Locale.US);

    private final JdbcTemplate jdbc;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final PasswordPolicy policy = PasswordPolicy.standard();
    private final String baseUrl;
    private final Duration invitationValidity;
    private final Duration resetValidity;

    AccountService(JdbcTemplate jdbc, AccountTokens tokens, PasswordEncoder encoder, Mailer mailer, AuditTrail audit,
                   Optional<Clock> clock,
                   @Value("${pathways.people.base-url:http://localhost:8080}") String baseUrl,
                   @Value("${pathways.people.invitation-valid-for:7d}") Duration invitationValidity,
                   @Value("${pathways.people.reset-valid-for:1h}") Duration resetValidity) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.invitationValidity = invitationValidity;
        this.resetValidity = resetValidity;
    }

    /** The person a password link is for, if the link still works. */
    public record LinkHolder(long educatorId, String firstName, String email) {
    }

    /**
     * Invites an active educator who has no password yet; returns false (and sends nothing) for
     * anyone else. Each invitation is its own transaction so one bad address stops no others.
     */
    @Transactional
    public boolean invite(long educatorId, String actor) {
        Optional<LinkHolder> person = jdbc.query("""
                select e.id, e.first_name, e.email from educator e join account a on a.educator_id = e.id
                where e.id = ? and e.active and a.password_hash is null""",
                (rs, i) -> new LinkHolder(rs.getLong(1), rs.getString(2), rs.getString(3)), educatorId)
                .stream().findFirst();
        if (person.isEmpty()) {
            return false;
        }
        Instant expires = clock.instant().plus(invitationValidity);
        String token = tokens.issue(educatorId, TokenPurpose.INVITATION, expires);
        jdbc.update("update account set invited_at = now() where educator_id = ?", educatorId);
        audit.record(actor, "INVITATION_SENT", "educator", String.valueOf(educatorId), person.get().email());
        return mailer.send(person.get().email(), "You are invited to Pathways", """
                Hello %s,

                You now have a Pathways account: micro-credentials, career pathways and your progress in one place.
                Choose your password here (the link works once, until %s):

                %s/account/password?token=%s

                If you did not expect this email, you can ignore it.
                """.formatted(person.get().firstName(), EXPIRY.format(expires.atZone(zone())), baseUrl, token));
    }

    /** Sends a reset link when an active account uses the address; says nothing either way. */
    @Transactional
    public void requestReset(String email) {
        Optional<LinkHolder> person = jdbc.query("""
                select e.id, e.first_name, e.email from educator e join account a on a.educator_id = e.id
                where lower(e.email) = lower(?) and e.active""",
                (rs, i) -> new LinkHolder(rs.getLong(1), rs.getString(2), rs.getString(3)), email.strip())
                .stream().findFirst();
        person.ifPresent(p -> {
            Instant expires = clock.instant().plus(resetValidity);
            String token = tokens.issue(p.educatorId(), TokenPurpose.RESET, expires);
            audit.record(p.email(), "PASSWORD_RESET_REQUESTED", "educator", String.valueOf(p.educatorId()), null);
            mailer.send(p.email(), "Reset your Pathways password", """
                    Hello %s,

                    Someone (we hope you) asked to reset your Pathways password. Choose a new one here
                    (the link works once, until %s):

                    %s/account/password?token=%s&reset

                    If you did not ask for this, ignore this email; your password stays as it is.
                    """.formatted(p.firstName(), EXPIRY.format(expires.atZone(zone())), baseUrl, token));
        });
    }

    @Transactional(readOnly = true)
    public Optional<LinkHolder> holder(String token, TokenPurpose purpose) {
        return tokens.peek(token, purpose).flatMap(this::person);
    }

    /** The outcome of choosing a password through a link. */
    public sealed interface PasswordChange {
        record Done(String email) implements PasswordChange {
        }

        record Refused(String reason) implements PasswordChange {
        }

        record LinkInvalid() implements PasswordChange {
        }
    }

    /** Sets the password if the link still works and the password meets the policy; the link is then used up. */
    @Transactional
    public PasswordChange setPassword(String token, TokenPurpose purpose, String password) {
        Optional<LinkHolder> holder = holder(token, purpose);
        if (holder.isEmpty()) {
            return new PasswordChange.LinkInvalid();
        }
        Optional<String> problem = policy.problem(password, holder.get().email());
        if (problem.isPresent()) {
            return new PasswordChange.Refused(problem.get());
        }
        Optional<Long> used = tokens.use(token, purpose);
        if (used.isEmpty()) {
            return new PasswordChange.LinkInvalid();
        }
        long educatorId = used.get();
        jdbc.update("update account set password_hash = ?, row_version = row_version + 1 where educator_id = ?",
                encoder.encode(password), educatorId);
        tokens.revokeAll(educatorId);
        // Whoever knew the old password is signed out everywhere.
        jdbc.update("delete from spring_session where lower(principal_name) = lower(?)", holder.get().email());
        jdbc.update("delete from sign_in_failure where kind = 'ACCOUNT' and key = lower(?)", holder.get().email());
        audit.record(holder.get().email(), purpose == TokenPurpose.INVITATION ? "PASSWORD_SET" : "PASSWORD_RESET",
                "educator", String.valueOf(educatorId), null);
        return new PasswordChange.Done(holder.get().email());
    }

    private Optional<LinkHolder> person(long educatorId) {
        return jdbc.query("""
                select e.id, e.first_name, e.email from educator e where e.id = ? and e.active""",
                (rs, i) -> new LinkHolder(rs.getLong(1), rs.getString(2), rs.getString(3)), educatorId)
                .stream().findFirst();
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
