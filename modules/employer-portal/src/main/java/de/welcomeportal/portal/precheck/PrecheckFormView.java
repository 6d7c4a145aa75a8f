package de.welcomeportal.portal.precheck;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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

import de.welcomeportal.portal.selfcheck.SelfCheckDraft;
import de.welcomeportal.portal.selfcheck.rules.Candidate;
import de.welcomeportal.portal.selfcheck.rules.GermanLevel;
import de.welcomeportal.portal.selfcheck.rules.InGermany;
import de.welcomeportal.portal.selfcheck.rules.Job;
import de.welcomeportal.portal.selfcheck.rules.QualificationKind;
import de.welcomeportal.portal.selfcheck.rules.Recognition;
import de.welcomeportal.portal.selfcheck.rules.ResidenceStatus;
import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.LegalPages;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;
import de.welcomeportal.portal.site.SiteProperties;
import de.welcomeportal.portal.webapi.ApiRequests;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * The employer's pre-check form, in steps: the employer, the position, the candidate, what the employer wants, the
 * supporting documents, and a last look with the privacy notice. The questions follow what the agreement of the
 * accelerated skilled-worker procedure (§ 81a Abs. 2 AufenthG) and the "Erklärung zum Beschäftigungsverhältnis"
 * ask for, so nothing has to be asked twice later.
 *
 * <p>The rules live on {@link PrecheckApplication}: each step validates what it asks with the same constraints the
 * service checks on submission, and every problem is shown at its field. Everything typed is kept in the session
 * ({@link PrecheckDraft}) on every change, so a reload, a language switch or an error loses nothing. A self-check
 * handed over with {@link SelfCheckDraft} fills in what it already knows.
 */
@Route(value = PrecheckFormView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + PrecheckFormView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
class PrecheckFormView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "pre-check";

    /** Common German legal forms; others can be typed. Legal terms, the same in both languages. */
    static final List<String> LEGAL_FORMS = List.of("GmbH", "UG (haftungsbeschränkt)", "AG", "GmbH & Co. KG", "KG",
            "OHG", "e. K.", "Einzelunternehmen", "GbR", "eG", "e. V.", "Körperschaft des öffentlichen Rechts");

    /** The steps of the form, in order; each owns the fields of one part of the application. */
    enum Step {
        EMPLOYER, POSITION, CANDIDATE, WISHES, DOCUMENTS, REVIEW;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The step that asks for a field of the application, e.g. {@code position.workplace.postcode}. */
        static Step of(String field) {
            String section = field.split("[.\\[]", 2)[0];
            return switch (section) {
                case "employer" -> EMPLOYER;
                case "position" -> POSITION;
                case "candidate" -> CANDIDATE;
                case "wishes" -> WISHES;
                case "documents" -> DOCUMENTS;
                default -> REVIEW;
            };
        }
    }

    /** What the employer may ask the Welcome-Center for. */
    enum Wish {
        ADVICE, ACCELERATED_PROCEDURE, RECOGNITION_HELP
    }

    /** A field of the form: where its value goes in the application and how it is labelled. */
    private record FormField(String path, Step step, AbstractField<?, ?> component, boolean required,
                             String labelKey, @Nullable String helperKey) {

        HasValidationProperties validation() {
            return (HasValidationProperties) component;
        }
    }

    /** A message shown at the documents, kept as key and arguments so it follows a language switch. */
    private record Message(String key, Object... arguments) {
    }

    private final PrecheckService service;
    private final ApiRequests validation;
    private final PrecheckProperties properties;
    private final SiteProperties site;
    private final PageTitles titles;

    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private final Map<Step, Div> panels = new EnumMap<>(Step.class);
    private final Map<Step, ListItem> stepItems = new EnumMap<>(Step.class);
    private final List<Runnable> localizers = new ArrayList<>();

    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Paragraph requiredHint = new Paragraph();
    private final Paragraph selfCheckNotice = new Paragraph();
    private final OrderedList stepList = new OrderedList();
    private final H2 stepHeading = new H2();
    private final Div errorSummary = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button submit = new Button();

    // fields whose visibility or items depend on other answers or on the language
    private final ComboBox<String> legalForm = new ComboBox<>();
    private final RadioButtonGroup<Boolean> collectiveAgreement = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> fixedTerm = new RadioButtonGroup<>();
    private final IntegerField contractMonths = new IntegerField();
    private final MultiSelectComboBox<String> citizenships = new MultiSelectComboBox<>();
    private final ComboBox<String> countryOfResidence = new ComboBox<>();
    // combo boxes, not selects: a select's button may not carry aria-required, which axe counts as critical
    private final ComboBox<ResidenceStatus> residenceStatus = new ComboBox<>();
    private final RadioButtonGroup<QualificationKind> qualification = new RadioButtonGroup<>();
    private final RadioButtonGroup<Recognition> recognition = new RadioButtonGroup<>();
    private final TextField recognitionReference = new TextField();
    private final ComboBox<GermanLevel> germanLevel = new ComboBox<>();
    private final CheckboxGroup<Wish> wishes = new CheckboxGroup<>();
    private final DatePicker startDate = new DatePicker();
    private final DatePicker birthDate = new DatePicker();
    private final Checkbox privacy = new Checkbox();

    // documents
    private final Upload upload;
    private final UnorderedList documentList = new UnorderedList();
    private final Div documentErrors = new Div();
    private final Paragraph documentStatus = new Paragraph();
    private final List<Message> documentMessages = new ArrayList<>();
    private @Nullable Message documentNews;

    // review
    private final Div summary = new Div();
    private final Paragraph privacyText = new Paragraph();

    private PrecheckDraft draft = new PrecheckDraft();
    private Step current = Step.EMPLOYER;
    private boolean embedded;
    private List<FieldProblem> shownProblems = List.of();

    PrecheckFormView(PrecheckService service, ApiRequests validation, PrecheckProperties properties,
                     SiteProperties site, PageTitles titles) {
        this.service = service;
        this.validation = validation;
        this.properties = properties;
        this.site = site;
        this.titles = titles;
        addClassName("precheck-form");

        upload = DocumentUploads.upload(properties, this::addDocument);
        buildEmployerStep();
        buildPositionStep();
        buildCandidateStep();
        buildWishesStep();
        buildDocumentsStep();
        buildReviewStep();

        for (Step step : Step.values()) {
            ListItem item = new ListItem();
            stepItems.put(step, item);
            stepList.add(item);
        }
        stepList.addClassName("precheck-steps");
        selfCheckNotice.addClassName("precheck-notice");
        selfCheckNotice.setVisible(false);
        stepHeading.getElement().setAttribute("tabindex", "-1");
        stepHeading.addClassName("precheck-step-heading");
        errorSummary.addClassName("precheck-error-summary");
        errorSummary.getElement().setAttribute("role", "alert");
        errorSummary.setVisible(false);

        back.addClickListener(click -> show(Step.values()[current.ordinal() - 1], true));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> nextStep());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        Div buttons = new Div(back, next, submit);
        buttons.addClassName("precheck-buttons");

        Div steps = new Div();
        panels.values().forEach(steps::add);
        add(heading, intro, selfCheckNotice, stepList, stepHeading, requiredHint, errorSummary, steps, buttons);
    }

    // ------------------------------------------------------------------ the steps

    private void buildEmployerStep() {
        Div panel = panel(Step.EMPLOYER);
        TextField company = text(Step.EMPLOYER, "employer.companyName", 200, true, "precheck.form.employer.company",
                "precheck.form.employer.company-help");
        company.setAutocomplete(Autocomplete.ORGANIZATION);
        legalForm.setItems(LEGAL_FORMS);
        legalForm.setAllowCustomValue(true);
        legalForm.addCustomValueSetListener(event -> {
            String custom = event.getDetail().strip();
            if (!custom.isEmpty() && !LEGAL_FORMS.contains(custom)) {
                offerLegalForm(custom);
            }
            legalForm.setValue(custom.isEmpty() ? null : custom);
        });
        register(Step.EMPLOYER, "employer.legalForm", legalForm, true, "precheck.form.employer.legal-form",
                "precheck.form.employer.legal-form-help");
        FieldSet address = address(Step.EMPLOYER, "employer.address", "precheck.form.employer.address", null);
        TextField register = text(Step.EMPLOYER, "employer.registerNumber", 20, false,
                "precheck.form.employer.register", "precheck.form.employer.register-help");
        FieldSet contact = fieldSet("precheck.form.employer.contact", "precheck.form.employer.contact-help");
        TextField contactName = text(Step.EMPLOYER, "employer.contactName", 200, true, "precheck.form.employer.contact-name",
                null);
        contactName.setAutocomplete(Autocomplete.NAME);
        EmailField email = new EmailField();
        email.setMaxLength(254);
        email.setAutocomplete(Autocomplete.EMAIL);
        register(Step.EMPLOYER, "employer.email", email, true, "precheck.form.employer.email",
                "precheck.form.employer.email-help");
        TextField phone = text(Step.EMPLOYER, "employer.phone", 30, false, "precheck.form.employer.phone",
                "precheck.form.employer.phone-help");
        phone.setAutocomplete(Autocomplete.TEL);
        contact.add(contactName, email, phone);
        panel.add(company, legalForm, address, register, contact);
    }

    private void buildPositionStep() {
        Div panel = panel(Step.POSITION);
        TextField title = text(Step.POSITION, "position.title", 200, true, "precheck.form.position.title",
                "precheck.form.position.title-help");
        TextField isco = text(Step.POSITION, "position.isco", 4, false, "precheck.form.position.isco",
                "precheck.form.position.isco-help");
        isco.setAllowedCharPattern("[0-9]");
        FieldSet workplace = address(Step.POSITION, "position.workplace", "precheck.form.position.workplace",
                "precheck.form.position.workplace-help");
        localizeDatePicker(startDate);
        register(Step.POSITION, "position.startDate", startDate, true, "precheck.form.position.start-date",
                "precheck.form.date-help");
        BigDecimalField hours = new BigDecimalField();
        register(Step.POSITION, "position.weeklyHours", hours, true, "precheck.form.position.hours",
                "precheck.form.position.hours-help");
        BigDecimalField salary = new BigDecimalField();
        salary.setSuffixComponent(new Span("€"));
        register(Step.POSITION, "position.grossAnnualSalary", salary, true, "precheck.form.position.salary",
                "precheck.form.position.salary-help");
        yesNo(collectiveAgreement);
        register(Step.POSITION, "position.collectiveAgreement", collectiveAgreement, true,
                "precheck.form.position.collective-agreement", "precheck.form.position.collective-agreement-help");
        yesNo(fixedTerm);
        register(Step.POSITION, "position.fixedTerm", fixedTerm, true, "precheck.form.position.fixed-term", null);
        contractMonths.setMin(1);
        contractMonths.setMax(120);
        register(Step.POSITION, "position.contractMonths", contractMonths, true, "precheck.form.position.months",
                "precheck.form.position.months-help");
        fixedTerm.addValueChangeListener(event -> updateVisibility());
        panel.add(title, isco, workplace, startDate, hours, salary, collectiveAgreement, fixedTerm, contractMonths);
    }

    private void buildCandidateStep() {
        Div panel = panel(Step.CANDIDATE);
        Paragraph nameHint = localized(new Paragraph(), "precheck.form.candidate.name-hint");
        nameHint.addClassName("precheck-hint");
        TextField givenNames = text(Step.CANDIDATE, "candidate.givenNames", 200, true,
                "precheck.form.candidate.given-names", "precheck.form.candidate.given-names-help");
        TextField familyName = text(Step.CANDIDATE, "candidate.familyName", 200, true,
                "precheck.form.candidate.family-name", "precheck.form.candidate.family-name-help");
        // the browser would offer the employer's own name and birthday here
        givenNames.setAutocomplete(Autocomplete.OFF);
        familyName.setAutocomplete(Autocomplete.OFF);
        localizeDatePicker(birthDate);
        register(Step.CANDIDATE, "candidate.birthDate", birthDate, true, "precheck.form.candidate.birth-date",
                "precheck.form.date-help");
        register(Step.CANDIDATE, "candidate.citizenships", citizenships, true, "precheck.form.candidate.citizenships",
                "precheck.form.candidate.citizenships-help");
        register(Step.CANDIDATE, "candidate.countryOfResidence", countryOfResidence, true,
                "precheck.form.candidate.residence-country", "precheck.form.candidate.residence-country-help");
        countryOfResidence.addValueChangeListener(event -> updateVisibility());
        citizenships.setItems(Countries.sortedFor(getLocale()));
        countryOfResidence.setItems(Countries.sortedFor(getLocale()));
        residenceStatus.setItems(ResidenceStatus.values());
        residenceStatus.setItemLabelGenerator(status -> getTranslation("precheck.residence-status." + status.name()));
        register(Step.CANDIDATE, "candidate.residenceStatus", residenceStatus, true,
                "precheck.form.candidate.residence-status", "precheck.form.candidate.residence-status-help");
        qualification.setItems(QualificationKind.values());
        qualification.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        recognition.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        qualification.setItemLabelGenerator(kind -> getTranslation("precheck.qualification." + kind.name()));
        register(Step.CANDIDATE, "candidate.qualification", qualification, true,
                "precheck.form.candidate.qualification", null);
        TextField qualificationTitle = text(Step.CANDIDATE, "candidate.qualificationTitle", 200, false,
                "precheck.form.candidate.qualification-title", "precheck.form.candidate.qualification-title-help");
        recognition.setItems(Recognition.values());
        recognition.setItemLabelGenerator(value -> getTranslation("precheck.recognition." + value.name()));
        register(Step.CANDIDATE, "candidate.recognition", recognition, true, "precheck.form.candidate.recognition",
                "precheck.form.candidate.recognition-help");
        recognition.addValueChangeListener(event -> updateVisibility());
        recognitionReference.setMaxLength(60);
        register(Step.CANDIDATE, "candidate.recognitionReference", recognitionReference, false,
                "precheck.form.candidate.recognition-reference", "precheck.form.candidate.recognition-reference-help");
        germanLevel.setItems(GermanLevel.values());
        germanLevel.setItemLabelGenerator(level -> getTranslation("precheck.german-level." + level.name()));
        register(Step.CANDIDATE, "candidate.germanLevel", germanLevel, true, "precheck.form.candidate.german-level",
                "precheck.form.candidate.german-level-help");
        panel.add(nameHint, givenNames, familyName, birthDate, citizenships, countryOfResidence, residenceStatus,
                qualification, qualificationTitle, recognition, recognitionReference, germanLevel);
    }

    private void buildWishesStep() {
        Div panel = panel(Step.WISHES);
        wishes.setItems(Wish.values());
        wishes.setItemLabelGenerator(wish -> getTranslation("precheck.wish." + wish.name()));
        wishes.setRenderer(new ComponentRenderer<>(wish -> {
            Span title = new Span(getTranslation("precheck.wish." + wish.name()));
            title.addClassName("precheck-wish-title");
            Span explanation = new Span(getTranslation("precheck.wish." + wish.name() + ".explanation"));
            explanation.addClassName("precheck-wish-explanation");
            return new Span(title, explanation);
        }));
        wishes.addClassName("precheck-wishes");
        register(Step.WISHES, "wishes", wishes, true, "precheck.form.wishes", "precheck.form.wishes-help");
        panel.add(wishes);
    }

    private void buildDocumentsStep() {
        Div panel = panel(Step.DOCUMENTS);
        Paragraph explanation = localized(new Paragraph(), "precheck.form.documents.explanation");
        UnorderedList examples = new UnorderedList();
        for (String example : List.of("passport", "qualification", "recognition", "contract", "cv")) {
            examples.add(localized(new ListItem(), "precheck.form.documents.example." + example));
        }
        Paragraph rules = new Paragraph();
        localizers.add(() -> rules.setText(getTranslation("precheck.form.documents.rules", properties.maxDocuments(),
                properties.maxDocumentBytes() / (1024 * 1024))));
        rules.setId("precheck-document-rules");
        upload.setMaxFiles(properties.maxDocuments());
        upload.getElement().setAttribute("aria-describedby", "precheck-document-rules");
        upload.addFileRejectedListener(event -> {
            documentMessages.clear();
            documentMessages.add(new Message("precheck.form.documents.rejected", event.getFileName(),
                    properties.maxDocumentBytes() / (1024 * 1024)));
            renderDocuments();
        });
        documentErrors.addClassName("precheck-document-errors");
        documentErrors.getElement().setAttribute("role", "alert");
        documentStatus.getElement().setAttribute("role", "status");
        documentStatus.addClassName("precheck-document-status");
        documentList.addClassName("precheck-documents");
        H3 listHeading = localized(new H3(), "precheck.form.documents.list");
        panel.add(explanation, examples, rules, upload, documentErrors, documentStatus, listHeading, documentList);
    }

    private void buildReviewStep() {
        Div panel = panel(Step.REVIEW);
        summary.addClassName("precheck-summary");
        H3 privacyHeading = localized(new H3(), "precheck.form.privacy.heading");
        privacyText.addClassName("precheck-privacy");
        register(Step.REVIEW, "privacyNoticeAcknowledged", privacy, true, "precheck.form.privacy.acknowledge", null);
        panel.add(summary, privacyHeading, privacyText, privacy);
    }

    // ------------------------------------------------------------------ navigation

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        embedded = event.getLocation().getPath().startsWith("embed/");
        VaadinSession session = VaadinSession.getCurrent();
        draft = PrecheckDraft.of(session);
        SelfCheckDraft.take(session).ifPresent(handedOver -> {
            if (draft.takeOver(handedOver)) {
                prefill(handedOver);
                draft.step(Step.EMPLOYER.ordinal());
            }
        });
        restore();
        current = Step.values()[Math.clamp(draft.step(), 0, Step.values().length - 1)];
        show(current, false);
    }

    private void nextStep() {
        if (validateStep(current)) {
            show(Step.values()[current.ordinal() + 1], true);
        }
    }

    private void show(Step step, boolean moveFocus) {
        current = step;
        draft.step(step.ordinal());
        panels.forEach((s, panel) -> panel.setVisible(s == step));
        stepItems.forEach((s, item) -> {
            if (s == step) {
                item.getElement().setAttribute("aria-current", "step");
            } else {
                item.getElement().removeAttribute("aria-current");
            }
            item.getElement().getClassList().set("done", s.ordinal() < step.ordinal());
        });
        back.setVisible(step.ordinal() > 0);
        next.setVisible(step != Step.REVIEW);
        submit.setVisible(step == Step.REVIEW);
        if (step == Step.REVIEW) {
            renderSummary();
        }
        showSummaryOfErrors();
        localizeStep();
        if (moveFocus) {
            UI.getCurrent().getPage().setTitle(getPageTitle());
            stepHeading.getElement().executeJs("this.focus()");
        }
    }

    private void submit() {
        try {
            PrecheckViews.Submission submission = service.submit(application(), draft.fromSelfCheck(),
                    List.copyOf(draft.uploads()), getLocale());
            VaadinSession session = VaadinSession.getCurrent();
            PrecheckSubmittedView.remember(session, submission.reference(), textOf("employer.email"));
            PrecheckDraft.clear(session);
            UI.getCurrent().navigate((embedded ? "embed/" : "") + PrecheckSubmittedView.ROUTE);
        } catch (InvalidRequestException invalid) {
            showProblems(invalid.problems(), null);
            Step first = invalid.problems().stream().map(problem -> Step.of(problem.field()))
                    .min(Enum::compareTo).orElse(Step.REVIEW);
            show(first, first != current);
            focusFirstInvalid(first);
        }
    }

    // ------------------------------------------------------------------ validation

    /** Validates what a step asks, shows each problem at its field and focuses the first. */
    private boolean validateStep(Step step) {
        List<FieldProblem> problems = problemsOf(step);
        showProblems(problems, step);
        showSummaryOfErrors();
        if (!problems.isEmpty()) {
            focusFirstInvalid(step);
        }
        return problems.isEmpty();
    }

    /**
     * The application's constraint violations that belong to a step. The workplace must also lie in the district,
     * which the service checks on submission; the form says so at the step that asks for it.
     */
    private List<FieldProblem> problemsOf(Step step) {
        List<FieldProblem> problems = new ArrayList<>();
        PrecheckApplication application = application();
        try {
            validation.validate(application, getLocale());
        } catch (InvalidRequestException invalid) {
            invalid.problems().stream().filter(problem -> Step.of(problem.field()) == step).forEach(problems::add);
        }
        if (step == Step.POSITION) {
            String postcode = textOf("position.workplace.postcode");
            if (postcode != null && postcode.matches("[0-9]{5}") && !properties.isInDistrict(postcode)) {
                problems.add(new FieldProblem("position.workplace.postcode", "District",
                        getTranslation("precheck.validation.district", site.districtName())));
            }
        }
        if (step == Step.DOCUMENTS && draft.uploads().size() > properties.maxDocuments()) {
            problems.add(new FieldProblem("documents", "TooMany",
                    getTranslation("precheck.validation.document-count", properties.maxDocuments())));
        }
        return problems;
    }

    /**
     * Shows problems at their fields. {@code step} limits the fields that are checked anew to one step; {@code null}
     * means the whole application was checked.
     */
    private void showProblems(List<FieldProblem> problems, @Nullable Step step) {
        for (FormField field : fields.values()) {
            if (step == null || field.step() == step) {
                field.validation().setInvalid(false);
                field.validation().setErrorMessage(null);
            }
        }
        if (step == null || step == Step.DOCUMENTS) {
            documentMessages.clear();
        }
        List<FieldProblem> kept = new ArrayList<>(shownProblems.stream()
                .filter(problem -> step != null && Step.of(problem.field()) != step).toList());
        for (FieldProblem problem : problems) {
            kept.add(problem);
            Optional<FormField> field = fieldFor(problem.field());
            if (field.isPresent() && !field.get().validation().isInvalid()) {
                field.get().validation().setErrorMessage(problem.message());
                field.get().validation().setInvalid(true);
            }
        }
        shownProblems = List.copyOf(kept);
        renderDocuments();
    }

    /** The field a problem belongs to: the field itself, or the field that holds it ({@code wishes.anyChosen}). */
    private Optional<FormField> fieldFor(String problemField) {
        String path = problemField;
        while (!path.isEmpty()) {
            FormField field = fields.get(path);
            if (field != null) {
                return Optional.of(field);
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return Optional.empty();
    }

    private void focusFirstInvalid(Step step) {
        fields.values().stream()
                .filter(field -> field.step() == step && field.component().isVisible() && field.validation().isInvalid())
                .findFirst()
                .ifPresentOrElse(field -> focus(field.component()),
                        () -> errorSummary.getElement().executeJs("this.focus()"));
    }

    /** At the top of the step: how many answers need a correction, each named, so screen readers hear it at once. */
    private void showSummaryOfErrors() {
        errorSummary.removeAll();
        List<String> lines = new ArrayList<>();
        List<String> order = List.copyOf(fields.keySet());
        List<FieldProblem> inFormOrder = shownProblems.stream()
                .filter(problem -> Step.of(problem.field()) == current)
                .sorted(Comparator.comparingInt(problem -> fieldFor(problem.field())
                        .map(field -> order.indexOf(field.path())).orElse(order.size())))
                .toList();
        for (FieldProblem problem : inFormOrder) {
            String label = fieldFor(problem.field()).map(field -> getTranslation(field.labelKey()))
                    .orElse(problem.field().startsWith("documents") ? getTranslation("precheck.form.documents.upload")
                            : "");
            String line = label.isEmpty() ? problem.message() : label + ": " + problem.message();
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        errorSummary.setVisible(!lines.isEmpty());
        if (!lines.isEmpty()) {
            errorSummary.getElement().setAttribute("tabindex", "-1");
            Paragraph title = new Paragraph(getTranslation("precheck.form.errors", lines.size()));
            title.addClassName("precheck-error-title");
            UnorderedList list = new UnorderedList();
            lines.forEach(line -> list.add(new ListItem(line)));
            errorSummary.add(title, list);
        }
    }

    // ------------------------------------------------------------------ the application

    /** The application as typed so far; blank answers count as not given. */
    private PrecheckApplication application() {
        PrecheckApplication.Employer employer = new PrecheckApplication.Employer(textOf("employer.companyName"),
                textOf("employer.legalForm"), addressOf("employer.address"), textOf("employer.registerNumber"),
                textOf("employer.contactName"), textOf("employer.email"), textOf("employer.phone"));
        boolean isFixedTerm = Boolean.TRUE.equals(draft.value("position.fixedTerm"));
        PrecheckApplication.Position position = new PrecheckApplication.Position(textOf("position.title"),
                textOf("position.isco"), addressOf("position.workplace"),
                (LocalDate) draft.value("position.startDate"), (BigDecimal) draft.value("position.weeklyHours"),
                (BigDecimal) draft.value("position.grossAnnualSalary"),
                Boolean.TRUE.equals(draft.value("position.collectiveAgreement")), isFixedTerm,
                isFixedTerm ? (Integer) draft.value("position.contractMonths") : null);
        String residence = textOf("candidate.countryOfResidence");
        Recognition recognised = (Recognition) draft.value("candidate.recognition");
        PrecheckApplication.Candidate candidate = new PrecheckApplication.Candidate(textOf("candidate.givenNames"),
                textOf("candidate.familyName"), (LocalDate) draft.value("candidate.birthDate"),
                setOf("candidate.citizenships").stream().map(String::valueOf).toList(), residence,
                "DE".equals(residence) ? (ResidenceStatus) draft.value("candidate.residenceStatus") : null,
                (QualificationKind) draft.value("candidate.qualification"), textOf("candidate.qualificationTitle"),
                recognised, hasReference(recognised) ? textOf("candidate.recognitionReference") : null,
                (GermanLevel) draft.value("candidate.germanLevel"));
        Set<?> wished = setOf("wishes");
        PrecheckApplication.Wishes wishesChosen = new PrecheckApplication.Wishes(wished.contains(Wish.ADVICE),
                wished.contains(Wish.ACCELERATED_PROCEDURE), wished.contains(Wish.RECOGNITION_HELP));
        return new PrecheckApplication(employer, position, candidate, wishesChosen,
                Boolean.TRUE.equals(draft.value("privacyNoticeAcknowledged")), getLocale().getLanguage());
    }

    private PrecheckApplication.Address addressOf(String prefix) {
        return new PrecheckApplication.Address(textOf(prefix + ".street"), textOf(prefix + ".postcode"),
                textOf(prefix + ".city"));
    }

    private @Nullable String textOf(String path) {
        Object value = draft.value(path);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    @SuppressWarnings("unchecked")
    private Set<Object> setOf(String path) {
        Object value = draft.value(path);
        return value instanceof Set<?> set ? (Set<Object>) set : Set.of();
    }

    private static boolean hasReference(@Nullable Recognition recognition) {
        return recognition != null && recognition != Recognition.NOT_ASSESSED;
    }

    // ------------------------------------------------------------------ the draft

    /** Fills in what the self-check already knows; age and the like are not turned into a date of birth. */
    private void prefill(SelfCheckDraft handedOver) {
        Candidate candidate = handedOver.selfCheckCase().candidate();
        Job job = handedOver.selfCheckCase().job();
        draft.put("candidate.citizenships", new LinkedHashSet<>(candidate.citizenships()));
        draft.put("candidate.qualification", candidate.qualification().kind());
        draft.put("candidate.recognition", candidate.qualification().recognition());
        draft.put("candidate.germanLevel", candidate.germanLevel());
        InGermany inGermany = candidate.inGermanyIfThere();
        if (inGermany != null) {
            draft.put("candidate.countryOfResidence", "DE");
            draft.put("candidate.residenceStatus", inGermany.status());
        }
        if (job.isco() != null) {
            draft.put("position.isco", job.isco());
        }
        if (job.grossAnnualSalary().signum() > 0) {
            draft.put("position.grossAnnualSalary", job.grossAnnualSalary());
        }
        draft.put("position.weeklyHours", job.weeklyHours());
        draft.put("position.fixedTerm", job.contractMonths() != null);
        draft.put("position.contractMonths", job.contractMonths());
        draft.put("position.collectiveAgreement", job.collectiveAgreement());
    }

    /** Puts the draft's values into the fields (the fields' listeners write them straight back). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void restore() {
        for (FormField field : fields.values()) {
            Object value = draft.value(field.path());
            AbstractField component = field.component();
            if (value != null && !Objects.equals(component.getValue(), value)) {
                if (component == legalForm && !LEGAL_FORMS.contains(value)) {
                    offerLegalForm((String) value);
                }
                component.setValue(value);
            }
        }
        updateVisibility();
        selfCheckNotice.setVisible(draft.fromSelfCheck() != null);
        renderDocuments();
    }

    private void offerLegalForm(String custom) {
        List<String> items = new ArrayList<>(LEGAL_FORMS);
        items.add(custom);
        legalForm.setItems(items);
    }

    private void updateVisibility() {
        contractMonths.setVisible(Boolean.TRUE.equals(fixedTerm.getValue()));
        residenceStatus.setVisible("DE".equals(countryOfResidence.getValue()));
        recognitionReference.setVisible(hasReference(recognition.getValue()));
    }

    // ------------------------------------------------------------------ documents

    /** The server decides the type by the content, not by the name or the browser's claim. */
    private void addDocument(String fileName, byte[] content) {
        documentMessages.clear();
        documentNews = null;
        int maxMegabytes = properties.maxDocumentBytes() / (1024 * 1024);
        if (draft.uploads().size() >= properties.maxDocuments()) {
            documentMessages.add(new Message("precheck.validation.document-count", properties.maxDocuments()));
        } else if (content.length == 0) {
            documentMessages.add(new Message("precheck.validation.document-empty", fileName));
        } else if (content.length > properties.maxDocumentBytes()) {
            documentMessages.add(new Message("precheck.validation.document-size", fileName,
                    Integer.toString(maxMegabytes)));
        } else if (DocumentStore.sniff(content).isEmpty()) {
            documentMessages.add(new Message("precheck.validation.document-type", fileName));
        } else {
            draft.uploads().add(new DocumentUpload(fileName, content));
            documentNews = new Message("precheck.form.documents.added", fileName);
            shownProblems = shownProblems.stream().filter(p -> !p.field().startsWith("documents")).toList();
            showSummaryOfErrors();
        }
        upload.clearFileList();
        renderDocuments();
    }

    private void removeDocument(DocumentUpload document) {
        draft.uploads().remove(document);
        documentMessages.clear();
        documentNews = new Message("precheck.form.documents.removed", document.fileName());
        shownProblems = shownProblems.stream().filter(p -> !p.field().startsWith("documents")).toList();
        renderDocuments();
        showSummaryOfErrors();
        upload.getElement().executeJs("(this.querySelector('[slot=add-button]') || this).focus()");
    }

    private void renderDocuments() {
        documentList.removeAll();
        List<DocumentUpload> uploads = draft.uploads();
        for (int i = 0; i < uploads.size(); i++) {
            DocumentUpload document = uploads.get(i);
            ListItem item = new ListItem();
            Span name = new Span(document.fileName() + " (" + size(document.content().length) + ")");
            Button remove = new Button(getTranslation("precheck.form.documents.remove"),
                    click -> removeDocument(document));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("precheck.form.documents.remove-named", document.fileName()));
            item.add(name, remove);
            String field = "documents[" + i + "]";
            shownProblems.stream().filter(problem -> problem.field().equals(field)).findFirst().ifPresent(problem -> {
                Span error = new Span(problem.message());
                error.addClassName("precheck-document-error");
                item.add(error);
                item.addClassName("invalid");
            });
            documentList.add(item);
        }
        if (uploads.isEmpty()) {
            documentList.add(new ListItem(getTranslation("precheck.form.documents.none")));
        }
        documentErrors.removeAll();
        documentMessages.forEach(message -> documentErrors.add(new Paragraph(
                getTranslation(message.key(), message.arguments()))));
        shownProblems.stream().filter(problem -> problem.field().equals("documents"))
                .forEach(problem -> documentErrors.add(new Paragraph(problem.message())));
        documentErrors.setVisible(documentErrors.getComponentCount() > 0);
        documentStatus.setText(documentNews == null ? ""
                : getTranslation(documentNews.key(), documentNews.arguments()));
        upload.setVisible(uploads.size() < properties.maxDocuments());
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? getTranslation("precheck.form.documents.kilobytes",
                format.format(Math.max(1, bytes / 1024.0)))
                : getTranslation("precheck.form.documents.megabytes", format.format(bytes / (1024.0 * 1024)));
    }

    // ------------------------------------------------------------------ the last look

    private void renderSummary() {
        summary.removeAll();
        for (Step step : List.of(Step.EMPLOYER, Step.POSITION, Step.CANDIDATE, Step.WISHES, Step.DOCUMENTS)) {
            H3 title = new H3(getTranslation("precheck.form.step." + step.key()));
            Button change = new Button(getTranslation("precheck.form.change"), click -> show(step, true));
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            change.setAriaLabel(getTranslation("precheck.form.change-step",
                    getTranslation("precheck.form.step." + step.key())));
            Div header = new Div(title, change);
            header.addClassName("precheck-summary-header");
            DescriptionList list = new DescriptionList();
            if (step == Step.DOCUMENTS) {
                String names = draft.uploads().stream().map(DocumentUpload::fileName).collect(Collectors.joining(", "));
                list.add(new DescriptionList.Term(getTranslation("precheck.form.documents.list")),
                        new DescriptionList.Description(names.isEmpty()
                                ? getTranslation("precheck.form.documents.none") : names));
            }
            for (FormField field : fields.values()) {
                if (field.step() == step && field.component().isVisible()) {
                    String value = describe(field);
                    list.add(new DescriptionList.Term(getTranslation(field.labelKey())),
                            new DescriptionList.Description(value.isEmpty()
                                    ? getTranslation("precheck.form.not-given") : value));
                }
            }
            summary.add(header, list);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String describe(FormField field) {
        Object value = field.component().getValue();
        if (value == null) {
            return "";
        }
        Component component = field.component();
        if (component instanceof ComboBox combo) {
            return combo.getItemLabelGenerator().apply(value);
        }
        if (component instanceof RadioButtonGroup radio) {
            return radio.getItemLabelGenerator().apply(value);
        }
        if (component instanceof MultiSelectComboBox multi) {
            return ((Set<Object>) value).stream().map(item -> multi.getItemLabelGenerator().apply(item))
                    .map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (component instanceof CheckboxGroup group) {
            return ((Set<Object>) value).stream().map(item -> group.getItemLabelGenerator().apply(item))
                    .map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()));
        }
        if (value instanceof BigDecimal number) {
            NumberFormat format = NumberFormat.getNumberInstance(getLocale());
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    // ------------------------------------------------------------------ building blocks

    private Div panel(Step step) {
        Div panel = new Div();
        panel.addClassName("precheck-panel");
        panels.put(step, panel);
        return panel;
    }

    private TextField text(Step step, String path, int maxLength, boolean required, String labelKey,
                           @Nullable String helperKey) {
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        register(step, path, field, required, labelKey, helperKey);
        return field;
    }

    /** Street, postcode and city under a group label (a {@code <fieldset>} with its {@code <legend>}). */
    private FieldSet address(Step step, String prefix, String legendKey, @Nullable String helpKey) {
        FieldSet group = fieldSet(legendKey, helpKey, site.districtName());
        TextField street = text(step, prefix + ".street", 200, true, "precheck.form.address.street", null);
        TextField postcode = text(step, prefix + ".postcode", 5, true, "precheck.form.address.postcode", null);
        postcode.setAllowedCharPattern("[0-9]");
        postcode.getElement().setAttribute("inputmode", "numeric");
        TextField city = text(step, prefix + ".city", 100, true, "precheck.form.address.city", null);
        if (step == Step.EMPLOYER) {
            street.setAutocomplete(Autocomplete.STREET_ADDRESS);
            postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
            city.setAutocomplete(Autocomplete.ADDRESS_LEVEL2);
        }
        group.add(street, postcode, city);
        return group;
    }

    /** A group of fields under a legend; {@code arguments} fill the placeholders of the help text, if it has any. */
    private FieldSet fieldSet(String legendKey, @Nullable String helpKey, Object... arguments) {
        FieldSet group = new FieldSet();
        group.addClassName("precheck-group");
        Paragraph help = new Paragraph();
        help.addClassName("precheck-hint");
        help.setVisible(helpKey != null);
        localizers.add(() -> {
            group.setLegendText(getTranslation(legendKey));
            if (helpKey != null) {
                help.setText(getTranslation(helpKey, arguments));
            }
        });
        group.add(help);
        return group;
    }

    private void yesNo(RadioButtonGroup<Boolean> group) {
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(yes -> getTranslation(yes ? "precheck.form.yes" : "precheck.form.no"));
        group.setValue(Boolean.FALSE);
    }

    /**
     * Adds a field to the form: it is labelled (and marked as required, with text as well as the indicator), it
     * shows problems at itself, and every change goes into the draft.
     */
    private <C extends AbstractField<C, V> & HasValidationProperties, V> C register(
            Step step, String path, C component, boolean required, String labelKey, @Nullable String helperKey) {
        fields.put(path, new FormField(path, step, component, required, labelKey, helperKey));
        // a group of checkboxes (role "group") may not carry aria-required; its label says it in words instead
        component.setRequiredIndicatorVisible(required && !(component instanceof CheckboxGroup<?>));
        component.getElement().setAttribute("data-field", path);
        component.getElement().getClassList().set("precheck-field", true);
        if (component instanceof TextField field) {
            field.setManualValidation(true);
        } else if (component instanceof EmailField field) {
            field.setManualValidation(true);
        } else if (component instanceof BigDecimalField field) {
            field.setManualValidation(true);
        } else if (component instanceof IntegerField field) {
            field.setManualValidation(true);
        } else if (component instanceof DatePicker field) {
            field.setManualValidation(true);
        } else if (component instanceof com.vaadin.flow.component.combobox.ComboBoxBase<?, ?, ?> field) {
            field.setManualValidation(true);
        } else if (component instanceof RadioButtonGroup<?> field) {
            field.setManualValidation(true);
        } else if (component instanceof CheckboxGroup<?> field) {
            field.setManualValidation(true);
        } else if (component instanceof Checkbox field) {
            field.setManualValidation(true);
        }
        component.addValueChangeListener(event -> {
            Object value = event.getValue();
            draft.put(path, value instanceof Set<?> set ? new LinkedHashSet<>(set) : value);
            if (event.isFromClient() && component.isInvalid()) {
                // the message at the field goes; the summary at the top stays until the step is checked again, so
                // that screen readers do not hear the whole list anew after each correction
                component.setInvalid(false);
                shownProblems = shownProblems.stream().filter(problem -> fieldFor(problem.field())
                        .map(field -> !field.path().equals(path)).orElse(true)).toList();
            }
        });
        return component;
    }

    /** Focuses a field; in a group of radio buttons or checkboxes, the chosen (or first) one. */
    private static void focus(Component component) {
        component.getElement().executeJs("""
                const target = this.querySelector('vaadin-radio-button[checked], vaadin-checkbox[checked]')
                    || this.querySelector('vaadin-radio-button, vaadin-checkbox') || this;
                target.focus();
                target.scrollIntoView({block: 'center'});""");
    }

    private <C extends Component> C localized(C component, String key) {
        localizers.add(() -> component.getElement().setText(getTranslation(key)));
        return component;
    }

    private void localizeDatePicker(DatePicker picker) {
        localizers.add(() -> {
            Locale locale = getLocale();
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setMonthNames(Arrays.stream(Month.values())
                    .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
            List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            i18n.setWeekdays(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList());
            i18n.setWeekdaysShort(sundayFirst.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                    .toList());
            i18n.setFirstDayOfWeek(1);
            i18n.setToday(getTranslation("precheck.form.date.today"));
            i18n.setCancel(getTranslation("precheck.form.date.cancel"));
            i18n.setDateFormats(getTranslation("precheck.form.date.format"), "d.M.yyyy", "yyyy-MM-dd");
            picker.setI18n(i18n);
            picker.setLocale(locale);
        });
    }

    // ------------------------------------------------------------------ language

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("precheck.form.page-title", current.ordinal() + 1, Step.values().length,
                getTranslation("precheck.form.step." + current.key())));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("precheck.form.heading"));
        intro.setText(getTranslation("precheck.form.intro"));
        requiredHint.setText(getTranslation("precheck.form.required-hint"));
        selfCheckNotice.setText(getTranslation("precheck.form.from-self-check"));
        stepList.getElement().setAttribute("aria-label", getTranslation("precheck.form.steps"));
        back.setText(getTranslation("precheck.form.back"));
        next.setText(getTranslation("precheck.form.next"));
        submit.setText(getTranslation("precheck.form.submit"));
        for (FormField field : fields.values()) {
            String label = getTranslation(field.labelKey());
            if (field.component() instanceof HasLabel labelled) {
                labelled.setLabel(!field.required() ? getTranslation("precheck.form.optional", label)
                        : field.component().isRequiredIndicatorVisible() ? label
                        : getTranslation("precheck.form.required", label));
            }
            if (field.helperKey() != null && field.component() instanceof HasHelper helped) {
                helped.setHelperText(getTranslation(field.helperKey()));
            }
        }
        localizers.forEach(Runnable::run);
        relocalizeChoices();
        privacyText.removeAll();
        privacyText.add(getTranslation("precheck.form.privacy.notice", site.logoText(),
                properties.unconfirmedExpiry().toDays(), properties.retention().toTotalMonths()) + " ");
        Anchor privacyLink = new Anchor(LegalPages.PRIVACY, getTranslation("precheck.form.privacy.link"));
        privacyLink.setTarget("_blank");
        privacyText.add(privacyLink);
        upload.setI18n(DocumentUploads.texts(this, properties));
        // messages come localized from the validation: check again those steps that show problems, in the new language
        Set<Step> withProblems = shownProblems.stream().map(problem -> Step.of(problem.field()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Step.class)));
        withProblems.forEach(step -> showProblems(problemsOf(step), step));
        localizeStep();
        showSummaryOfErrors();
        renderDocuments();
        if (current == Step.REVIEW) {
            renderSummary();
        }
    }

    private void localizeStep() {
        int number = current.ordinal() + 1;
        int total = Step.values().length;
        String title = getTranslation("precheck.form.step." + current.key());
        stepHeading.setText(getTranslation("precheck.form.step-heading", number, total, title));
        stepItems.forEach((step, item) -> item.setText(getTranslation("precheck.form.step." + step.key())));
    }

    /** Country names and the labels of choices follow the language; the chosen values stay. */
    private void relocalizeChoices() {
        Locale locale = getLocale();
        List<String> countries = Countries.sortedFor(locale);
        Set<String> chosenCitizenships = citizenships.getValue();
        citizenships.setItems(countries);
        citizenships.setItemLabelGenerator(code -> Countries.label(code, locale));
        citizenships.setValue(chosenCitizenships);
        String residence = countryOfResidence.getValue();
        countryOfResidence.setItems(countries);
        countryOfResidence.setItemLabelGenerator(code -> Countries.label(code, locale));
        countryOfResidence.setValue(residence);
        for (RadioButtonGroup<?> group : List.of(collectiveAgreement, fixedTerm, qualification, recognition)) {
            relabel(group);
        }
        ResidenceStatus status = residenceStatus.getValue();
        residenceStatus.setItemLabelGenerator(value -> getTranslation("precheck.residence-status." + value.name()));
        residenceStatus.setValue(status);
        GermanLevel level = germanLevel.getValue();
        germanLevel.setItemLabelGenerator(value -> getTranslation("precheck.german-level." + value.name()));
        germanLevel.setValue(level);
        Set<Wish> chosen = wishes.getValue();
        wishes.setItemLabelGenerator(wish -> getTranslation("precheck.wish." + wish.name()));
        wishes.getDataProvider().refreshAll();
        wishes.setValue(chosen);
    }

    private static <T> void relabel(RadioButtonGroup<T> group) {
        T value = group.getValue();
        group.setItemLabelGenerator(group.getItemLabelGenerator());
        group.setValue(value);
    }
}
