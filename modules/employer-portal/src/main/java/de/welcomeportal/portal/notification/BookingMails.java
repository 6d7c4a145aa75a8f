package de.welcomeportal.portal.notification;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import de.welcomeportal.portal.booking.BookingEvents;

/**
 * Writes to the employer when something happens to their advice appointment: a time held for confirmation, the
 * confirmation (with the appointment file), a move, a cancellation, the reminder, and a time offered from the
 * waiting list.
 *
 * <p>As for {@link PrecheckMails}: each listener runs after the booking's transaction has committed (a booking
 * rolled back because its time was taken sends nothing), on a thread of the application's task executor, and joins
 * no transaction, so no database connection is held while the SMTP relay is slow.
 */
@Component
class BookingMails {

    private static final Logger log = LoggerFactory.getLogger(BookingMails.class);

    private final MailWriter writer;
    private final MailDelivery delivery;

    BookingMails(MailWriter writer, MailDelivery delivery) {
        this.writer = writer;
        this.delivery = delivery;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingEvents.Held event) {
        deliver(MailKind.BOOKING_HELD, event.contact(), event.appointment(), () -> writer.bookingHeld(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingEvents.Confirmed event) {
        deliver(MailKind.BOOKING_CONFIRMED, event.contact(), event.appointment(),
                () -> writer.bookingConfirmed(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingEvents.Moved event) {
        deliver(MailKind.BOOKING_MOVED, event.contact(), event.appointment(), () -> writer.bookingMoved(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingEvents.Cancelled event) {
        deliver(MailKind.BOOKING_CANCELLED, event.contact(), event.appointment(),
                () -> writer.bookingCancelled(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingEvents.Reminder event) {
        deliver(MailKind.BOOKING_REMINDER, event.contact(), event.appointment(),
                () -> writer.bookingReminder(event));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingEvents.WaitingListOffer event) {
        deliver(MailKind.WAITING_LIST_OFFER, event.contact(), event.appointment(),
                () -> writer.waitingListOffer(event));
    }

    /**
     * Nothing may escape to the executor's handler: exception messages can quote the address, and the appointment's
     * {@code toString} names the office and time. So the log gets the kind, the booking reference and the type of
     * the failure; the full exception only at debug level.
     */
    private void deliver(MailKind kind, BookingEvents.Contact contact, BookingEvents.Appointment appointment,
                         Supplier<Mail> writing) {
        String reference = appointment.reference();
        if (contact.email().isBlank()) {
            log.info("Mail {} for {} not written: the booking has no e-mail address", kind, reference);
            return;
        }
        try {
            delivery.deliver(writing.get());
        } catch (RuntimeException e) {
            log.error("Mail {} for {} neither sent nor kept in the outbox: {}", kind, reference,
                    e.getClass().getName());
            log.debug("Mail {} for {} failed; the cause may contain personal data", kind, reference, e);
            throw new MailNotKeptException(kind, reference, e);
        }
    }
}
