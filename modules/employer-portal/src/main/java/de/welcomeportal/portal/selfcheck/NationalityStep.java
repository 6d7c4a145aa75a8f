package de.welcomeportal.portal.selfcheck;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** Step 1: the citizenships, because they decide first whether any permit is needed at all. */
class NationalityStep extends WizardStep {

    /** As many as the API accepts. */
    static final int MAX_CITIZENSHIPS = 5;

    final MultiSelectComboBox<String> citizenships = new MultiSelectComboBox<>();
    private final TermExplanation why = new TermExplanation("selfcheck.wizard.term.nationality");

    NationalityStep() {
        super("nationality");
        citizenships.setRequiredIndicatorVisible(true);
        citizenships.setManualValidation(true);
        citizenships.setSelectedItemsOnTop(true);
        citizenships.setWidthFull();
        citizenships.addClassName("wizard-wide-field");
        clearErrorOnChange(citizenships);
        add(citizenships, why);
    }

    @Override
    String nameKey() {
        return "selfcheck.wizard.step.nationality";
    }

    @Override
    void localize() {
        Locale locale = getLocale();
        Set<String> chosen = new LinkedHashSet<>(citizenships.getValue());
        citizenships.setLabel(getTranslation("selfcheck.wizard.nationality.label"));
        citizenships.setHelperText(getTranslation("selfcheck.wizard.nationality.help", MAX_CITIZENSHIPS));
        citizenships.setItemLabelGenerator(code -> Countries.name(code, locale));
        citizenships.setItems(Countries.sortedFor(locale));
        citizenships.setValue(chosen);
        why.localize();
    }

    @Override
    Optional<Component> findProblems() {
        Problems problems = new Problems();
        int chosen = citizenships.getValue().size();
        problems.check(citizenships, chosen >= 1 && chosen <= MAX_CITIZENSHIPS, () -> chosen == 0
                ? getTranslation("selfcheck.wizard.nationality.required")
                : getTranslation("selfcheck.wizard.nationality.too-many", MAX_CITIZENSHIPS));
        return problems.first();
    }

    /** The chosen ISO codes, in a stable order. */
    List<String> codes() {
        return citizenships.getValue().stream().sorted().toList();
    }
}
