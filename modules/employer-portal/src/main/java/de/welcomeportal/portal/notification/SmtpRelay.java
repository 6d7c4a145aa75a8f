package de.welcomeportal.portal.notification;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import de.welcomeportal.portal.site.SiteProperties;

/**
 * The SMTP relay, when Spring Boot configured one ({@code spring.mail.host}). Sends a {@link Mail} as a plain-text
 * message in UTF-8, at most {@code portal.mail.parallel-sends} at a time, each with the SMTP timeouts set. A mail
 * with an attachment goes out as {@code multipart/mixed}: the same plain text first, then the file.
 */
@Component
class SmtpRelay {

    private final @Nullable JavaMailSender sender;
    private final String from;
    private final String fromName;
    private final @Nullable String replyTo;
    private final Semaphore parallelSends;

    SmtpRelay(ObjectProvider<JavaMailSender> senders, NotificationProperties properties, SiteProperties site) {
        this.sender = senders.getIfAvailable();
        String configuredName = blankToNull(properties.fromName());
        this.fromName = configuredName != null ? configuredName.strip() : site.logoText();
        String configuredReplyTo = blankToNull(properties.replyTo());
        this.replyTo = configuredReplyTo != null ? configuredReplyTo : blankToNull(site.contactEmail());
        this.parallelSends = new Semaphore(properties.parallelSends(), true);
        String configuredFrom = blankToNull(properties.from());
        if (sender != null && configuredFrom == null) {
            throw new IllegalStateException("portal.mail.from is not set, but spring.mail.host is: set "
                    + "portal.mail.from to the sender address of the mails to employers, e.g. "
                    + "welcome-center@kreis-lippe.de");
        }
        this.from = configuredFrom == null ? "" : configuredFrom.strip();
        if (sender instanceof JavaMailSenderImpl impl) {
            limitWaiting(impl.getJavaMailProperties(), String.valueOf(properties.smtpTimeout().toMillis()));
        }
    }

    /** Whether mails are sent at all; without a relay they are only kept in the outbox. */
    boolean configured() {
        return sender != null;
    }

    /**
     * Hands the mail to the relay.
     *
     * @throws org.springframework.mail.MailException when the relay refuses it, cannot be reached, or the mail
     *         cannot be built (e.g. an invalid address)
     */
    void send(Mail mail) {
        if (sender == null) {
            throw new IllegalStateException("No SMTP relay is configured");
        }
        try {
            parallelSends.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailSendException("Interrupted while waiting for a free SMTP connection", e);
        }
        try {
            sender.send(message -> {
                Mail.Attachment attachment = mail.attachment();
                MimeMessageHelper helper = attachment == null
                        ? new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name())
                        : new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED,
                                StandardCharsets.UTF_8.name());
                helper.setFrom(from, fromName);
                helper.setTo(mail.recipient());
                if (replyTo != null) {
                    helper.setReplyTo(replyTo);
                }
                helper.setSubject(mail.subject());
                helper.setText(mail.body(), false);
                if (attachment != null) {
                    helper.addAttachment(attachment.fileName(),
                            new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)),
                            attachment.contentType());
                }
                // Screen readers pick the right voice; RFC 3834 keeps out-of-office replies away.
                message.setHeader("Content-Language", mail.language().getLanguage());
                message.setHeader("Auto-Submitted", "auto-generated");
            });
        } finally {
            parallelSends.release();
        }
    }

    /** Jakarta Mail waits forever by default; an operator's own values in spring.mail.properties win. */
    private static void limitWaiting(Properties properties, String millis) {
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", millis);
            properties.putIfAbsent("mail." + protocol + ".timeout", millis);
            properties.putIfAbsent("mail." + protocol + ".writetimeout", millis);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
