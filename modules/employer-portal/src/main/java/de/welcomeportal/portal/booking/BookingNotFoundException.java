package de.welcomeportal.portal.booking;

/** No booking with this reference and token: the same answer for a wrong reference and a wrong token. */
public class BookingNotFoundException extends RuntimeException {

    BookingNotFoundException() {
        super("No such booking for this link", null, false, false);
    }
}
