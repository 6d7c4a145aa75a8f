package de.welcomeportal.portal.booking;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * The confirmation link from the mail ({@code booking/confirm/<reference>?token=...}). Opening it changes nothing:
 * mail scanners open links, so the appointment is confirmed only with the button. The confirm token cannot show
 * the appointment before, so the page shows a neutral request first and the appointment once it is confirmed. A
 * wrong reference and a wrong token get the same neutral answer.
 */
@Route(value = BookingConfirmView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + BookingConfirmView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
class BookingConfirmView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String REFERENCE = "reference";
    static final String ROUTE = BookingService.CONFIRM_PATH + "/:" + REFERENCE;

    private enum State { ASK, CONFIRMED, EXPIRED, NOT_OPEN, NOT_FOUND }

    private final BookingService service;
    private final PageTitles titles;
    private final BookingFacts facts;
    private State state = State.ASK;
    private String reference = "";
    private @Nullable String token;
    private BookingViews.@Nullable EmployerBooking confirmed;
    private boolean embedded;

    BookingConfirmView(BookingService service, PageTitles titles, BookingProperties properties) {
        this.service = service;
        this.titles = titles;
        this.facts = new BookingFacts(properties);
        addClassName("booking-confirm");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        embedded = event.getLocation().getPath().startsWith("embed/");
        reference = event.getRouteParameters().get(REFERENCE).orElse("");
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        confirmed = null;
        state = token == null || token.isBlank() ? State.NOT_FOUND : State.ASK;
        render();
    }

    private void confirm() {
        try {
            confirmed = service.confirm(reference, token, getLocale());
            state = State.CONFIRMED;
        } catch (BookingNotFoundException e) {
            state = State.NOT_FOUND;
        } catch (BookingStateException e) {
            state = "hold-expired".equals(e.reason()) ? State.EXPIRED : State.NOT_OPEN;
        }
        render();
        getChildren().findFirst().ifPresent(heading -> heading.getElement().executeJs("this.focus()"));
    }

    private void render() {
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        H1 heading = new H1(getTranslation(headingKey()));
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
        switch (state) {
            case ASK -> {
                Button confirm = new Button(getTranslation("booking.public.confirm.button"), click -> confirm());
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(new Paragraph(getTranslation("booking.public.confirm.text")), confirm);
            }
            case CONFIRMED -> {
                Paragraph done = new Paragraph(getTranslation("booking.public.confirm.done"));
                done.addClassName("precheck-notice");
                done.getElement().setAttribute("role", "status");
                add(done);
                BookingViews.EmployerBooking booking = confirmed;
                if (booking != null) {
                    add(facts.of(this, getLocale(), booking));
                }
                add(new Paragraph(getTranslation("booking.public.confirm.manage")));
            }
            case EXPIRED -> add(new Paragraph(getTranslation("booking.public.confirm.expired-text")), bookAgain());
            case NOT_OPEN -> add(new Paragraph(getTranslation("booking.public.confirm.not-open-text")), bookAgain());
            case NOT_FOUND -> add(new Paragraph(getTranslation("booking.public.link-invalid.text")), bookAgain());
        }
    }

    private String headingKey() {
        return switch (state) {
            case ASK -> "booking.public.confirm.heading";
            case CONFIRMED -> "booking.public.confirm.done-heading";
            case EXPIRED -> "booking.public.confirm.expired-heading";
            case NOT_OPEN -> "booking.public.confirm.not-open-heading";
            case NOT_FOUND -> "booking.public.link-invalid.heading";
        };
    }

    private Paragraph bookAgain() {
        Anchor link = new Anchor((embedded ? "embed/" : "") + BookingView.ROUTE,
                getTranslation("booking.public.book-again"));
        link.getElement().setAttribute("router-link", true);
        return new Paragraph(link);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation(headingKey()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        BookingViews.EmployerBooking booking = confirmed;
        if (state == State.CONFIRMED && booking != null) {
            try {
                // the type's name and the accessibility note in the new language; the token allows only this
                confirmed = service.confirm(reference, token, getLocale());
            } catch (RuntimeException e) {
                // keep what was shown
            }
        }
        render();
    }
}
