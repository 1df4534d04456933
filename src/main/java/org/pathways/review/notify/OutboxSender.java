package org.pathways.review.notify;

import java.util.List;
import org.pathways.shared.Mailer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends due outbox emails through the shared Mailer. A failure leaves the row in place with a later
 * retry time (doubling up to an hour), so a mail server outage loses nothing. Rows are claimed with
 * SKIP LOCKED, so several app nodes never send the same email.
 */
@Component
public class OutboxSender {

    private static final int BATCH = 20;

    private final JdbcTemplate jdbc;
    private final Mailer mailer;

    OutboxSender(JdbcTemplate jdbc, Mailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    private record Email(long id, String recipient, String subject, String body, int attempts) {
    }

    /** Sends what is due now; returns how many were sent. */
    @Scheduled(fixedDelayString = "${pathways.review.outbox-interval:PT10S}")
    @Transactional
    public int sendDue() {
        List<Email> due = jdbc.query("""
                select id, recipient, subject, body, attempts from notification_outbox
                where sent_at is null and next_try_at <= now() order by id limit ? for update skip locked""",
                (rs, i) -> new Email(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                BATCH);
        int sent = 0;
        for (Email email : due) {
            if (mailer.send(email.recipient(), email.subject(), email.body())) {
                jdbc.update("update notification_outbox set sent_at = now(), attempts = attempts + 1 where id = ?",
                        email.id());
                sent++;
            } else {
                long delaySeconds = Math.min(3600, 30L << Math.min(email.attempts(), 7));
                jdbc.update("""
                        update notification_outbox set attempts = attempts + 1, last_error = 'not accepted by the mail server',
                               next_try_at = now() + make_interval(secs => ?) where id = ?""", delaySeconds, email.id());
            }
        }
        return sent;
    }
}
