package de.welcomeportal.portal.selfcheck;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** Small helpers the wizard's steps share: localized date pickers and moving the focus to a field. */
final class WizardFields {

    private WizardFields() {
    }

    /**
     * Month and day names from the JDK for the locale, the date format the reader writes (German 31.12.2026,
     * English 31/12/2026; ISO dates are understood too) and the picker's two buttons.
     */
    static void localize(DatePicker picker, Locale locale, String today, String cancel) {
        boolean german = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
        }
        List<String> weekdays = new ArrayList<>();
        List<String> weekdaysShort = new ArrayList<>();
        // The web component's lists start with Sunday.
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = DayOfWeek.SUNDAY.plus(i);
            weekdays.add(day.getDisplayName(TextStyle.FULL_STANDALONE, locale));
            weekdaysShort.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
        }
        picker.setLocale(german ? Locale.GERMANY : Locale.UK);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(1)
                .setDateFormats(german ? "dd.MM.yyyy" : "dd/MM/yyyy", german ? "d.M.yyyy" : "d/M/yyyy", "yyyy-MM-dd")
                .setToday(today)
                .setCancel(cancel));
    }

    /** Moves the keyboard focus to a field; for a radio group, to its chosen (or first) option. */
    static void focus(Component field) {
        if (field instanceof RadioButtonGroup<?>) {
            field.getElement().executeJs("const option = this.querySelector('input:checked') || "
                    + "this.querySelector('input'); if (option) { option.focus(); }");
        } else if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            field.getElement().executeJs("this.focus()");
        }
    }
}
