package de.welcomeportal.portal.booking;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import de.welcomeportal.portal.webapi.FieldProblem;

/**
 * Where a refused action is explained (role "alert", so screen readers announce it), with a reload button when a
 * colleague's change is the reason. Reloading keeps dialogs and what was typed in them.
 */
final class ProblemArea extends Div implements LocaleChangeObserver {

    private final Paragraph message = new Paragraph();
    private final Button reload = new Button();

    ProblemArea(Runnable onReload) {
        addClassName("problem");
        getElement().setAttribute("role", "alert");
        reload.addClickListener(click -> {
            onReload.run();
            clear();
        });
        reload.setText(getTranslation("booking.staff.reload"));
        add(message, reload);
        setVisible(false);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        reload.setText(getTranslation("booking.staff.reload"));
    }

    void show(String text, boolean offerReload) {
        message.setText(text);
        reload.setVisible(offerReload);
        setVisible(true);
    }

    void clear() {
        message.setText("");
        setVisible(false);
    }

    String text() {
        return message.getText();
    }

    /**
     * Shows each problem at its field (a list entry such as {@code windows[2]} at the field registered under that
     * name, else under {@code windows}); those without a field are shown here.
     */
    void showAtFields(List<FieldProblem> problems, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        StringBuilder rest = new StringBuilder();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null && problem.field().contains("[")) {
                field = fields.get(problem.field().substring(0, problem.field().indexOf('[')));
            }
            if (field == null && problem.field().contains(".")) {
                field = fields.get(problem.field().substring(0, problem.field().indexOf('.')));
            }
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            } else {
                rest.append(rest.isEmpty() ? "" : " ").append(problem.message());
            }
        }
        if (rest.isEmpty()) {
            clear();
        } else {
            show(rest.toString(), false);
        }
    }
}
