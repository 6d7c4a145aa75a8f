package de.welcomeportal.portal.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import de.welcomeportal.portal.staff.AuditEntry;
import de.welcomeportal.portal.staff.AuditLog;
import de.welcomeportal.testapp.KaribuTest;
import de.welcomeportal.testapp.TestSecurity;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox in the staff area: administrators only; opening a mail shows its text and is audited. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    OutboxMailRepository mails;
    @Autowired
    Outbox outbox;
    @Autowired
    AuditLog auditLog;

    private String reference;

    @BeforeEach
    void twoMails() {
        reference = "WC-2026-9%05d".formatted(System.nanoTime() % 100_000);
        Instant now = Instant.now();
        mails.save(OutboxMail.kept(new Mail(MailKind.SUBMITTED, reference, "erika.beispiel@firma.example",
                Locale.GERMAN, "Vorprüfung " + reference + ": Bitte bestätigen Sie Ihre E-Mail-Adresse",
                "Guten Tag Erika Beispiel,\n\nhttps://portal.example.org/mein-vorgang/token\n"), now));
        mails.save(OutboxMail.failed(new Mail(MailKind.CONFIRMED, reference + "-X", "john@company.example",
                Locale.ENGLISH, "Pre-check " + reference + "-X: Your request is now with the Welcome-Center",
                "Dear John,\n"), now.plusSeconds(1), "MailSendException: Connection refused", null));
    }

    @Test
    void an_administrator_finds_the_outbox_in_the_navigation_and_sees_the_newest_mail_first() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("staff");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("admin/outbox");

        UI.getCurrent().navigate("admin/outbox");
        _assertOne(OutboxView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Postausgang – Welcome-Center Kreis Lippe");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorgangsnummer")), reference);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, 0).reference()).isEqualTo(reference + "-X");
        assertThat(_get(grid, 1).reference()).isEqualTo(reference);
    }

    @Test
    void the_list_can_be_narrowed_to_a_status() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorgangsnummer")), reference.toLowerCase(Locale.ROOT));
        @SuppressWarnings("unchecked")
        Select<OutboxStatus> status = _get(Select.class, spec -> spec.withLabel("Status"));
        _setValue(status, OutboxStatus.FAILED);

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).status()).isEqualTo(OutboxStatus.FAILED);
    }

    @Test
    void opening_a_mail_shows_its_text_and_is_recorded_in_the_audit_log() {
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorgangsnummer")), reference);
        _assertNone(Pre.class);

        grid.select(_get(grid, 1));

        Section detail = _get(Section.class);
        assertThat(detail.isVisible()).isTrue();
        assertThat(_get(detail, Pre.class).getText())
                .isEqualTo("Guten Tag Erika Beispiel,\n\nhttps://portal.example.org/mein-vorgang/token\n");
        List<AuditEntry> audit = TestSecurity.actingAs(context, TestSecurity.staffMember("admin", "ADMIN"),
                () -> auditLog.newestFirst(Outbox.VIEWED_ACTION, 0, 10));
        assertThat(audit).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.target()).isEqualTo(reference);
            assertThat(entry.detail()).doesNotContain("erika").contains("SUBMITTED");
        });

        _click(_get(detail, Button.class, spec -> spec.withText("E-Mail schließen")));
        _assertNone(Pre.class);
    }

    @Test
    void an_appointment_mail_names_its_attached_file() {
        String booking = "T-VIEW-" + reference.substring(reference.length() - 5);
        mails.save(OutboxMail.kept(new Mail(MailKind.BOOKING_CONFIRMED, booking, "erika.beispiel@firma.example",
                Locale.GERMAN, "Termin " + booking + ": Ihr Termin ist bestätigt", "Guten Tag Erika Beispiel,\n",
                Mail.Attachment.calendar("termin-" + booking + ".ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")),
                Instant.now()));
        loginAs("admin", "ADMIN");
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Vorgangsnummer")), booking);
        assertThat(_size(grid)).isEqualTo(1);

        grid.select(_get(grid, 0));

        Section detail = _get(Section.class);
        assertThat(_find(detail, DescriptionList.Term.class)).extracting(DescriptionList.Term::getText)
                .contains("Anhang");
        assertThat(_find(detail, DescriptionList.Description.class)).extracting(DescriptionList.Description::getText)
                .contains("termin-" + booking + ".ics");
    }

    @Test
    void a_caseworker_is_refused_the_outbox_and_its_service() {
        loginAs("caseworker", "STAFF");
        UI.getCurrent().navigate("staff");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).doesNotContain("admin/outbox");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/outbox")).hasMessageContaining("Access is denied");
        _assertNone(OutboxView.class);

        assertThatThrownBy(() -> outbox.newestFirst(OutboxFilter.ALL, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.open(1)).isInstanceOf(AccessDeniedException.class);
    }
}
