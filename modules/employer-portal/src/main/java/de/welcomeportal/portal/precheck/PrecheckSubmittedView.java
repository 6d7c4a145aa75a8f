package de.welcomeportal.portal.precheck;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;

/**
 * After a submission: the reference number, and what the employer must do now, confirm the e-mail address through
 * the link in the mail just sent. The case link itself is never shown here: only whoever reads the mailbox may
 * confirm, which is what proves the address (double opt-in).
 */
@Route(value = PrecheckSubmittedView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + PrecheckSubmittedView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
class PrecheckSubmittedView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = PrecheckFormView.ROUTE + "/submitted";

    /** The submission this session made last, so a reload of this page still shows its number. */
    record LastSubmission(String reference, @Nullable String email) {
    }

    private final PageTitles titles;
    private final PrecheckProperties properties;
    private final H1 heading = new H1();
    private final Paragraph referenceLine = new Paragraph();
    private final Paragraph mailSent = new Paragraph();
    private final Paragraph confirm = new Paragraph();
    private final Paragraph expiry = new Paragraph();
    private final Paragraph noMail = new Paragraph();
    private @Nullable LastSubmission submission;
    private boolean embedded;

    PrecheckSubmittedView(PageTitles titles, PrecheckProperties properties) {
        this.titles = titles;
        this.properties = properties;
        addClassName("precheck-submitted");
        referenceLine.addClassName("precheck-reference");
        add(heading, referenceLine, mailSent, confirm, expiry, noMail);
    }

    static void remember(VaadinSession session, String reference, @Nullable String email) {
        session.setAttribute(LastSubmission.class, new LastSubmission(reference, email));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        embedded = event.getLocation().getPath().startsWith("embed/");
        submission = VaadinSession.getCurrent().getAttribute(LastSubmission.class);
        if (submission == null) {
            event.forwardTo((embedded ? "embed/" : "") + PrecheckFormView.ROUTE);
            return;
        }
        localize();
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("precheck.submitted.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    private void localize() {
        heading.setText(getTranslation("precheck.submitted.heading"));
        LastSubmission shown = submission;
        if (shown == null) {
            return;
        }
        referenceLine.removeAll();
        referenceLine.add(getTranslation("precheck.submitted.reference") + " ");
        Span number = new Span(shown.reference());
        number.addClassName("precheck-reference-number");
        referenceLine.add(number);
        mailSent.setText(shown.email() == null ? getTranslation("precheck.submitted.mail-sent-anonymous")
                : getTranslation("precheck.submitted.mail-sent", shown.email()));
        confirm.setText(getTranslation("precheck.submitted.confirm"));
        expiry.setText(getTranslation("precheck.submitted.expiry", properties.unconfirmedExpiry().toDays()));
        noMail.removeAll();
        noMail.add(getTranslation("precheck.submitted.no-mail") + " ");
        Anchor renew = new Anchor((embedded ? "embed/" : "") + MyCaseLinkView.ROUTE,
                getTranslation("precheck.submitted.renew-link"));
        renew.getElement().setAttribute("router-link", true);
        noMail.add(renew);
    }
}
