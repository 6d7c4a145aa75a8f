package de.welcomeportal.portal.precheck;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
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
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * "My case", opened through the personal case link ({@code my-case/<reference>?token=...}): the status in words,
 * the timeline with the Welcome-Center's questions and the employer's answers, the Welcome-Center's answer and
 * recommendation, the documents, and what the employer can do: confirm the e-mail address, answer, add documents,
 * withdraw.
 *
 * <p>Opening the page changes nothing: mail scanners open links, so the confirmation waits for a click on its
 * button. A wrong or missing token gets the same neutral page as an unknown reference.
 */
@Route(value = MyCaseView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + MyCaseView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
class MyCaseView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String REFERENCE = "reference";
    static final String ROUTE = PrecheckService.MY_CASE_PATH + "/:" + REFERENCE;
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");

    private enum State { CASE, NOT_FOUND, WITHDRAWN }

    private final PrecheckService service;
    private final PageTitles titles;
    private final PrecheckProperties properties;
    private final Div content = new Div();
    private final Paragraph feedback = new Paragraph();
    private final TextArea answerText = new TextArea();
    private final Upload upload;
    private final List<String> documentProblems = new ArrayList<>();

    private State state = State.NOT_FOUND;
    private String reference = "";
    private @Nullable String token;
    private PrecheckViews.@Nullable EmployerCase shown;
    private @Nullable String feedbackKey;
    private @Nullable Object feedbackArgument;
    private boolean embedded;

    MyCaseView(PrecheckService service, PageTitles titles, PrecheckProperties properties) {
        this.service = service;
        this.titles = titles;
        this.properties = properties;
        addClassName("my-case");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("tabindex", "-1");
        feedback.addClassName("precheck-notice");
        answerText.setMaxLength(4000);
        answerText.setManualValidation(true);
        answerText.setRequiredIndicatorVisible(true);
        answerText.setWidthFull();
        upload = DocumentUploads.upload(properties, (fileName, bytes) -> addDocument(fileName, bytes));
        upload.addFileRejectedListener(event -> {
            documentProblems.clear();
            documentProblems.add(getTranslation("precheck.form.documents.rejected", event.getFileName(),
                    properties.maxDocumentBytes() / (1024 * 1024)));
            render();
        });
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        embedded = event.getLocation().getPath().startsWith("embed/");
        reference = event.getRouteParameters().get(REFERENCE).orElse("");
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        try {
            show(service.openAsEmployer(reference, token));
        } catch (CaseNotFoundException e) {
            state = State.NOT_FOUND;
            shown = null;
            render();
        }
    }

    private void show(PrecheckViews.EmployerCase employerCase) {
        state = State.CASE;
        shown = employerCase;
        render();
    }

    // ------------------------------------------------------------------ actions

    private void confirm() {
        act(() -> show(service.confirm(reference, token)), "precheck.case.confirmed", null);
    }

    private void sendAnswer() {
        answerText.setInvalid(false);
        try {
            if (act(() -> show(service.answerAsEmployer(reference, token, answerText.getValue(), getLocale())),
                    "precheck.case.answer-sent", null)) {
                answerText.clear();
            }
        } catch (InvalidRequestException invalid) {
            answerText.setErrorMessage(invalid.problems().getFirst().message());
            answerText.setInvalid(true);
            answerText.focus();
        }
    }

    private void addDocument(String fileName, byte[] content) {
        documentProblems.clear();
        try {
            act(() -> show(service.addDocument(reference, token, new DocumentUpload(fileName, content), getLocale())),
                    "precheck.form.documents.added", fileName);
        } catch (InvalidRequestException invalid) {
            invalid.problems().stream().map(FieldProblem::message).forEach(documentProblems::add);
            render();
        }
        upload.clearFileList();
    }

    private void withdraw() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("precheck.case.withdraw.confirm-title"));
        dialog.add(new Paragraph(getTranslation("precheck.case.withdraw.confirm-text")));
        Button yes = new Button(getTranslation("precheck.case.withdraw.confirm"), click -> {
            dialog.close();
            try {
                service.withdraw(reference, token);
                state = State.WITHDRAWN;
                shown = null;
                setFeedback(null, null);
                render();
            } catch (CaseNotFoundException e) {
                state = State.NOT_FOUND;
                render();
            } catch (IllegalTransitionException e) {
                setFeedback("precheck.problem.illegal-transition.detail", null);
                render();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(getTranslation("precheck.case.withdraw.cancel"), click -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
        no.focus();
    }

    /**
     * Runs an action on the case; a link that stopped working or a step the status forbids is said plainly. Invalid
     * input is left to the caller, to show at its field.
     *
     * @return whether the action was done
     */
    private boolean act(Runnable action, String doneKey, @Nullable Object argument) {
        boolean done = false;
        try {
            action.run();
            setFeedback(doneKey, argument);
            done = true;
        } catch (CaseNotFoundException e) {
            state = State.NOT_FOUND;
            shown = null;
            setFeedback(null, null);
        } catch (IllegalTransitionException e) {
            reload();
            setFeedback("precheck.problem.illegal-transition.detail", null);
        }
        render();
        if (state == State.CASE) {
            feedback.getElement().executeJs("this.focus()");
        }
        return done;
    }

    private void reload() {
        try {
            shown = service.openAsEmployer(reference, token);
        } catch (CaseNotFoundException e) {
            state = State.NOT_FOUND;
            shown = null;
        }
    }

    private void setFeedback(@Nullable String key, @Nullable Object argument) {
        feedbackKey = key;
        feedbackArgument = argument;
    }

    // ------------------------------------------------------------------ rendering

    private void render() {
        content.removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        switch (state) {
            case NOT_FOUND -> renderNotFound();
            case WITHDRAWN -> renderWithdrawn();
            case CASE -> renderCase();
        }
    }

    private void renderNotFound() {
        content.add(new H1(getTranslation("precheck.case.not-found.heading")),
                new Paragraph(getTranslation("precheck.case.not-found.text")));
        Paragraph renew = new Paragraph(getTranslation("precheck.case.not-found.renew") + " ");
        renew.add(routerLink(MyCaseLinkView.ROUTE, "precheck.case.not-found.renew-link"));
        content.add(renew);
    }

    private void renderWithdrawn() {
        content.add(new H1(getTranslation("precheck.case.withdrawn.heading")),
                new Paragraph(getTranslation("precheck.case.withdrawn.text")));
        Paragraph again = new Paragraph();
        again.add(routerLink(PrecheckFormView.ROUTE, "precheck.case.withdrawn.new"));
        content.add(again);
    }

    private void renderCase() {
        PrecheckViews.EmployerCase employerCase = shown;
        if (employerCase == null) {
            return;
        }
        CaseStatus status = employerCase.status();
        content.add(new H1(getTranslation("precheck.case.heading", employerCase.reference())));
        feedback.setText(feedbackKey == null ? ""
                : feedbackArgument == null ? getTranslation(feedbackKey) : getTranslation(feedbackKey, feedbackArgument));
        feedback.setVisible(feedbackKey != null);
        content.add(feedback);

        if (status == CaseStatus.AWAITING_CONFIRMATION) {
            Button confirm = new Button(getTranslation("precheck.case.confirm"), click -> confirm());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(section("precheck.case.confirm-heading",
                    new Paragraph(getTranslation("precheck.case.confirm-text", properties.unconfirmedExpiry().toDays())),
                    confirm));
        }

        Paragraph statusLine = new Paragraph(getTranslation("precheck.case.status-is") + " ");
        Span statusName = new Span(getTranslation("precheck.status." + status.name()));
        statusName.addClassName("precheck-status");
        statusLine.add(statusName);
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term(getTranslation("precheck.case.submitted-at")),
                new DescriptionList.Description(dateTime(employerCase.createdAt())));
        if (employerCase.companyName() != null) {
            facts.add(new DescriptionList.Term(getTranslation("precheck.form.employer.company")),
                    new DescriptionList.Description(employerCase.companyName()));
        }
        if (employerCase.candidateName() != null) {
            facts.add(new DescriptionList.Term(getTranslation("precheck.case.candidate")),
                    new DescriptionList.Description(employerCase.candidateName()));
        }
        content.add(section("precheck.case.status-heading", statusLine,
                new Paragraph(getTranslation("precheck.status." + status.name() + ".explanation")), facts));

        PrecheckViews.Answer answer = employerCase.answer();
        if (answer != null) {
            DescriptionList recommendation = new DescriptionList();
            recommendation.add(new DescriptionList.Term(getTranslation("precheck.case.answer.pathway")),
                    new DescriptionList.Description(getTranslation(answer.pathway().messageKey())));
            Paragraph text = new Paragraph(answer.text());
            text.addClassName("precheck-text");
            recommendation.add(new DescriptionList.Term(getTranslation("precheck.case.answer.text")),
                    new DescriptionList.Description(text));
            if (!answer.authority().isBlank()) {
                recommendation.add(new DescriptionList.Term(getTranslation("precheck.case.answer.authority")),
                        new DescriptionList.Description(answer.authority()));
            }
            if (!answer.missingDocuments().isBlank()) {
                Paragraph missing = new Paragraph(answer.missingDocuments());
                missing.addClassName("precheck-text");
                recommendation.add(new DescriptionList.Term(getTranslation("precheck.case.answer.missing")),
                        new DescriptionList.Description(missing));
            }
            content.add(section("precheck.case.answer-heading", recommendation));
        }

        content.add(section("precheck.case.timeline-heading", timeline(employerCase)));
        content.add(section("precheck.case.documents-heading", documents(employerCase)));

        if (status.isOpen() && status != CaseStatus.AWAITING_CONFIRMATION) {
            answerText.setLabel(getTranslation(status == CaseStatus.WAITING_FOR_EMPLOYER
                    ? "precheck.case.reply.label-question" : "precheck.case.reply.label"));
            answerText.setHelperText(getTranslation("precheck.case.reply.help"));
            Button send = new Button(getTranslation("precheck.case.reply.send"), click -> sendAnswer());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(section("precheck.case.reply-heading", answerText, send));

            upload.setI18n(DocumentUploads.texts(this, properties));
            upload.setVisible(employerCase.documents().size() < properties.maxDocuments());
            Div problems = new Div();
            problems.getElement().setAttribute("role", "alert");
            problems.addClassName("precheck-document-errors");
            documentProblems.forEach(problem -> problems.add(new Paragraph(problem)));
            problems.setVisible(!documentProblems.isEmpty());
            content.add(section("precheck.case.add-documents-heading",
                    new Paragraph(getTranslation("precheck.form.documents.rules", properties.maxDocuments(),
                            properties.maxDocumentBytes() / (1024 * 1024))), upload, problems));
        }
        if (status.canMoveTo(CaseStatus.WITHDRAWN)) {
            Button withdraw = new Button(getTranslation("precheck.case.withdraw"), click -> withdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(section("precheck.case.withdraw-heading",
                    new Paragraph(getTranslation("precheck.case.withdraw.text")), withdraw));
        }
    }

    private Component timeline(PrecheckViews.EmployerCase employerCase) {
        if (employerCase.timeline().isEmpty()) {
            return new Paragraph(getTranslation("precheck.case.timeline.empty"));
        }
        OrderedList list = new OrderedList();
        list.addClassName("precheck-timeline");
        for (PrecheckViews.TimelineEntry entry : employerCase.timeline()) {
            ListItem item = new ListItem();
            Span when = new Span(dateTime(entry.at()));
            when.addClassName("precheck-when");
            Span what = new Span(getTranslation("precheck.case.entry." + entry.kind().name()));
            what.addClassName("precheck-what");
            item.add(when, what);
            if (entry.kind() == CaseEntryKind.STATUS && entry.text() != null) {
                item.add(new Paragraph(statusName(entry.text())));
            } else if (entry.text() != null) {
                Paragraph text = new Paragraph(entry.text());
                text.addClassName("precheck-text");
                item.add(text);
            }
            item.addClassName("precheck-entry-" + entry.kind().name().toLowerCase(Locale.ROOT));
            list.add(item);
        }
        return list;
    }

    private String statusName(String storedStatus) {
        try {
            return getTranslation("precheck.status." + CaseStatus.valueOf(storedStatus).name());
        } catch (IllegalArgumentException e) {
            return storedStatus;
        }
    }

    private Component documents(PrecheckViews.EmployerCase employerCase) {
        if (employerCase.documents().isEmpty()) {
            return new Paragraph(getTranslation("precheck.case.documents.none"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("precheck-documents");
        for (PrecheckViews.DocumentInfo document : employerCase.documents()) {
            String by = getTranslation(PrecheckService.EMPLOYER.equals(document.uploadedBy())
                    ? "precheck.case.documents.by-you" : "precheck.case.documents.by-center");
            list.add(new ListItem(getTranslation("precheck.case.documents.entry", document.fileName(),
                    dateTime(document.uploadedAt()), by)));
        }
        return list;
    }

    private Section section(String headingKey, Component... components) {
        H2 heading = new H2(getTranslation(headingKey));
        Section section = new Section(heading);
        section.add(components);
        section.addClassName("my-case-section");
        return section;
    }

    private Anchor routerLink(String route, String textKey) {
        Anchor link = new Anchor((embedded ? "embed/" : "") + route, getTranslation(textKey));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(PORTAL_ZONE).format(instant);
    }

    // ------------------------------------------------------------------ language

    @Override
    public String getPageTitle() {
        return titles.of(switch (state) {
            case CASE -> getTranslation("precheck.case.title", reference);
            case NOT_FOUND -> getTranslation("precheck.case.not-found.heading");
            case WITHDRAWN -> getTranslation("precheck.case.withdrawn.heading");
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
