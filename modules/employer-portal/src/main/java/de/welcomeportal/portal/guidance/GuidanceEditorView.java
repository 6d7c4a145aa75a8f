package de.welcomeportal.portal.guidance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;
import de.welcomeportal.portal.webapi.FieldProblem;
import de.welcomeportal.portal.webapi.InvalidRequestException;

/**
 * For editors: one guidance item in German and English, saved as a draft revision, previewed as the public will
 * see it, published or taken offline; its history with a comparison of any revision with the newest and restore.
 */
@Route(value = GuidanceListView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({Role.EDITOR_ROLE, Role.ADMIN_ROLE})
class GuidanceEditorView extends Div implements HasUrlParameter<String>, HasDynamicTitle, LocaleChangeObserver {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Map<GuidanceKind, List<String>> PLAIN = Map.of(
            GuidanceKind.ARTICLE, List.of("audience", "norms", "sources"),
            GuidanceKind.FAQ, List.of("topic", "article"),
            GuidanceKind.CHECKLIST, List.of("pathway"),
            GuidanceKind.AUTHORITY, List.of("street", "postcode", "city", "phone", "email", "website"),
            GuidanceKind.LEGAL, List.of(),
            GuidanceKind.FIGURE, List.of("norm", "kind"));
    private static final List<String> LISTS = List.of("norms", "sources", "keywords", "keywords_de");

    private final GuidanceStore store;
    private final PageTitles titles;
    private final H1 heading = new H1();
    private final Paragraph state = new Paragraph();
    private final Paragraph conflict = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Div form = new Div();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final DatePicker lastReviewed = new DatePicker();
    private final TextField note = new TextField();
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button unpublish = new Button();
    private final Button preview = new Button();
    private final Section previewSection = new Section();
    private final H2 historyHeading = new H2();
    private final Grid<GuidanceViews.Revision> history = new Grid<>();
    private final Section diffSection = new Section();
    private final List<ValueRow> valueRows = new ArrayList<>();
    private final List<ChecklistRow> checklistRows = new ArrayList<>();
    private GuidanceViews.@Nullable EditorItem item;
    private String key = "";
    private Locale locale = Locale.GERMAN;

    GuidanceEditorView(GuidanceStore store, PageTitles titles) {
        this.store = store;
        this.titles = titles;
        conflict.getElement().setAttribute("role", "alert");
        conflict.addClassName("precheck-notice");
        message.getElement().setAttribute("role", "status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        publish.addClickListener(click -> publish());
        unpublish.addClickListener(click -> unpublish());
        unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        preview.addClickListener(click -> showPreview());
        preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previewSection.addClassName("guidance-preview");
        previewSection.setVisible(false);
        history.setAllRowsVisible(true);
        diffSection.addClassName("guidance-diff");
        diffSection.setVisible(false);
        form.addClassName("guidance-form");
        Div buttons = new Div(save, publish, unpublish, preview);
        buttons.addClassName("precheck-buttons");
        add(heading, state, conflict, message, form, note, buttons, previewSection, historyHeading, history,
                diffSection);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.key = parameter;
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("guidance.editor.edit-title", item == null ? key : title(item)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        locale = event.getLocale();
        save.setText(getTranslation("guidance.editor.save"));
        publish.setText(getTranslation("guidance.editor.publish"));
        unpublish.setText(getTranslation("guidance.editor.unpublish"));
        preview.setText(getTranslation("guidance.editor.preview"));
        note.setLabel(getTranslation("guidance.editor.note"));
        note.setHelperText(getTranslation("guidance.editor.note-help"));
        lastReviewed.setLabel(getTranslation("guidance.editor.field.lastReviewed"));
        lastReviewed.setLocale(locale);
        historyHeading.setText(getTranslation("guidance.editor.history"));
        try {
            show(store.open(key));
        } catch (GuidanceNotFoundException e) {
            heading.setText(getTranslation("guidance.editor.not-found"));
            form.setVisible(false);
        }
    }

    private void show(GuidanceViews.EditorItem shown) {
        item = shown;
        heading.setText(getTranslation("guidance.editor.edit-title", title(shown)));
        state.setText(getTranslation("guidance.editor.state", getTranslation("guidance.kind." + shown.kind().key()),
                getTranslation("guidance.state." + shown.status().name().toLowerCase(Locale.ROOT)),
                shown.latestRevision(), shown.publishedRevision() == null ? "–" : shown.publishedRevision()));
        conflict.setText(shown.conflict() == null ? "" : getTranslation("guidance.editor.conflict-shown",
                shown.conflict()));
        conflict.setVisible(shown.conflict() != null);
        unpublish.setEnabled(shown.publishedRevision() != null);
        publish.setEnabled(shown.status() != GuidanceViews.Status.PUBLISHED);
        buildForm(shown);
        buildHistory(shown);
    }

    private String title(GuidanceViews.EditorItem shown) {
        String title = shown.draft().text(shown.kind().titleProperty(), locale);
        return title.isBlank() ? shown.key() : title;
    }

    private void buildForm(GuidanceViews.EditorItem shown) {
        form.removeAll();
        fields.clear();
        ItemContent draft = shown.draft();
        for (String property : shown.kind().translatedTexts()) {
            for (String name : List.of(property + "_de", property)) {
                boolean rich = shown.kind().isRichText(property);
                boolean longText = rich || property.equals("summary") || property.equals("intro")
                        || property.equals("openingHours") || property.equals("competence");
                Component field = longText ? new TextArea() : new TextField();
                String label = getTranslation("guidance.editor.field." + property) + " ("
                        + getTranslation(name.endsWith("_de") ? "guidance.editor.german" : "guidance.editor.english")
                        + ")";
                if (field instanceof TextArea area) {
                    area.setLabel(label);
                    area.setValue(draft.value(name));
                    area.setWidthFull();
                    if (rich) {
                        area.setHelperText(getTranslation("guidance.editor.rich-help"));
                        area.setMinRows(8);
                    }
                } else if (field instanceof TextField text) {
                    text.setLabel(label);
                    text.setValue(draft.value(name));
                    text.setWidthFull();
                }
                fields.put(name, field);
                form.add(field);
            }
        }
        for (String property : shown.kind().translatedLists()) {
            for (String name : List.of(property + "_de", property)) {
                addListField(name, getTranslation("guidance.editor.field." + property) + " ("
                        + getTranslation(name.endsWith("_de") ? "guidance.editor.german" : "guidance.editor.english")
                        + ")", draft.values(name));
            }
        }
        for (String property : PLAIN.get(shown.kind())) {
            if (LISTS.contains(property)) {
                addListField(property, getTranslation("guidance.editor.field." + property), draft.values(property));
            } else {
                TextField text = new TextField(getTranslation("guidance.editor.field." + property));
                text.setValue(draft.value(property));
                fields.put(property, text);
                form.add(text);
            }
        }
        lastReviewed.setValue(draft.lastReviewed().orElse(null));
        form.add(lastReviewed);
        valueRows.clear();
        checklistRows.clear();
        if (shown.kind() == GuidanceKind.FIGURE) {
            buildValues(draft);
        } else if (shown.kind() == GuidanceKind.CHECKLIST) {
            buildChecklist(draft);
        } else if (!draft.children().isEmpty()) {
            form.add(new Paragraph(getTranslation("guidance.editor.children", draft.children().size())));
        }
    }

    /** One dated value of a figure: from when, until when (optional), the value, its source. */
    private final class ValueRow {
        private final ItemContent.Child original;
        private final DatePicker validFrom = new DatePicker(getTranslation("guidance.editor.figure.valid-from"));
        private final DatePicker validUntil = new DatePicker(getTranslation("guidance.editor.figure.valid-until"));
        private final TextField value = new TextField(getTranslation("guidance.editor.figure.value"));
        private final TextField source = new TextField(getTranslation("guidance.editor.figure.source"));
        private final Div row = new Div();
        private final boolean list;

        /** @param list whether the figure is a list (countries, occupations): then commas separate values */
        ValueRow(ItemContent.Child original, boolean list) {
            this.original = original;
            this.list = list;
            validFrom.setLocale(locale);
            validUntil.setLocale(locale);
            validFrom.setValue(date(original.properties().get("validFrom")));
            validUntil.setValue(date(original.properties().get("validUntil")));
            validUntil.setClearButtonVisible(true);
            value.setValue(String.join(", ", original.properties().getOrDefault("value", List.of())));
            value.setHelperText(getTranslation("guidance.editor.figure.value-help"));
            source.setValue(String.join("", original.properties().getOrDefault("source", List.of())));
            source.setWidth("24rem");
            Button remove = new Button(getTranslation("guidance.editor.figure.remove"), click -> {
                valueRows.remove(this);
                row.removeFromParent();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(validFrom, validUntil, value, source, remove);
            row.addClassName("figure-value");
        }

        ItemContent.Child child() {
            Map<String, List<String>> properties = new TreeMap<>(original.properties());
            LocalDate from = validFrom.getValue();
            LocalDate until = validUntil.getValue();
            put(properties, "validFrom", from == null ? List.of() : List.of(from + "T00:00:00.000+01:00"));
            put(properties, "validUntil", until == null ? List.of() : List.of(until + "T00:00:00.000+01:00"));
            List<String> parts = list ? java.util.Arrays.stream(value.getValue().split(","))
                    .map(String::strip).filter(part -> !part.isEmpty()).toList()
                    : value.getValue().isBlank() ? List.of() : List.of(value.getValue().strip());
            put(properties, "value", parts);
            put(properties, "source", source.getValue().isBlank() ? List.of() : List.of(source.getValue().strip()));
            return new ItemContent.Child(from == null ? original.name() : from.toString(), properties);
        }

        private static void put(Map<String, List<String>> properties, String name, List<String> values) {
            if (values.isEmpty()) {
                properties.remove(name);
            } else {
                properties.put(name, values);
            }
        }

        private static @Nullable LocalDate date(@Nullable List<String> values) {
            if (values == null || values.isEmpty() || values.getFirst().length() < 10) {
                return null;
            }
            return LocalDate.parse(values.getFirst().substring(0, 10));
        }
    }

    /** One entry of a checklist: the document or step, and a note, in German and English. */
    private final class ChecklistRow {
        private final ItemContent.Child original;
        private final TextField labelDe = new TextField(getTranslation("guidance.editor.checklist.label-de"));
        private final TextField label = new TextField(getTranslation("guidance.editor.checklist.label-en"));
        private final TextField noteDe = new TextField(getTranslation("guidance.editor.checklist.note-de"));
        private final TextField note = new TextField(getTranslation("guidance.editor.checklist.note-en"));
        private final Div row = new Div();

        ChecklistRow(ItemContent.Child original) {
            this.original = original;
            labelDe.setValue(first(original, "label_de"));
            label.setValue(first(original, "label"));
            noteDe.setValue(first(original, "note_de"));
            note.setValue(first(original, "note"));
            Button remove = new Button(getTranslation("guidance.editor.checklist.remove"), click -> {
                checklistRows.remove(this);
                row.removeFromParent();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(labelDe, label, noteDe, note, remove);
            row.addClassName("checklist-entry");
        }

        ItemContent.Child child(int position) {
            Map<String, List<String>> properties = new TreeMap<>(original.properties());
            for (Map.Entry<String, TextField> field : Map.of("label_de", labelDe, "label", label, "note_de", noteDe,
                    "note", note).entrySet()) {
                String value = field.getValue().getValue().strip();
                if (value.isEmpty()) {
                    properties.remove(field.getKey());
                } else {
                    properties.put(field.getKey(), List.of(value));
                }
            }
            return new ItemContent.Child("item" + position, properties);
        }

        private static String first(ItemContent.Child child, String property) {
            List<String> values = child.properties().getOrDefault(property, List.of());
            return values.isEmpty() ? "" : values.getFirst();
        }
    }

    private void buildChecklist(ItemContent draft) {
        Div entries = new Div();
        entries.addClassName("checklist-entries");
        for (ItemContent.Child child : draft.children()) {
            ChecklistRow row = new ChecklistRow(child);
            checklistRows.add(row);
            entries.add(row.row);
        }
        Button add = new Button(getTranslation("guidance.editor.checklist.add"), click -> {
            ChecklistRow row = new ChecklistRow(new ItemContent.Child("new", Map.of()));
            checklistRows.add(row);
            entries.add(row.row);
            row.labelDe.focus();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.add(new H3(getTranslation("guidance.editor.checklist.entries")), entries, add);
    }

    private void buildValues(ItemContent draft) {
        Div values = new Div();
        values.addClassName("figure-values");
        H3 heading = new H3(getTranslation("guidance.editor.figure.values"));
        Paragraph help = new Paragraph(getTranslation("guidance.editor.figure.values-help"));
        boolean list = List.of("countries", "occupations").contains(draft.value("kind"));
        for (ItemContent.Child child : draft.children()) {
            ValueRow row = new ValueRow(child, list);
            valueRows.add(row);
            values.add(row.row);
        }
        Button add = new Button(getTranslation("guidance.editor.figure.add"), click -> {
            ValueRow row = new ValueRow(new ItemContent.Child("new", Map.of()), list);
            valueRows.add(row);
            values.add(row.row);
            row.validFrom.focus();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.add(heading, help, values, add);
    }

    private void addListField(String name, String label, List<String> values) {
        TextArea area = new TextArea(label);
        area.setHelperText(getTranslation("guidance.editor.list-help"));
        area.setValue(String.join("\n", values));
        area.setWidthFull();
        fields.put(name, area);
        form.add(area);
    }

    private ItemContent edited(GuidanceViews.EditorItem shown) {
        Map<String, List<String>> properties = new TreeMap<>(shown.draft().properties());
        fields.forEach((name, field) -> {
            String value = ((AbstractField<?, ?>) field).getValue() instanceof String text ? text : "";
            boolean list = LISTS.contains(name);
            List<String> values = list ? value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()
                    : value.isBlank() ? List.of() : List.of(value);
            if (values.isEmpty()) {
                properties.remove(name);
            } else {
                properties.put(name, values);
            }
        });
        LocalDate reviewed = lastReviewed.getValue();
        if (reviewed == null) {
            properties.remove("lastReviewed");
        } else {
            properties.put("lastReviewed", List.of(reviewed + "T00:00:00.000+01:00"));
        }
        List<ItemContent.Child> children = switch (shown.kind()) {
            case FIGURE -> valueRows.stream().map(ValueRow::child).toList();
            case CHECKLIST -> java.util.stream.IntStream.range(0, checklistRows.size())
                    .mapToObj(i -> checklistRows.get(i).child(i + 1)).toList();
            default -> shown.draft().children();
        };
        return new ItemContent(properties, children);
    }

    private void save() {
        GuidanceViews.EditorItem shown = item;
        if (shown == null) {
            return;
        }
        clearErrors();
        try {
            show(store.saveDraft(key, shown.version(), edited(shown), note.getValue(), locale));
            note.clear();
            message.setText(getTranslation("guidance.editor.saved"));
        } catch (InvalidRequestException e) {
            showErrors(e.problems());
        } catch (GuidanceChangedException e) {
            message.setText(getTranslation("guidance.editor.changed"));
        }
    }

    private void publish() {
        GuidanceViews.EditorItem shown = item;
        if (shown == null) {
            return;
        }
        clearErrors();
        try {
            show(store.publish(key, shown.version()));
            message.setText(getTranslation("guidance.editor.published"));
        } catch (InvalidRequestException e) {
            showErrors(e.problems());
        } catch (GuidanceChangedException e) {
            message.setText(getTranslation("guidance.editor.changed"));
        }
    }

    private void unpublish() {
        GuidanceViews.EditorItem shown = item;
        if (shown == null) {
            return;
        }
        try {
            show(store.unpublish(key, shown.version()));
            message.setText(getTranslation("guidance.editor.unpublished"));
        } catch (GuidanceChangedException e) {
            message.setText(getTranslation("guidance.editor.changed"));
        }
    }

    private void clearErrors() {
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
        message.setText("");
    }

    private void showErrors(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            Component field = fields.get(problem.field());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(problem.message());
                validated.setInvalid(true);
            }
        }
        StringBuilder text = new StringBuilder(getTranslation("guidance.editor.not-saved", problems.size()));
        problems.stream().filter(problem -> !(fields.get(problem.field()) instanceof HasValidation))
                .forEach(problem -> text.append(' ').append(problem.message()));
        message.setText(text.toString());
    }

    /** The unsaved text as the public would see it, in both languages, sanitised like on save. */
    private void showPreview() {
        GuidanceViews.EditorItem shown = item;
        if (shown == null) {
            return;
        }
        ItemContent content = edited(shown);
        previewSection.removeAll();
        previewSection.add(new H2(getTranslation("guidance.editor.preview-heading")));
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            Div page = new Div();
            page.addClassName("guidance-preview-page");
            page.getElement().setAttribute("lang", language.getLanguage());
            page.add(new H3(content.text(shown.kind().titleProperty(), language)));
            String summary = content.text("summary", language);
            if (!summary.isBlank()) {
                page.add(new Paragraph(summary));
            }
            String body = content.text(shown.kind() == GuidanceKind.FAQ ? "answer" : "body", language);
            if (!body.isBlank()) {
                page.add(new Html("<div class=\"rich-text\">" + GuidanceStore.sanitise(body)
                        + "</div>"));
            }
            previewSection.add(page);
        }
        previewSection.setVisible(true);
    }

    private void buildHistory(GuidanceViews.EditorItem shown) {
        history.removeAllColumns();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        history.addColumn(GuidanceViews.Revision::number).setHeader(getTranslation("guidance.editor.revision"))
                .setFlexGrow(0).setWidth("6rem");
        history.addColumn(revision -> format.format(revision.createdAt().atZone(BERLIN)) + ", " + revision.createdBy())
                .setHeader(getTranslation("guidance.editor.column.updated"));
        history.addColumn(revision -> (revision.published() ? getTranslation("guidance.editor.is-published") + " "
                : "") + (revision.note() == null ? "" : revision.note()))
                .setHeader(getTranslation("guidance.editor.column.note")).setFlexGrow(2);
        history.addComponentColumn(revision -> {
            Div actions = new Div();
            if (revision.number() != shown.latestRevision()) {
                Button compare = new Button(getTranslation("guidance.editor.compare"), click -> showDiff(revision));
                compare.setAriaLabel(getTranslation("guidance.editor.compare-for", revision.number()));
                Button restore = new Button(getTranslation("guidance.editor.restore"), click -> restore(revision));
                restore.setAriaLabel(getTranslation("guidance.editor.restore-for", revision.number()));
                for (Button button : List.of(compare, restore)) {
                    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    actions.add(button);
                }
            }
            return actions;
        }).setHeader(getTranslation("guidance.editor.column.actions")).setFlexGrow(2).setKey("actions");
        history.setItems(shown.history());
        history.setAriaLabel(getTranslation("guidance.editor.history"));
    }

    private void showDiff(GuidanceViews.Revision revision) {
        GuidanceViews.EditorItem shown = item;
        if (shown == null) {
            return;
        }
        diffSection.removeAll();
        diffSection.add(new H2(getTranslation("guidance.editor.diff-heading", revision.number(),
                shown.latestRevision())));
        UnorderedList lines = new UnorderedList();
        List<GuidanceViews.DiffLine> changed = new ArrayList<>();
        for (GuidanceViews.DiffLine line : store.diff(key, revision.number(), shown.latestRevision())) {
            if (line.change() != GuidanceViews.Change.SAME) {
                changed.add(line);
            }
        }
        for (GuidanceViews.DiffLine line : changed) {
            // the change is said in words, not by colour alone
            ListItem entry = new ListItem(getTranslation("guidance.editor.diff." + line.change().name()
                    .toLowerCase(Locale.ROOT), line.property(), Jsoup.parse(line.text()).text()));
            entry.addClassName("diff-" + line.change().name().toLowerCase(Locale.ROOT));
            lines.add(entry);
        }
        diffSection.add(changed.isEmpty() ? new Paragraph(getTranslation("guidance.editor.diff-none")) : lines);
        diffSection.setVisible(true);
    }

    private void restore(GuidanceViews.Revision revision) {
        GuidanceViews.EditorItem shown = item;
        if (shown == null) {
            return;
        }
        try {
            show(store.restore(key, shown.version(), revision.number()));
            message.setText(getTranslation("guidance.editor.restored", revision.number()));
        } catch (GuidanceChangedException e) {
            message.setText(getTranslation("guidance.editor.changed"));
        }
    }
}
