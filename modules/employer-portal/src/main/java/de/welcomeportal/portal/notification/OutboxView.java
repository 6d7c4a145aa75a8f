package de.welcomeportal.portal.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.site.PageTitles;
import de.welcomeportal.portal.staff.Role;
import de.welcomeportal.portal.staff.StaffLayout;

/**
 * The outbox for administrators: every mail to employers of the retention period, newest first, filterable by
 * status and reference. Selecting a mail opens its full text below the list; that is recorded in the audit log.
 */
@Route(value = OutboxView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(Role.ADMIN_ROLE)
class OutboxView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    static final String ROUTE = "admin/outbox";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Berlin");

    private final Outbox outbox;
    private final PageTitles titles;
    private final boolean sending;
    private final long retentionDays;

    private final H1 heading = new H1();
    private final Paragraph mode = new Paragraph();
    private final Paragraph auditHint = new Paragraph();
    private final Select<OutboxStatus> statusFilter = new Select<>();
    private final TextField referenceFilter = new TextField();
    private final Grid<OutboxEntry> grid = new Grid<>();

    private final Section detail = new Section();
    private final H2 detailSubject = new H2();
    private final DescriptionList detailFacts = new DescriptionList();
    private final H3 detailBodyHeading = new H3();
    private final Pre detailBody = new Pre();
    private final Button close = new Button();
    private @Nullable OutboxMailDetail opened;
    private DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    OutboxView(Outbox outbox, PageTitles titles, SmtpRelay relay, NotificationProperties properties) {
        this.outbox = outbox;
        this.titles = titles;
        this.sending = relay.configured();
        this.retentionDays = properties.outboxRetention().toDays();

        statusFilter.setItems(OutboxStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        referenceFilter.setValueChangeMode(ValueChangeMode.LAZY);
        referenceFilter.setClearButtonVisible(true);
        referenceFilter.setMaxLength(64);
        referenceFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Div filters = new Div(statusFilter, referenceFilter);
        filters.addClassName("outbox-filters");
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");

        grid.setItems(query -> outbox.newestFirst(filter(), query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(filter())));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() == null) {
                closeMail();
            } else {
                open(change.getValue());
            }
        });

        detailSubject.getElement().setAttribute("tabindex", "-1");
        detailBody.addClassName("outbox-mail-body");
        // As the mail program shows it: line breaks kept, long lines (the case link) wrapped, no sideways scrolling.
        detailBody.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> grid.asSingleSelect().clear());
        detail.add(detailSubject, detailFacts, detailBodyHeading, detailBody, close);
        detail.addClassName("outbox-mail");
        detail.setVisible(false);

        add(heading, mode, auditHint, filters, grid, detail);
    }

    private OutboxFilter filter() {
        return new OutboxFilter(statusFilter.getValue(), referenceFilter.getValue());
    }

    private void open(OutboxEntry entry) {
        Optional<OutboxMailDetail> mail = outbox.open(entry.id());
        if (mail.isEmpty()) {
            Notification.show(getTranslation("notification.outbox.detail.gone"), 5000,
                    Notification.Position.TOP_CENTER);
            grid.getDataProvider().refreshAll();
            return;
        }
        opened = mail.get();
        renderMail();
        detail.setVisible(true);
        detailSubject.getElement().callJsFunction("focus");
    }

    private void closeMail() {
        opened = null;
        detail.setVisible(false);
        detailBody.setText("");
    }

    private void renderMail() {
        OutboxMailDetail mail = opened;
        if (mail == null) {
            return;
        }
        OutboxEntry entry = mail.entry();
        detailSubject.setText(entry.subject());
        detailFacts.removeAll();
        fact("notification.outbox.detail.recipient", entry.recipient());
        fact("notification.outbox.detail.created", when(entry.createdAt()));
        fact("notification.outbox.detail.status", getTranslation("notification.outbox.status." + entry.status()));
        if (entry.sentAt() != null) {
            fact("notification.outbox.detail.sent", when(entry.sentAt()));
        }
        if (entry.status() != OutboxStatus.OUTBOX) {
            fact("notification.outbox.detail.attempts", String.valueOf(entry.attempts()));
        }
        if (mail.error() != null) {
            fact("notification.outbox.detail.error", mail.error());
        }
        if (mail.attachmentName() != null) {
            fact("notification.outbox.detail.attachment", mail.attachmentName());
        }
        detailBody.setText(mail.body());
        detailBody.getElement().setAttribute("lang", mail.language().getLanguage());
    }

    private void fact(String labelKey, String value) {
        detailFacts.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value));
    }

    private String when(Instant instant) {
        return format.format(instant);
    }

    @Override
    public String getPageTitle() {
        return titles.of(getTranslation("notification.outbox.title"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(event.getLocale())
                .withZone(PORTAL_ZONE);
        heading.setText(getTranslation("notification.outbox.title"));
        mode.setText(getTranslation(sending ? "notification.outbox.mode.smtp" : "notification.outbox.mode.outbox",
                retentionDays));
        auditHint.setText(getTranslation("notification.outbox.audit-hint"));
        statusFilter.setLabel(getTranslation("notification.outbox.filter.status"));
        statusFilter.setEmptySelectionCaption(getTranslation("notification.outbox.filter.all"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("notification.outbox.filter.all")
                : getTranslation("notification.outbox.status." + status));
        referenceFilter.setLabel(getTranslation("notification.outbox.filter.reference"));
        referenceFilter.setHelperText(getTranslation("notification.outbox.filter.reference-help"));

        grid.removeAllColumns();
        grid.addColumn(entry -> when(entry.createdAt())).setHeader(getTranslation("notification.outbox.column.created"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("notification.outbox.status." + entry.status()))
                .setHeader(getTranslation("notification.outbox.column.status")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::reference).setHeader(getTranslation("notification.outbox.column.reference"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("notification.outbox.kind." + entry.kind().key()))
                .setHeader(getTranslation("notification.outbox.column.kind")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("notification.outbox.column.recipient"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("notification.outbox.column.subject"))
                .setFlexGrow(1);

        detail.getElement().setAttribute("aria-label", getTranslation("notification.outbox.detail.label"));
        detailBodyHeading.setText(getTranslation("notification.outbox.detail.body"));
        close.setText(getTranslation("notification.outbox.detail.close"));
        renderMail();
    }
}
