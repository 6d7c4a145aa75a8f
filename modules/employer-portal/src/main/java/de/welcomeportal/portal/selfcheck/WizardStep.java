package de.welcomeportal.portal.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/**
 * One step of the self-check wizard: a heading that takes the focus when the step opens, and the questions of the
 * step. Steps keep their fields for the whole visit, so going back, forward or switching the language never loses
 * an answer; follow-up questions are hidden while they do not matter and are then ignored, not cleared.
 */
abstract class WizardStep extends Div {

    final H2 heading = new H2();
    private boolean validationShown;

    WizardStep(String id) {
        setId("self-check-step-" + id);
        addClassName("wizard-step");
        heading.setId("self-check-step-" + id + "-heading");
        // Focusable by script only, so the step's heading can take the focus when the step opens.
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
    }

    /** Translation key of the step's short name, e.g. "Aufenthalt". */
    abstract String nameKey();

    /** Sets every label, helper text and explanation in the current language; values stay. */
    abstract void localize();

    /** Marks every invalid field with a message at the field; returns the first one, if any. */
    abstract Optional<Component> findProblems();

    /** Validates the step for "Next": messages at the fields, and from now on they follow a language switch. */
    final Optional<Component> validate() {
        validationShown = true;
        return findProblems();
    }

    /** Re-renders after a language switch, including the messages at fields that are still invalid. */
    final void relocalize() {
        localize();
        if (validationShown) {
            findProblems();
        }
    }

    /** Collects the problems of one validation pass, in the order of the fields on the screen. */
    static final class Problems {
        private final List<Component> invalid = new ArrayList<>();

        /** Marks the field invalid with the message unless {@code ok}; clears an earlier mark otherwise. */
        <F extends Component & HasValidation> void check(F field, boolean ok, Supplier<String> message) {
            if (ok || !field.isVisible()) {
                field.setInvalid(false);
            } else {
                field.setErrorMessage(message.get());
                field.setInvalid(true);
                invalid.add(field);
            }
        }

        Optional<Component> first() {
            return invalid.stream().findFirst();
        }
    }

    /** Clears a field's error as soon as the visitor changes it; the next "Next" checks it again. */
    static <F extends Component & HasValidation & HasValue<?, ?>> void clearErrorOnChange(F field) {
        field.addValueChangeListener(change -> field.setInvalid(false));
    }
}
