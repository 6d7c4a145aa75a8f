package de.welcomeportal.portal.selfcheck;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A legal term explained in place, in plain language: a collapsed {@link Details} whose summary asks the question
 * ("What is a “Duldung”?") and whose content answers it. The English texts keep the German term, because that is
 * the word on the documents and in the authorities' letters. Keyboard and screen readers operate it like a button.
 */
class TermExplanation extends Details {

    private final String key;
    private final Paragraph text = new Paragraph();

    /** @param key prefix of the texts {@code <key>.summary} and {@code <key>.text} */
    TermExplanation(String key) {
        this.key = key;
        addClassName("term-explanation");
        add(text);
    }

    void localize() {
        setSummaryText(getTranslation(key + ".summary"));
        text.setText(getTranslation(key + ".text"));
    }
}
