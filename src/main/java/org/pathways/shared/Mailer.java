package org.pathways.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text email through the configured SMTP server (spring.mail.*). Without one, as in the
 * demo, the message is written to the log instead so nothing is silently lost.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${pathways.mail.from:pathways@example.org}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends now; returns false (and logs) when the message could not be handed to the server. */
    public boolean send(String to, String subject, String body) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("Email (no SMTP server configured) to {}: {}\n{}", to, subject, body);
            return true;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send email to {} ({}): {}", to, subject, e.getMessage());
            return false;
        }
    }
}
