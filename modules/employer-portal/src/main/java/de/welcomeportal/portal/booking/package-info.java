/**
 * Advice appointments: the district's offices with their appointment types and opening plans, the slots that
 * follow from them (public holidays and closures left out), bookings with double opt-in, cancellation, moving,
 * reminders and a waiting list, the staff agenda and the administrators' office settings. Capacity is enforced by
 * the database, so no slot is ever booked beyond it, whatever the number of portal nodes. Other modules listen to
 * {@link de.welcomeportal.portal.booking.BookingEvents}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Advice appointments")
package de.welcomeportal.portal.booking;

import org.jspecify.annotations.NullMarked;
