package org.pathways.people.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, an account (by
 * email) or an address is paused for a while. Counted in PostgreSQL so every app node sees the
 * same counts. A successful sign-in clears the account's count.
 */
@Component
public class SignInThrottle {

    /** What is paused and for how much longer. */
    public record Pause(Kind kind, Duration remaining) {

        public long minutes() {
            return Math.max(1, (remaining.toSeconds() + 59) / 60);
        }
    }

    public enum Kind { ACCOUNT, ADDRESS }

    private final JdbcTemplate jdbc;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration pause;

    SignInThrottle(JdbcTemplate jdbc,
                   @Value("${pathways.people.sign-in.failures-per-account:5}") int accountLimit,
                   @Value("${pathways.people.sign-in.failures-per-address:20}") int addressLimit,
                   @Value("${pathways.people.sign-in.window:15m}") Duration window,
                   @Value("${pathways.people.sign-in.pause:15m}") Duration pause) {
        this.jdbc = jdbc;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.pause = pause;
    }

    @Transactional(readOnly = true)
    public Optional<Pause> pause(String email, String address) {
        return jdbc.query("""
                select kind, extract(epoch from locked_until - now()) from sign_in_failure
                where ((kind = 'ACCOUNT' and key = ?) or (kind = 'ADDRESS' and key = ?)) and locked_until > now()
                order by locked_until desc limit 1""",
                (rs, i) -> new Pause(Kind.valueOf(rs.getString(1)), Duration.ofMillis((long) (rs.getDouble(2) * 1000))),
                accountKey(email), address).stream().findFirst();
    }

    @Transactional
    public void failed(String email, String address) {
        count(Kind.ACCOUNT, accountKey(email), accountLimit);
        count(Kind.ADDRESS, address, addressLimit);
    }

    @Transactional
    public void succeeded(String email) {
        jdbc.update("delete from sign_in_failure where kind = 'ACCOUNT' and key = ?", accountKey(email));
    }

    private void count(Kind kind, String key, int limit) {
        if (key == null || key.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into sign_in_failure as f (kind, key, failures, window_from) values (?, ?, 1, now())
                on conflict (kind, key) do update set
                    failures = case when f.window_from < now() - make_interval(secs => ?) then 1 else f.failures + 1 end,
                    window_from = case when f.window_from < now() - make_interval(secs => ?) then now()
                                       else f.window_from end""",
                kind.name(), key, window.toSeconds(), window.toSeconds());
        jdbc.update("""
                update sign_in_failure set locked_until = now() + make_interval(secs => ?), failures = 0,
                       window_from = now()
                where kind = ? and key = ? and failures >= ?""", pause.toSeconds(), kind.name(), key, limit);
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
