package de.welcomeportal.portal.selfcheck;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.guidance.GuidanceCatalog;
import de.welcomeportal.portal.selfcheck.SelfCheckResponse.FeeAnswer;
import de.welcomeportal.portal.selfcheck.SelfCheckResponse.NormedText;
import de.welcomeportal.portal.selfcheck.SelfCheckResponse.PathwayAnswer;
import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.Outcome;

/**
 * The result page of the wizard: the recommendation with its legal basis and outcome in words, the alternatives,
 * the warnings and, collapsed, why other pathways are closed. Every text comes from {@link SelfCheckResponse}, the
 * same mapping the API answers with, so the page and the API never say different things.
 */
class SelfCheckResultPanel extends Div {

    private final SelfCheckTexts texts;
    private final GuidanceCatalog guidance;
    private @Nullable Assessment assessment;

    SelfCheckResultPanel(SelfCheckTexts texts, GuidanceCatalog guidance) {
        this.texts = texts;
        this.guidance = guidance;
        addClassName("self-check-result");
    }

    void show(Assessment shown) {
        this.assessment = shown;
        render();
    }

    /** Renders the assessment in the current language; called again after a language switch. */
    void render() {
        removeAll();
        Assessment shown = assessment;
        if (shown == null) {
            return;
        }
        Locale locale = getLocale();
        SelfCheckResponse answer = SelfCheckResponse.of(shown, texts, locale);
        add(new Paragraph(getTranslation("selfcheck.wizard.result.basis", texts.date(answer.decisionDate(), locale),
                texts.date(answer.figuresValidFrom(), locale))));
        Paragraph disclaimer = new Paragraph(getTranslation("selfcheck.wizard.result.disclaimer"));
        disclaimer.addClassName("result-disclaimer");
        add(disclaimer);

        Section recommendation = section("result-recommendation",
                getTranslation("selfcheck.wizard.result.recommendation"));
        recommendation.add(pathway(answer.recommendation(), locale));
        boolean approvalMentioned = answer.recommendation().baApprovalRequired() != null
                || answer.alternatives().stream().anyMatch(alternative -> alternative.baApprovalRequired() != null);
        if (approvalMentioned) {
            TermExplanation approval = new TermExplanation("selfcheck.wizard.term.ba-approval");
            approval.localize();
            recommendation.add(approval);
        }
        add(recommendation);

        if (!answer.warnings().isEmpty()) {
            Section warnings = section("result-warnings", getTranslation("selfcheck.wizard.result.warnings"));
            UnorderedList list = new UnorderedList();
            answer.warnings().forEach(warning -> list.add(new ListItem(warning.text())));
            warnings.add(list);
            add(warnings);
        }

        if (!answer.alternatives().isEmpty()) {
            Section alternatives = section("result-alternatives",
                    getTranslation("selfcheck.wizard.result.alternatives"));
            alternatives.add(new Paragraph(getTranslation("selfcheck.wizard.result.alternatives.intro")));
            answer.alternatives().forEach(alternative -> alternatives.add(pathway(alternative, locale)));
            add(alternatives);
        }

        if (!answer.closedPathways().isEmpty()) {
            Section closed = section("result-closed", getTranslation("selfcheck.wizard.result.closed"));
            closed.add(new Paragraph(getTranslation("selfcheck.wizard.result.closed.intro")));
            answer.closedPathways().forEach(pathway -> closed.add(whyNot(pathway, locale)));
            add(closed);
        }
    }

    private Section section(String id, String title) {
        H2 heading = new H2(title);
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.addClassName("result-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    /** One open pathway: name, variant, outcome in words, legal basis, approval, and what to do. */
    private Div pathway(PathwayAnswer answer, Locale locale) {
        Div block = new Div();
        block.addClassName("result-pathway");
        block.add(new H3(texts.text(answer.pathway(), locale)));
        if (answer.variant() != null) {
            block.add(new Paragraph(getTranslation("selfcheck.wizard.result.variant",
                    texts.text(answer.variant(), locale))));
        }
        block.add(outcome(answer.outcome(), locale));
        if (!answer.legalBasis().isBlank()) {
            block.add(new Paragraph(getTranslation("selfcheck.wizard.result.legal-basis", answer.legalBasis())));
        }
        if (answer.baApprovalRequired() != null) {
            block.add(new Paragraph(getTranslation(answer.baApprovalRequired()
                    ? "selfcheck.wizard.result.ba-approval.required"
                    : "selfcheck.wizard.result.ba-approval.not-required")));
        }
        if (answer.acceleratedProcedureSuitable()) {
            block.add(new Paragraph(getTranslation("selfcheck.wizard.result.accelerated")));
        }
        addNormed(block, heading(getTranslation("selfcheck.wizard.result.reasons")), answer.reasons());
        addNormed(block, heading(getTranslation("selfcheck.wizard.result.missing")), answer.missing());
        addList(block, heading(getTranslation("selfcheck.wizard.result.next-steps")), answer.nextSteps(), true);
        addList(block, heading(getTranslation("selfcheck.wizard.result.authorities")), answer.authorities(), false);
        addList(block, heading(getTranslation("selfcheck.wizard.result.documents")), answer.documents(), false);
        addFees(block, answer.fees(), locale);
        addList(block, heading(getTranslation("selfcheck.wizard.result.durations")), answer.durations(), false);
        addGuidance(block, answer.guidanceKeys(), locale);
        return block;
    }

    /** The outcome in words, marked by a border and an icon-free label, never by colour alone. */
    private Paragraph outcome(Outcome outcome, Locale locale) {
        Paragraph paragraph = new Paragraph(getTranslation("selfcheck.wizard.result.outcome",
                texts.text(outcome, locale)));
        paragraph.addClassNames("result-outcome", "result-outcome-" + outcome.name().toLowerCase(Locale.ROOT));
        return paragraph;
    }

    /**
     * A closed pathway, collapsed: "Why not the EU Blue Card?" with the reasons and what could open it. The summary
     * is not a heading, so the parts inside are labelled by bold paragraphs, keeping the heading levels in order.
     */
    private Details whyNot(PathwayAnswer answer, Locale locale) {
        Div content = new Div();
        addNormed(content, label(getTranslation("selfcheck.wizard.result.reasons")), answer.reasons());
        addList(content, label(getTranslation("selfcheck.wizard.result.next-steps")), answer.nextSteps(), true);
        Details details = new Details(getTranslation("selfcheck.wizard.result.why-not",
                texts.text(answer.pathway(), locale)), content);
        details.addClassName("result-why-not");
        return details;
    }

    private static Component heading(String text) {
        return new H4(text);
    }

    private static Component label(String text) {
        Paragraph label = new Paragraph(text);
        label.addClassName("result-list-label");
        return label;
    }

    private void addNormed(HasComponents block, Component title, List<NormedText> items) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (NormedText item : items) {
            list.add(new ListItem(new Span(item.text()), new Span(" "), norm(item.norm())));
        }
        block.add(title, list);
    }

    private void addList(HasComponents block, Component title, List<String> items, boolean ordered) {
        if (items.isEmpty()) {
            return;
        }
        Component list = ordered ? new OrderedList() : new UnorderedList();
        items.forEach(item -> ((HasComponents) list).add(new ListItem(item)));
        block.add(title, list);
    }

    private void addFees(HasComponents block, List<FeeAnswer> fees, Locale locale) {
        if (fees.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (FeeAnswer fee : fees) {
            list.add(new ListItem(new Span(getTranslation("selfcheck.wizard.result.fee", fee.text(),
                    texts.euros(fee.amount(), locale))), new Span(" "), norm(fee.norm())));
        }
        block.add(new H4(getTranslation("selfcheck.wizard.result.fees")), list);
    }

    /** Links to the guidance articles that exist in the content; keys without a page are left out. */
    private void addGuidance(HasComponents block, List<String> keys, Locale locale) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            guidance.page(key, locale).ifPresent(page -> {
                Anchor link = new Anchor("guidance/" + key, page.title());
                link.getElement().setAttribute("router-link", true);
                list.add(new ListItem(link));
            });
        }
        if (list.getChildren().findAny().isPresent()) {
            block.add(new H4(getTranslation("selfcheck.wizard.result.guidance")), list);
        }
    }

    private Span norm(String norm) {
        Span span = new Span(getTranslation("selfcheck.wizard.result.norm", norm));
        span.addClassName("result-norm");
        return span;
    }
}
