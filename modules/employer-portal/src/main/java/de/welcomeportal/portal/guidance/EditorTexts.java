package de.welcomeportal.portal.guidance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The texts an editor must provide before a guidance item is saved or published, as Hibernate Validator checks
 * them: every item needs its name in German and English; an article also its summary and body.
 */
final class EditorTexts {

    private EditorTexts() {
    }

    /** The title of any item (its title, question or name, depending on the kind). */
    record Title(
            @NotBlank(message = "{guidance.editor.required}") @Size(max = 300) @Nullable String titleDe,
            @NotBlank(message = "{guidance.editor.required}") @Size(max = 300) @Nullable String title) {
    }

    /** What an article needs besides its title. */
    record Article(
            @NotBlank(message = "{guidance.editor.required}") @Size(max = 2_000) @Nullable String summaryDe,
            @NotBlank(message = "{guidance.editor.required}") @Size(max = 2_000) @Nullable String summary,
            @NotBlank(message = "{guidance.editor.required}") @Size(max = 100_000) @Nullable String bodyDe,
            @NotBlank(message = "{guidance.editor.required}") @Size(max = 100_000) @Nullable String body) {
    }

    /** The property an error belongs to: {@code titleDe} of a FAQ entry is its {@code question_de}. */
    static String property(String component, String titleProperty) {
        String base = component.endsWith("De") ? component.substring(0, component.length() - 2) : component;
        String name = base.equals("title") ? titleProperty : base;
        return component.endsWith("De") ? name + "_de" : name;
    }
}
