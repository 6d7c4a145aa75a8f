package de.welcomeportal.portal.precheck;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * "My case" without a link: the case is opened through the personal link from the e-mail; whoever lost it asks
 * for a new one here with reference and e-mail address. The answer is always the same, so the form cannot be used
 * to find out whether a case exists.
 */
@Route(value = MyCaseLinkView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + MyCaseLinkView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
class MyCaseLinkView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = PrecheckService.MY_CASE_PATH;

    private final PageTitles titles;
    private final PrecheckService service;
    private final ApiRequests validation;
    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final TextField reference = new TextField();
    private final EmailField email = new EmailField();
    private final Button send = new Button();
    private final Paragraph answer = new Paragraph();
    private boolean answered;

    MyCaseLinkView(PageTitles titles, PrecheckService service, ApiRequests validation) {
        this.titles = titles;
        this.service = service;
        this.validation = validation;
        addClassName("narrow-form");
        reference.setRequiredIndicatorVisible(true);
        reference.setManualValidation(true);
        reference.setMaxLength(20);
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        email.setMaxLength(254);
        email.setAutocomplete(Autocomplete.EMAIL);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> requestLink());
        answer.getElement().setAttribute("role", "status");
        answer.addClassName("precheck-notice");
        answer.setVisible(false);
        add(heading, explanation, reference, email, send, answer);
    }

    private void requestLink() {
        if (!check()) {
            (reference.isInvalid() ? reference : email).focus();
            return;
        }
        service.renewLink(reference.getValue(), email.getValue());
        answered = true;
        answer.setVisible(true);
        answer.setText(getTranslation("precheck.link.sent"));
    }

    /** Checks both fields with the API's rules and shows each problem at its field. */
    private boolean check() {
        reference.setInvalid(false);
        email.setInvalid(false);
        try {
            validation.validate(new PrecheckApi.LinkRequest(reference.getValue().strip(), email.getValue().strip()),
                    getLocale());
            return true;
        } catch (InvalidRequestException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                fieldFor(problem).filter(field -> !field.isInvalid()).ifPresent(field -> {
                    field.setErrorMessage(problem.message());
                    field.setInvalid(true);
                });
            }
            return false;
        }
    }

    private Optional<HasValidationProperties> fieldFor(FieldProblem problem) {
        return switch (problem.field()) {
            case "reference" -> Optional.of(reference);
            case "email" -> Optional.of(email);
            default -> Optional.empty();
        };
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("precheck.link.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("precheck.link.heading"));
        explanation.setText(getTranslation("precheck.link.explanation"));
        reference.setLabel(getTranslation("precheck.link.reference"));
        reference.setHelperText(getTranslation("precheck.link.reference-help"));
        email.setLabel(getTranslation("precheck.link.email"));
        email.setHelperText(getTranslation("precheck.link.email-help"));
        send.setText(getTranslation("precheck.link.send"));
        if (answered) {
            answer.setText(getTranslation("precheck.link.sent"));
        }
        if (reference.isInvalid() || email.isInvalid()) {
            check(); // the messages at the fields, in the new language
        }
    }
}
