package de.welcomeportal.portal.booking;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * The manage link from the mails ({@code booking/manage/<reference>?token=...}): the appointment with its status,
 * office, address, accessibility note, kind, form and time, and what the employer can do: cancel it (after a
 * question) or move it to another free time of the same office and kind ({@link SlotPicker}). Opening the page
 * changes nothing. A wrong reference and a wrong token get the same neutral answer.
 */
@Route(value = ManageBookingView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + ManageBookingView.ROUTE, layout = EmbedLayout.class)
@StyleSheet("portal/booking.css")
@AnonymousAllowed
class ManageBookingView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String REFERENCE = "reference";
    static final String ROUTE = BookingService.MANAGE_PATH + "/:" + REFERENCE;

    private enum State { BOOKING, NOT_FOUND }

    private final BookingService service;
    private final PageTitles titles;
    private final BookingFacts facts;
    private final SlotPicker picker;
    private final Div content = new Div();
    private final Paragraph feedback = new Paragraph();
    private final Section moveSection = new Section();
    private final H2 moveHeading = new H2();
    private final Paragraph moveChosen = new Paragraph();
    private final Div takenNotice = new Div();
    private final Button moveButton = new Button();
    private final Button moveCancel = new Button();

    private State state = State.NOT_FOUND;
    private String reference = "";
    private @Nullable String token;
    private BookingViews.@Nullable EmployerBooking shown;
    private @Nullable String feedbackKey;
    private boolean moving;
    private boolean embedded;

    ManageBookingView(BookingService service, PageTitles titles, BookingProperties properties, Clock clock) {
        this.service = service;
        this.titles = titles;
        this.facts = new BookingFacts(properties);
        this.picker = new SlotPicker(service, clock, properties);
        addClassName("booking-manage");
        feedback.addClassName("precheck-notice");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("tabindex", "-1");
        moveHeading.getElement().setAttribute("tabindex", "-1");
        moveChosen.addClassName("booking-chosen");
        picker.onTimeChosen(time -> {
            takenNotice.setVisible(false);
            renderMoveChoice();
            moveButton.focus();
        });
        moveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moveButton.addClickListener(click -> move());
        moveCancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        moveCancel.addClickListener(click -> {
            moving = false;
            render();
        });
        takenNotice.setVisible(false);
        Div buttons = new Div(moveButton, moveCancel);
        buttons.addClassName("precheck-buttons");
        moveSection.add(moveHeading, picker, moveChosen, takenNotice, buttons);
        moveSection.addClassName("booking-section");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        embedded = event.getLocation().getPath().startsWith("embed/");
        reference = event.getRouteParameters().get(REFERENCE).orElse("");
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        feedbackKey = null;
        moving = false;
        reload();
        render();
    }

    private void reload() {
        try {
            shown = service.openAsEmployer(reference, token, getLocale());
            state = State.BOOKING;
        } catch (BookingNotFoundException e) {
            shown = null;
            state = State.NOT_FOUND;
        }
    }

    // ------------------------------------------------------------------ actions

    private void cancel() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("booking.public.manage.cancel-title"));
        dialog.add(new Paragraph(getTranslation("booking.public.manage.cancel-text")));
        Button yes = new Button(getTranslation("booking.public.manage.cancel-yes"), click -> {
            dialog.close();
            act(() -> service.cancel(reference, token), "booking.public.manage.cancelled");
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("booking.public.manage.cancel-no"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
        no.focus();
    }

    private void startMoving() {
        BookingViews.EmployerBooking booking = shown;
        if (booking == null) {
            return;
        }
        moving = true;
        feedbackKey = null;
        render();
        picker.show(booking.officeId(), booking.typeId());
        renderMoveChoice();
        moveHeading.getElement().executeJs("this.focus()");
    }

    private void move() {
        BookingViews.FreeTime time = picker.chosen();
        if (time == null) {
            picker.setError(getTranslation("booking.public.manage.choose-time"));
            picker.focusWeek();
            return;
        }
        try {
            act(() -> service.move(reference, token, time.start(), getLocale()), "booking.public.manage.moved");
        } catch (SlotTakenException taken) {
            picker.refresh();
            takenNotice.removeAll();
            Div notice = picker.takenNotice(taken.nextFreeTimes());
            takenNotice.add(notice);
            takenNotice.setVisible(true);
            renderMoveChoice();
            notice.getElement().executeJs("this.focus()");
        } catch (InvalidRequestException invalid) {
            picker.setError(invalid.problems().getFirst().message());
            picker.focusWeek();
        }
    }

    /** Runs an action; a link that stopped working or a step the status forbids is said plainly. */
    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            feedbackKey = doneKey;
            moving = false;
        } catch (BookingNotFoundException e) {
            feedbackKey = null;
        } catch (BookingStateException e) {
            feedbackKey = "booking.problem." + e.reason() + ".detail";
            moving = false;
        }
        reload();
        render();
        if (state == State.BOOKING) {
            feedback.getElement().executeJs("this.focus()");
        }
    }

    // ------------------------------------------------------------------ rendering

    private void render() {
        content.removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        BookingViews.EmployerBooking booking = shown;
        if (state == State.NOT_FOUND || booking == null) {
            content.add(new H1(getTranslation("booking.public.link-invalid.heading")),
                    new Paragraph(getTranslation("booking.public.link-invalid.text")), bookAgain());
            return;
        }
        content.add(new H1(getTranslation("booking.public.manage.heading", booking.id())));
        feedback.setText(feedbackKey == null ? "" : getTranslation(feedbackKey));
        feedback.setVisible(feedbackKey != null);
        content.add(feedback);
        if (booking.status() == BookingStatus.HELD && booking.holdExpiresAt() != null) {
            Paragraph held = new Paragraph(getTranslation("booking.public.manage.held",
                    facts.time(booking.holdExpiresAt())));
            held.addClassName("precheck-notice");
            content.add(held);
        }
        content.add(section("booking.public.manage.details", facts.of(this, getLocale(), booking)));

        if (moving && booking.canMove()) {
            moveHeading.setText(getTranslation("booking.public.manage.move-heading"));
            moveButton.setText(getTranslation("booking.public.manage.move-confirm"));
            moveCancel.setText(getTranslation("booking.public.manage.move-cancel"));
            renderMoveChoice();
            content.add(moveSection);
            return;
        }
        if (booking.canMove() || booking.canCancel()) {
            Div actions = new Div();
            actions.addClassName("precheck-buttons");
            if (booking.canMove()) {
                Button move = new Button(getTranslation("booking.public.manage.move"), click -> startMoving());
                actions.add(move);
            }
            if (booking.canCancel()) {
                Button cancel = new Button(getTranslation("booking.public.manage.cancel"), click -> cancel());
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(cancel);
            }
            Paragraph hint = new Paragraph(getTranslation(booking.canMove() ? "booking.public.manage.actions-text"
                    : "booking.public.manage.actions-held"));
            content.add(section("booking.public.manage.actions", hint, actions));
        } else {
            content.add(new Paragraph(getTranslation("booking.public.manage.closed")), bookAgain());
        }
    }

    private void renderMoveChoice() {
        BookingViews.FreeTime time = picker.chosen();
        moveChosen.setVisible(time != null);
        moveButton.setEnabled(time != null);
        if (time != null) {
            moveChosen.setText(getTranslation("booking.public.manage.move-to", picker.dateText(time.start()),
                    picker.clockTime(time.start())));
        }
    }

    private Section section(String headingKey, Component... components) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.add(components);
        section.addClassName("booking-section");
        return section;
    }

    private Paragraph bookAgain() {
        Anchor link = new Anchor((embedded ? "embed/" : "") + BookingView.ROUTE,
                getTranslation("booking.public.book-again"));
        link.getElement().setAttribute("router-link", true);
        return new Paragraph(link);
    }

    // ------------------------------------------------------------------ language

    @Override
    public String getPageTitle() {
        BookingViews.EmployerBooking booking = shown;
        return titles.of(state == State.BOOKING && booking != null
                ? getTranslation("booking.public.manage.heading", booking.id())
                : getTranslation("booking.public.link-invalid.heading"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (state == State.BOOKING) {
            reload();
        }
        render();
    }
}
