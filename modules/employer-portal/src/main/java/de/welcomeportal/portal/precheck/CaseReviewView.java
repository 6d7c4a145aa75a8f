package de.welcomeportal.portal.precheck;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.SelfCheckResponse;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * One pre-check for the caseworker: the employer's answers, the self-check as it was stored, the documents and the
 * whole timeline, and the steps the workflow allows now. Every step carries the version on screen; when a colleague
 * changed the case in between, the step is refused and what was typed stays in the dialog until the case is
 * reloaded and the step tried again.
 */
@Route(value = CaseReviewView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Role.STAFF_ROLE)
class CaseReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = ReviewQueueView.ROUTE + "/:reference";
    private static final int MAX_TEXT = 4000;

    private final PrecheckService service;
    private final PageTitles titles;
    private final String currentUser;
    private final Anchor back = new Anchor(ReviewQueueView.ROUTE, "");
    private final H1 heading = new H1();
    private final ProblemArea problem = new ProblemArea();
    private final DescriptionList summary = new DescriptionList();
    private final Button assignToMe = new Button();
    private final Button assign = new Button();
    private final Button startReview = new Button();
    private final Button ask = new Button();
    private final Button note = new Button();
    private final Button answer = new Button();
    private final Button close = new Button();
    private final Button reopen = new Button();
    private final Button reload = new Button();
    private final Anchor pdf;
    private final Anchor json;
    private final Div content = new Div();
    private CaseLabels labels = new CaseLabels(this::getTranslation, Locale.GERMAN);
    private String reference = "";
    private PrecheckViews.@Nullable StaffCase current;

    CaseReviewView(PrecheckService service, PageTitles titles, AuthenticationContext authentication) {
        this.service = service;
        this.titles = titles;
        this.currentUser = authentication.getPrincipalName().orElse("");
        addClassName("case-review");
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");

        assignToMe.addClickListener(click -> change(version -> service.assign(reference, version, currentUser),
                problem, Map.of()));
        assign.addClickListener(click -> openAssignDialog());
        startReview.addClickListener(click -> change(version -> service.startReview(reference, version), problem,
                Map.of()));
        ask.addClickListener(click -> openTextDialog("precheck.staff.ask", "question",
                (version, text) -> service.ask(reference, version, text, labels.locale())));
        note.addClickListener(click -> openTextDialog("precheck.staff.note", "note",
                (version, text) -> service.note(reference, version, text, labels.locale())));
        answer.addClickListener(click -> openAnswerDialog());
        close.addClickListener(click -> change(version -> service.close(reference, version), problem, Map.of()));
        reopen.addClickListener(click -> change(version -> service.reopen(reference, version), problem, Map.of()));
        reload.addClickListener(click -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.summaryPdf(reference, labels.locale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), reference + ".pdf", "application/pdf",
                    bytes.length);
        }), "");
        json = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.exportJson(reference);
            return new DownloadResponse(new ByteArrayInputStream(bytes), reference + ".json", "application/json",
                    bytes.length);
        }), "");
        pdf.addClassName("download-link");
        json.addClassName("download-link");

        Div actions = new Div(assignToMe, assign, startReview, ask, note, answer, close, reopen, reload);
        actions.addClassName("case-actions");
        Div downloads = new Div(pdf, json);
        downloads.addClassName("case-downloads");
        summary.addClassName("case-summary");
        add(back, heading, problem, summary, actions, downloads, content);
    }

    static String path(String reference) {
        return ReviewQueueView.ROUTE + "/" + reference;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse("");
        try {
            current = service.open(reference);
        } catch (CaseNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("precheck.staff.case.title", reference));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labels = new CaseLabels(this::getTranslation, event.getLocale());
        back.setText(getTranslation("precheck.staff.case.back"));
        assignToMe.setText(getTranslation("precheck.staff.action.assign-to-me"));
        assign.setText(getTranslation("precheck.staff.action.assign"));
        ask.setText(getTranslation("precheck.staff.action.ask"));
        note.setText(getTranslation("precheck.staff.action.note"));
        answer.setText(getTranslation("precheck.staff.action.answer"));
        close.setText(getTranslation("precheck.staff.action.close"));
        reopen.setText(getTranslation("precheck.staff.action.reopen"));
        reload.setText(getTranslation("precheck.staff.action.reload"));
        pdf.setText(getTranslation("precheck.staff.download.pdf"));
        pdf.setAriaLabel(getTranslation("precheck.staff.download.pdf-label", reference));
        json.setText(getTranslation("precheck.staff.download.json"));
        json.setAriaLabel(getTranslation("precheck.staff.download.json-label", reference));
        problem.localeChange();
        render();
    }

    // ------------------------------------------------------------------ steps

    /** A step of the workflow, given the version on screen. */
    @FunctionalInterface
    private interface Step extends LongFunction<PrecheckViews.StaffCase> {
    }

    /** A step that takes the text typed in a dialog. */
    @FunctionalInterface
    private interface TextStep {
        PrecheckViews.StaffCase apply(long version, String text);
    }

    /**
     * Runs a step with the version on screen and shows the result; a refusal is shown in {@code area} (the view's
     * or the dialog's), an invalid text at its field. Returns whether the step went through.
     */
    private boolean change(Step step, ProblemArea area, Map<String, HasValidation> fields) {
        PrecheckViews.StaffCase seen = current;
        if (seen == null) {
            return false;
        }
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            current = step.apply(seen.version());
            area.clear();
            problem.clear();
            render();
            return true;
        } catch (ConcurrentChangeException e) {
            area.show(getTranslation("precheck.staff.problem.concurrent"), true);
        } catch (IllegalTransitionException e) {
            // The screen was out of date: show what the case allows now, and say why nothing happened.
            reloadCase();
            area.show(getTranslation("precheck.staff.problem.illegal-transition", labels.status(e.from()),
                    labels.status(e.to())), false);
        } catch (InvalidRequestException e) {
            for (FieldProblem fieldProblem : e.problems()) {
                HasValidation field = fields.get(fieldProblem.field());
                if (field != null) {
                    field.setErrorMessage(fieldProblem.message());
                    field.setInvalid(true);
                } else {
                    area.show(fieldProblem.message(), false);
                }
            }
        }
        return false;
    }

    private void reload() {
        reloadCase();
        problem.clear();
    }

    private void reloadCase() {
        try {
            current = service.open(reference);
        } catch (CaseNotFoundException e) {
            current = null; // withdrawn and deleted meanwhile
        }
        render();
    }

    private void openTextDialog(String keyPrefix, String field, TextStep step) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(keyPrefix + ".title", reference));
        TextArea text = new TextArea(getTranslation(keyPrefix + ".label"));
        text.setHelperText(getTranslation(keyPrefix + ".help"));
        text.setMaxLength(MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setManualValidation(true); // the service checks the text; its message is shown here
        text.setWidthFull();
        text.setMinHeight("8rem");
        ProblemArea dialogProblem = new ProblemArea();
        dialogProblem.localeChange();
        Button save = new Button(getTranslation(keyPrefix + ".save"), click -> {
            if (change(version -> step.apply(version, text.getValue()), dialogProblem, Map.of(field, text))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(dialogProblem, text);
        dialog.getFooter().add(new Button(getTranslation("precheck.staff.dialog.cancel"), click -> dialog.close()),
                save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
        text.focus();
    }

    private void openAssignDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("precheck.staff.assign.title", reference));
        TextField username = new TextField(getTranslation("precheck.staff.assign.label"));
        username.setHelperText(getTranslation("precheck.staff.assign.help"));
        username.setMaxLength(64);
        username.setManualValidation(true);
        PrecheckViews.StaffCase seen = current;
        username.setValue(seen == null || seen.assignee() == null ? "" : seen.assignee());
        ProblemArea dialogProblem = new ProblemArea();
        dialogProblem.localeChange();
        Button save = new Button(getTranslation("precheck.staff.assign.save"), click -> {
            if (change(version -> service.assign(reference, version, username.getValue()), dialogProblem,
                    Map.of("username", username))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(dialogProblem, username);
        dialog.getFooter().add(new Button(getTranslation("precheck.staff.dialog.cancel"), click -> dialog.close()),
                save);
        dialog.open();
        username.focus();
    }

    private void openAnswerDialog() {
        PrecheckViews.StaffCase seen = current;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("precheck.staff.answer.title", reference));
        ComboBox<Pathway> pathway = new ComboBox<>(getTranslation("precheck.staff.answer.pathway"));
        pathway.setItems(Pathway.values());
        pathway.setItemLabelGenerator(labels::pathway);
        pathway.setRequiredIndicatorVisible(true);
        pathway.setManualValidation(true);
        pathway.setWidthFull();
        TextArea text = new TextArea(getTranslation("precheck.staff.answer.text"));
        text.setHelperText(getTranslation("precheck.staff.answer.text-help"));
        text.setMaxLength(MAX_TEXT);
        text.setRequiredIndicatorVisible(true);
        text.setManualValidation(true);
        text.setWidthFull();
        TextField authority = new TextField(getTranslation("precheck.staff.answer.authority"));
        authority.setHelperText(getTranslation("precheck.staff.answer.authority-help"));
        authority.setMaxLength(400);
        authority.setWidthFull();
        TextArea missing = new TextArea(getTranslation("precheck.staff.answer.missing"));
        missing.setMaxLength(2000);
        missing.setWidthFull();
        text.setMinHeight("8rem");
        if (seen != null && seen.answer() != null) {
            pathway.setValue(seen.answer().pathway());
            text.setValue(seen.answer().text());
            authority.setValue(seen.answer().authority());
            missing.setValue(seen.answer().missingDocuments());
        } else if (seen != null && seen.pathway() != null) {
            pathway.setValue(seen.pathway()); // the self-check's recommendation, as a start
        }
        ProblemArea dialogProblem = new ProblemArea();
        dialogProblem.localeChange();
        Button save = new Button(getTranslation("precheck.staff.answer.save"), click -> {
            if (pathway.getValue() == null) {
                pathway.setErrorMessage(getTranslation("precheck.staff.answer.pathway-required"));
                pathway.setInvalid(true);
                pathway.focus();
                return;
            }
            pathway.setInvalid(false);
            if (change(version -> service.answer(reference, version, new PrecheckViews.Answer(pathway.getValue(),
                            text.getValue(), authority.getValue(), missing.getValue()), labels.locale()),
                    dialogProblem, Map.of("text", text))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(pathway, text, authority, missing);
        fields.addClassName("dialog-fields");
        dialog.add(dialogProblem, fields);
        dialog.getFooter().add(new Button(getTranslation("precheck.staff.dialog.cancel"), click -> dialog.close()),
                save);
        dialog.setWidth("min(44rem, 95vw)");
        dialog.open();
        pathway.focus();
    }

    // ------------------------------------------------------------------ what is shown

    private void render() {
        PrecheckViews.StaffCase c = current;
        heading.setText(getTranslation("precheck.staff.case.title", reference));
        summary.removeAll();
        content.removeAll();
        if (c == null) {
            for (Button button : List.of(assignToMe, assign, startReview, ask, note, answer, close, reopen)) {
                button.setEnabled(false);
            }
            pdf.setEnabled(false);
            json.setEnabled(false);
            content.add(new Paragraph(getTranslation("precheck.staff.case.gone")));
            return;
        }
        term(summary, getTranslation("precheck.staff.field.status"), labels.status(c.status()))
                .addClassName("case-status");
        summary.getElement().setAttribute("aria-live", "polite");
        term(summary, getTranslation("precheck.staff.field.assignee"), CaseLabels.orNone(c.assignee()));
        term(summary, getTranslation("precheck.staff.field.office"), CaseLabels.orNone(c.office()));
        term(summary, getTranslation("precheck.staff.field.submitted"), labels.dateTime(c.confirmedAt()));
        actions(c);

        List<CaseSections.Section> sections = CaseSections.of(c, labels);
        if (sections.isEmpty()) {
            content.add(new Paragraph(getTranslation("precheck.staff.case.anonymised")));
        }
        for (CaseSections.Section section : sections) {
            content.add(section(section.title(), list(section.rows())));
        }
        content.add(section(getTranslation("precheck.staff.section.self-check"), selfCheck(c)));
        List<CaseSections.Row> answerRows = CaseSections.answer(c.answer(), labels);
        content.add(section(getTranslation("precheck.staff.section.answer"), answerRows.isEmpty()
                ? new Paragraph(getTranslation("precheck.staff.answer.none")) : list(answerRows)));
        content.add(section(getTranslation("precheck.staff.section.documents"), documents(c)));
        content.add(section(getTranslation("precheck.staff.section.timeline"), timeline(c)));
    }

    /** Each step is offered only when the workflow allows it from the status on screen. */
    private void actions(PrecheckViews.StaffCase c) {
        boolean open = c.status().isOpen();
        assignToMe.setEnabled(open && !currentUser.equals(c.assignee()));
        assign.setEnabled(open);
        startReview.setText(getTranslation(c.status() == CaseStatus.WAITING_FOR_EMPLOYER
                ? "precheck.staff.action.resume-review" : "precheck.staff.action.start-review"));
        startReview.setEnabled(c.nextStatuses().contains(CaseStatus.IN_REVIEW)
                && (c.status() == CaseStatus.SUBMITTED || c.status() == CaseStatus.WAITING_FOR_EMPLOYER));
        ask.setEnabled(c.nextStatuses().contains(CaseStatus.WAITING_FOR_EMPLOYER));
        note.setEnabled(c.status() != CaseStatus.WITHDRAWN);
        answer.setEnabled(c.nextStatuses().contains(CaseStatus.ANSWERED));
        close.setEnabled(c.nextStatuses().contains(CaseStatus.CLOSED));
        reopen.setEnabled(c.nextStatuses().contains(CaseStatus.IN_REVIEW)
                && (c.status() == CaseStatus.ANSWERED || c.status() == CaseStatus.CLOSED));
        pdf.setEnabled(true);
        json.setEnabled(true);
    }

    private Component selfCheck(PrecheckViews.StaffCase c) {
        if (c.selfCheckSnapshot() == null) {
            return new Paragraph(getTranslation("precheck.staff.self-check.none"));
        }
        Optional<SelfCheckResponse> stored = SelfCheckSnapshot.read(c.selfCheckSnapshot(), c.reference());
        if (stored.isEmpty()) {
            return new Paragraph(getTranslation("precheck.staff.self-check.unreadable"));
        }
        SelfCheckResponse result = stored.get();
        SelfCheckResponse.PathwayAnswer recommendation = result.recommendation();
        DescriptionList details = new DescriptionList();
        term(details, getTranslation("precheck.staff.self-check.recommendation"),
                labels.pathway(recommendation.pathway()));
        term(details, getTranslation("precheck.staff.self-check.outcome"), labels.outcome(recommendation.outcome()));
        term(details, getTranslation("precheck.staff.self-check.legal-basis"),
                CaseLabels.orNone(recommendation.legalBasis()));
        details.add(new DescriptionList.Term(getTranslation("precheck.staff.self-check.reasons")),
                new DescriptionList.Description(normed(recommendation.reasons())));
        details.add(new DescriptionList.Term(getTranslation("precheck.staff.self-check.missing")),
                new DescriptionList.Description(normed(recommendation.missing())));
        UnorderedList alternatives = new UnorderedList();
        result.alternatives().forEach(alternative -> alternatives.add(new ListItem(getTranslation(
                "precheck.staff.self-check.alternative", labels.pathway(alternative.pathway()),
                labels.outcome(alternative.outcome())))));
        details.add(new DescriptionList.Term(getTranslation("precheck.staff.self-check.alternatives")),
                new DescriptionList.Description(result.alternatives().isEmpty() ? new Span(CaseLabels.NONE)
                        : alternatives));
        Paragraph stamp = new Paragraph(getTranslation("precheck.staff.self-check.stored-as",
                labels.date(result.decisionDate())));
        stamp.addClassName("hint");
        return new Div(stamp, details);
    }

    private Component normed(List<SelfCheckResponse.NormedText> texts) {
        if (texts.isEmpty()) {
            return new Span(CaseLabels.NONE);
        }
        UnorderedList list = new UnorderedList();
        texts.forEach(text -> list.add(new ListItem(getTranslation("precheck.staff.self-check.normed", text.text(),
                text.norm()))));
        return list;
    }

    private Component documents(PrecheckViews.StaffCase c) {
        if (c.documents().isEmpty()) {
            return new Paragraph(getTranslation("precheck.staff.documents.none"));
        }
        UnorderedList list = new UnorderedList();
        for (PrecheckViews.DocumentInfo info : c.documents()) {
            long id = info.id();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    service.openDocument(reference, id), info.fileName(), info.contentType(), info.sizeBytes())),
                    info.fileName());
            download.setAriaLabel(getTranslation("precheck.staff.documents.download", info.fileName()));
            Span details = new Span(getTranslation("precheck.staff.documents.details",
                    Math.max(1, (info.sizeBytes() + 1023) / 1024), labels.dateTime(info.uploadedAt()),
                    labels.author(info.uploadedBy())));
            details.addClassName("hint");
            list.add(new ListItem(download, details));
        }
        list.addClassName("case-documents");
        return list;
    }

    private Component timeline(PrecheckViews.StaffCase c) {
        if (c.timeline().isEmpty()) {
            return new Paragraph(getTranslation("precheck.staff.timeline.none"));
        }
        OrderedList list = new OrderedList();
        list.addClassName("case-timeline");
        for (PrecheckViews.TimelineEntry entry : c.timeline()) {
            Paragraph head = new Paragraph(getTranslation("precheck.staff.timeline.entry",
                    labels.dateTime(entry.at()), labels.entryKind(entry.kind()), labels.author(entry.author())));
            head.addClassName("timeline-head");
            ListItem item = new ListItem(head);
            if (!entry.kind().isVisibleToEmployer()) {
                Span internal = new Span(getTranslation("precheck.staff.timeline.internal"));
                internal.addClassName("internal-marker");
                item.addComponentAsFirst(internal);
                item.addClassName("internal-note");
            }
            Paragraph text = new Paragraph(labels.entryText(entry));
            text.addClassName("timeline-text");
            item.add(text);
            list.add(item);
        }
        return list;
    }

    private static Section section(String title, Component body) {
        Section section = new Section(new H2(title), body);
        section.addClassName("case-section");
        return section;
    }

    private static DescriptionList list(List<CaseSections.Row> rows) {
        DescriptionList list = new DescriptionList();
        rows.forEach(row -> term(list, row.label(), row.value()));
        return list;
    }

    private static DescriptionList.Description term(DescriptionList list, String label, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        list.add(new DescriptionList.Term(label), description);
        return description;
    }

    /**
     * Where a refused step is explained (role "alert", so screen readers announce it), with a reload button when
     * a colleague's change is the reason. Reloading keeps the dialog and what was typed in it.
     */
    private final class ProblemArea extends Div {
        private final Paragraph message = new Paragraph();
        private final Button reloadButton = new Button();

        ProblemArea() {
            addClassName("problem");
            getElement().setAttribute("role", "alert");
            reloadButton.addClickListener(click -> {
                reloadCase();
                clear();
            });
            add(message, reloadButton);
            setVisible(false);
        }

        void localeChange() {
            reloadButton.setText(getTranslation("precheck.staff.action.reload"));
        }

        void show(String text, boolean offerReload) {
            message.setText(text);
            reloadButton.setVisible(offerReload);
            setVisible(true);
        }

        void clear() {
            message.setText("");
            setVisible(false);
        }
    }
}
