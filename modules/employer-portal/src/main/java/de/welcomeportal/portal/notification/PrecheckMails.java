package de.welcomeportal.portal.notification;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import de.welcomeportal.portal.precheck.PrecheckEvents;

/**
 * Writes to the employer when something happens to their pre-check.
 *
 * <p>Each listener runs after the pre-check's transaction has committed (a rolled-back submission sends nothing),
 * on a thread of the application's task executor, so the employer's request does not wait for the SMTP relay.
 * The listeners join no transaction ({@code NOT_SUPPORTED} instead of Modulith's default {@code REQUIRES_NEW}):
 * the outbox row is written in a transaction of its own after the relay has answered, so no database connection
 * is held while the relay is slow.
 */
@Component
class PrecheckMails {

    private static final Logger log = LoggerFactory.getLogger(PrecheckMails.class);

    private final MailWriter writer;
    private final MailDelivery delivery;

    PrecheckMails(MailWriter writer, MailDelivery delivery) {
        this.writer = writer;
        this.delivery = delivery;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PrecheckEvents.Submitted event) {
        deliver(MailKind.SUBMITTED, event.reference(), () -> writer.submitted(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PrecheckEvents.Confirmed event) {
        deliver(MailKind.CONFIRMED, event.reference(), () -> writer.confirmed(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PrecheckEvents.QuestionAsked event) {
        deliver(MailKind.QUESTION_ASKED, event.reference(), () -> writer.questionAsked(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PrecheckEvents.Answered event) {
        deliver(MailKind.ANSWERED, event.reference(), () -> writer.answered(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PrecheckEvents.LinkRenewed event) {
        deliver(MailKind.LINK_RENEWED, event.reference(), () -> writer.linkRenewed(event));
    }

    /**
     * Nothing personal may escape to the executor's handler: exception messages (a database's, say) can quote the
     * address, and the events' own {@code toString} contains it. So the log gets the kind, the reference and the type
     * of the failure (the full exception only at debug level), and the failure is rethrown without its cause, so
     * that the event publication registry keeps the event for {@link MailEventResubmission}.
     */
    private void deliver(MailKind kind, String reference, Supplier<Mail> writing) {
        try {
            delivery.deliver(writing.get());
        } catch (RuntimeException e) {
            log.error("Mail {} for {} neither sent nor kept in the outbox: {}", kind, reference, e.getClass().getName());
            log.debug("Mail {} for {} failed; the cause may contain personal data", kind, reference, e);
            throw new MailNotKeptException(kind, reference, e);
        }
    }
}
