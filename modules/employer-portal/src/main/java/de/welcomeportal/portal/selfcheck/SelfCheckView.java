package de.welcomeportal.portal.selfcheck;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
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

import de.welcomeportal.portal.guidance.GuidanceCatalog;
import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.Candidate;
import de.welcomeportal.portal.selfcheck.rules.Location;
import de.welcomeportal.portal.selfcheck.rules.SelfCheckCase;
import de.welcomeportal.portal.site.EmbedLayout;
import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.site.PublicLayout;

/**
 * The self-check wizard for employers: four steps in the order a caseworker asks (nationality, residence, person
 * and qualification, job), then the result on the same page. Progress is an ordered list with
 * {@code aria-current="step"}; the page title names the step; the focus moves to the new step's heading, or to the
 * first invalid field. Every answer stays while the visitor goes back, changes the language or changes answers
 * after seeing the result.
 */
@Route(value = SelfCheckView.ROUTE, layout = PublicLayout.class)
@RouteAlias(value = "embed/" + SelfCheckView.ROUTE, layout = EmbedLayout.class)
@AnonymousAllowed
@StyleSheet("portal/selfcheck.css")
class SelfCheckView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "self-check";
    static final String PRE_CHECK_ROUTE = "pre-check";

    private final PageTitles titles;
    private final SelfCheckService service;
    private final SelfCheckTexts texts;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Div progress = new Div();
    private final OrderedList progressList = new OrderedList();
    private final Div stepHolder = new Div();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Div wizardActions = new Div(back, next);
    private final Div wizard = new Div();

    private final NationalityStep nationality;
    private final ResidenceStep residence;
    private final PersonStep person;
    private final JobStep job;
    private final List<WizardStep> steps;
    private int current;

    private final SelfCheckResultPanel result;
    private final Button print = new Button();
    private final Button change = new Button();
    private final Button submit = new Button();
    private final Paragraph submitHint = new Paragraph();
    private final Div resultActions = new Div(print, change, submit);
    private final Div resultPage = new Div();
    private @Nullable SelfCheckCase assessedCase;
    private @Nullable Assessment assessment;
    private boolean embedded;

    SelfCheckView(PageTitles titles, SelfCheckService service, SelfCheckTexts texts, Occupations occupations,
                  GuidanceCatalog guidance) {
        this.titles = titles;
        this.service = service;
        this.texts = texts;
        addClassName("self-check");
        nationality = new NationalityStep();
        residence = new ResidenceStep(texts, service::today);
        person = new PersonStep(service::today);
        job = new JobStep(occupations, service.today());
        steps = List.of(nationality, residence, person, job);
        result = new SelfCheckResultPanel(texts, guidance);

        heading.setId("self-check-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        progress.addClassName("wizard-progress");
        progress.add(progressList);
        stepHolder.addClassName("wizard-step-holder");
        back.addClickListener(click -> back());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> next());
        wizardActions.addClassName("wizard-actions");
        wizard.add(intro, progress, stepHolder, wizardActions);

        print.addClickListener(click -> UI.getCurrent().getPage().executeJs("window.print()"));
        change.addClickListener(click -> changeAnswers());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submitAsPreCheck());
        resultActions.addClassName("wizard-actions");
        resultActions.addClassName("result-actions");
        resultPage.add(result, submitHint, resultActions);
        resultPage.setVisible(false);

        add(heading, wizard, resultPage);
        showStep(0, false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        embedded = event.getLocation().getPath().startsWith("embed/");
    }

    @Override
    public String getPageTitle() {
        if (resultPage.isVisible()) {
            return titles.of(getTranslation("selfcheck.wizard.title.result"));
        }
        return titles.of(getTranslation("selfcheck.wizard.title.step", current + 1, steps.size(),
                getTranslation(steps.get(current).nameKey())));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        intro.setText(getTranslation("selfcheck.wizard.intro"));
        progressList.getElement().setAttribute("aria-label", getTranslation("selfcheck.wizard.progress"));
        back.setText(getTranslation("selfcheck.wizard.back"));
        print.setText(getTranslation("selfcheck.wizard.result.print"));
        change.setText(getTranslation("selfcheck.wizard.result.change"));
        submit.setText(getTranslation("selfcheck.wizard.result.submit"));
        submitHint.setText(getTranslation("selfcheck.wizard.result.submit.hint"));
        steps.forEach(WizardStep::relocalize);
        result.render();
        renderStepTexts();
        updateTitle();
    }

    private void back() {
        if (current > 0) {
            showStep(current - 1, true);
        }
    }

    private void next() {
        Optional<Component> problem = steps.get(current).validate();
        if (problem.isPresent()) {
            WizardFields.focus(problem.get());
            return;
        }
        if (current < steps.size() - 1) {
            showStep(current + 1, true);
        } else {
            assess();
        }
    }

    private void showStep(int index, boolean moveFocus) {
        current = index;
        WizardStep step = steps.get(index);
        if (step == job) {
            job.adaptTo(residence.where() == Location.ABROAD, person.kind());
        }
        stepHolder.removeAll();
        stepHolder.add(step);
        renderStepTexts();
        updateTitle();
        if (moveFocus) {
            step.heading.getElement().callJsFunction("focus");
        }
    }

    /** Heading, progress list and buttons, which depend on both the language and the current step. */
    private void renderStepTexts() {
        heading.setText(getTranslation(resultPage.isVisible() ? "selfcheck.wizard.result.heading"
                : "selfcheck.wizard.heading"));
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            step.heading.setText(getTranslation("selfcheck.wizard.step.heading", i + 1, steps.size(),
                    getTranslation(step.nameKey())));
        }
        progressList.removeAll();
        for (int i = 0; i < steps.size(); i++) {
            Span name = new Span(getTranslation(steps.get(i).nameKey()));
            ListItem item = new ListItem(name);
            if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.addClassName("current");
                Span state = new Span(getTranslation("selfcheck.wizard.progress.current"));
                state.addClassName("step-state");
                // aria-current already tells screen readers; the visible word is for sighted visitors.
                state.getElement().setAttribute("aria-hidden", "true");
                item.add(state);
            } else if (i < current) {
                item.addClassName("done");
                Span state = new Span(getTranslation("selfcheck.wizard.progress.done"));
                state.addClassName("step-state");
                item.add(state);
            }
            progressList.add(item);
        }
        back.setVisible(current > 0);
        next.setText(getTranslation(current == steps.size() - 1 ? "selfcheck.wizard.show-result"
                : "selfcheck.wizard.next"));
    }

    private void updateTitle() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setTitle(getPageTitle());
        }
    }

    private void assess() {
        SelfCheckCase selfCheckCase = toCase();
        try {
            assessment = service.assess(selfCheckCase);
        } catch (FiguresUnavailableException unavailable) {
            job.figuresUnavailable(getTranslation("selfcheck.wizard.job.decision-date.unavailable",
                    texts.date(unavailable.date(), getLocale())));
            return;
        }
        assessedCase = selfCheckCase;
        result.show(assessment);
        wizard.setVisible(false);
        resultPage.setVisible(true);
        renderStepTexts();
        updateTitle();
        heading.getElement().callJsFunction("focus");
    }

    private SelfCheckCase toCase() {
        Candidate candidate = new Candidate(nationality.codes(), person.ageInYears(), residence.where(),
                person.german(), person.pensionProof(), residence.inGermany(), person.qualification(),
                person.experience());
        return new SelfCheckCase(job.date(), candidate, job.job());
    }

    /** Back to the steps with every answer as it was; the first step, so the visitor can review them in order. */
    private void changeAnswers() {
        resultPage.setVisible(false);
        wizard.setVisible(true);
        showStep(0, false);
        heading.getElement().callJsFunction("focus");
    }

    private void submitAsPreCheck() {
        SelfCheckCase submitted = assessedCase;
        Assessment shown = assessment;
        if (submitted == null || shown == null) {
            return;
        }
        SelfCheckDraft.store(VaadinSession.getCurrent(), new SelfCheckDraft(submitted, shown));
        UI.getCurrent().navigate(embedded ? "embed/" + PRE_CHECK_ROUTE : PRE_CHECK_ROUTE);
    }
}
