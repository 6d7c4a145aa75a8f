package de.welcomeportal.portal.guidance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;

/** For editors: all guidance items with their status, filtered by kind, topic, status and text. */
@Route(value = GuidanceListView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({Role.EDITOR_ROLE, Role.ADMIN_ROLE})
class GuidanceListView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "editor/guidance";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final GuidanceStore store;
    private final PageTitles titles;
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private final Select<@Nullable GuidanceKind> kind = new Select<>();
    private final Select<@Nullable String> topic = new Select<>();
    private final Select<GuidanceViews.@Nullable Status> status = new Select<>();
    private final TextField text = new TextField();
    private final Grid<GuidanceViews.Summary> grid = new Grid<>();
    private final Select<GuidanceKind> newKind = new Select<>();
    private final Select<String> newTopic = new Select<>();
    private final TextField newKey = new TextField();
    private final Button create = new Button();
    private final com.vaadin.flow.component.html.H2 newHeading = new com.vaadin.flow.component.html.H2();
    private List<GuidanceViews.Summary> all = List.of();
    private Locale locale = Locale.GERMAN;

    GuidanceListView(GuidanceStore store, PageTitles titles) {
        this.store = store;
        this.titles = titles;
        kind.setItems(GuidanceKind.values());
        topic.setItems(GuidanceOverviewView.TOPICS);
        status.setItems(GuidanceViews.Status.values());
        kind.setEmptySelectionAllowed(true);
        topic.setEmptySelectionAllowed(true);
        status.setEmptySelectionAllowed(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        kind.addValueChangeListener(change -> filter());
        topic.addValueChangeListener(change -> filter());
        status.addValueChangeListener(change -> filter());
        text.addValueChangeListener(change -> filter());
        grid.setAllRowsVisible(true);
        Div filters = new Div(kind, topic, status, text);
        filters.addClassName("guidance-filters");
        newKind.setItems(List.of(GuidanceKind.values()).stream().filter(GuidanceKind::isPage)
                .filter(value -> value != GuidanceKind.LEGAL).toList());
        newKind.setValue(GuidanceKind.ARTICLE);
        newTopic.setItems(GuidanceOverviewView.TOPICS);
        newKind.addValueChangeListener(change -> newTopic.setVisible(change.getValue() == GuidanceKind.ARTICLE));
        newKey.setMaxLength(80);
        create.addClickListener(click -> create());
        Div creation = new Div(newKind, newTopic, newKey, create);
        creation.addClassName("guidance-create");
        add(heading, intro, filters, grid, newHeading, creation);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("guidance.editor.list.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        locale = event.getLocale();
        heading.setText(getTranslation("guidance.editor.list.title"));
        intro.setText(getTranslation("guidance.editor.list.intro"));
        kind.setLabel(getTranslation("guidance.editor.kind"));
        kind.setEmptySelectionCaption(getTranslation("guidance.editor.all"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("guidance.editor.all")
                : getTranslation("guidance.kind." + value.key()));
        topic.setLabel(getTranslation("guidance.editor.topic"));
        topic.setEmptySelectionCaption(getTranslation("guidance.editor.all"));
        topic.setItemLabelGenerator(value -> value == null ? getTranslation("guidance.editor.all")
                : getTranslation("guidance.topic." + value));
        status.setLabel(getTranslation("guidance.editor.status"));
        status.setEmptySelectionCaption(getTranslation("guidance.editor.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("guidance.editor.all")
                : getTranslation("guidance.state." + value.name().toLowerCase(Locale.ROOT)));
        text.setLabel(getTranslation("guidance.editor.search"));
        grid.removeAllColumns();
        grid.addColumn(GuidanceViews.Summary::title).setHeader(getTranslation("guidance.editor.column.title"))
                .setFlexGrow(3);
        grid.addColumn(summary -> getTranslation("guidance.kind." + summary.kind().key()))
                .setHeader(getTranslation("guidance.editor.kind"));
        grid.addColumn(summary -> summary.topic() == null ? "" : getTranslation("guidance.topic." + summary.topic()))
                .setHeader(getTranslation("guidance.editor.topic"));
        grid.addColumn(summary -> getTranslation("guidance.state." + summary.status().name().toLowerCase(Locale.ROOT))
                + (summary.conflict() == null ? "" : " – " + getTranslation("guidance.editor.has-conflict")))
                .setHeader(getTranslation("guidance.editor.status"));
        grid.addColumn(summary -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(summary.updatedAt().atZone(BERLIN)) + ", " + summary.updatedBy())
                .setHeader(getTranslation("guidance.editor.column.updated"));
        grid.addComponentColumn(summary -> {
            Button edit = new Button(getTranslation("guidance.editor.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(GuidanceEditorView.class, summary.key())));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("guidance.editor.edit-for", summary.title()));
            return edit;
        }).setFlexGrow(0).setWidth("9rem");
        grid.setAriaLabel(getTranslation("guidance.editor.list.title"));
        newHeading.setText(getTranslation("guidance.editor.new"));
        newKind.setLabel(getTranslation("guidance.editor.new-kind"));
        newKind.setItemLabelGenerator(value -> getTranslation("guidance.kind." + value.key()));
        newTopic.setLabel(getTranslation("guidance.editor.new-topic"));
        newTopic.setItemLabelGenerator(value -> getTranslation("guidance.topic." + value));
        newKey.setLabel(getTranslation("guidance.editor.key"));
        newKey.setHelperText(getTranslation("guidance.editor.key-pattern"));
        create.setText(getTranslation("guidance.editor.create"));
        all = store.list(locale);
        filter();
    }

    private void create() {
        newKey.setInvalid(false);
        newTopic.setInvalid(false);
        try {
            GuidanceViews.EditorItem created = store.create(newKind.getValue(), newKey.getValue().strip(),
                    newTopic.getValue(), locale);
            getUI().ifPresent(ui -> ui.navigate(GuidanceEditorView.class, created.key()));
        } catch (de.welcomeportal.portal.webapi.InvalidRequestException e) {
            e.problems().forEach(problem -> {
                if (problem.field().equals("topic")) {
                    newTopic.setErrorMessage(problem.message());
                    newTopic.setInvalid(true);
                } else {
                    newKey.setErrorMessage(problem.message());
                    newKey.setInvalid(true);
                }
            });
        }
    }

    private void filter() {
        String needle = text.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(summary -> kind.getValue() == null || summary.kind() == kind.getValue())
                .filter(summary -> topic.getValue() == null || topic.getValue().equals(summary.topic()))
                .filter(summary -> status.getValue() == null || summary.status() == status.getValue())
                .filter(summary -> needle.isEmpty() || summary.title().toLowerCase(Locale.ROOT).contains(needle)
                        || summary.key().contains(needle))
                .toList());
    }
}
