package org.pathways.review.notify;

import java.util.List;
import org.pathways.people.PeopleApi;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an educator about their submission: an in-app notification and an email, both written in
 * the caller's transaction. The email goes to the outbox and is sent (and retried) by {@link OutboxSender}.
 */
@Service
public class Notifications {

    private final JdbcTemplate jdbc;
    private final PeopleApi people;

    Notifications(JdbcTemplate jdbc, PeopleApi people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public record Notification(long id, String message, String link, java.time.Instant createdAt, boolean read) {
    }

    /** Tells once per key: a second call with the same key (a redelivered event) does nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(String key, long educatorId, String subject, String body, String link) {
        int added = jdbc.update("""
                insert into notification (educator_id, message, link, dedupe_key) values (?, ?, ?, ?)
                on conflict (dedupe_key) do nothing""", educatorId, subject, link, key);
        if (added == 0) {
            return;
        }
        people.educator(educatorId).ifPresent(e -> jdbc.update("""
                insert into notification_outbox (recipient, subject, body, dedupe_key) values (?, ?, ?, ?)
                on conflict (dedupe_key) do nothing""", e.email(), subject,
                "Dear " + e.firstName() + ",\n\n" + body + "\n\nPathways", key));
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(long educatorId, int limit) {
        return jdbc.query("""
                select id, message, link, created_at, read_at is not null from notification
                where educator_id = ? order by created_at desc, id desc limit ?""",
                (rs, i) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5)), educatorId, limit);
    }

    @Transactional
    public void markAllRead(long educatorId) {
        jdbc.update("update notification set read_at = now() where educator_id = ? and read_at is null", educatorId);
    }
}
