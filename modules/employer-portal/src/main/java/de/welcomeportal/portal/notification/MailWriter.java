package de.welcomeportal.portal.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import de.welcomeportal.portal.precheck.PrecheckEvents;
import de.welcomeportal.portal.site.PortalLocales;
import de.welcomeportal.portal.site.SiteProperties;

/**
 * Writes the mails to employers from the texts in {@code i18n/notification_*.properties}: greeting with the
 * contact's name, the kind's text with the reference (and the case link where the event carries one), closing
 * with the Welcome-Center's name and public contact.
 *
 * <p>Plain text only. Every mail program shows it, screen readers read it as it is, and every program turns the
 * case link on its own line into a link; the outbox keeps exactly the text that went out, so a retry sends the
 * same mail an administrator sees. An HTML part would add nothing the employer needs, only a second body to keep
 * accessible and escaped.
 *
 * <p>What a mail may contain is decided here: the reference, the contact's name, the case link and the
 * Welcome-Center's public details. The events carry nothing about the candidate, and nothing else goes in.
 */
@Component
class MailWriter {

    private static final String BUNDLE = "i18n/notification";

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final SiteProperties site;

    MailWriter(SiteProperties site) {
        this.site = site;
        texts.setBasename(BUNDLE);
        texts.setDefaultEncoding(StandardCharsets.UTF_8.name());
        texts.setFallbackToSystemLocale(false);
    }

    Mail submitted(PrecheckEvents.Submitted event) {
        return write(MailKind.SUBMITTED, event.reference(), event.contact(), event.caseLink());
    }

    Mail confirmed(PrecheckEvents.Confirmed event) {
        return write(MailKind.CONFIRMED, event.reference(), event.contact(), null);
    }

    Mail questionAsked(PrecheckEvents.QuestionAsked event) {
        return write(MailKind.QUESTION_ASKED, event.reference(), event.contact(), null);
    }

    Mail answered(PrecheckEvents.Answered event) {
        return write(MailKind.ANSWERED, event.reference(), event.contact(), null);
    }

    Mail linkRenewed(PrecheckEvents.LinkRenewed event) {
        return write(MailKind.LINK_RENEWED, event.reference(), event.contact(), event.caseLink());
    }

    private Mail write(MailKind kind, String reference, PrecheckEvents.Contact contact, @Nullable URI caseLink) {
        Locale language = PortalLocales.supported(contact.language().toLanguageTag()).orElse(PortalLocales.GERMAN);
        String name = oneLine(contact.name());
        String link = caseLink == null ? "" : caseLink.toASCIIString();
        String prefix = "notification.mail." + kind.key();

        String greeting = name.isEmpty() ? text("notification.mail.greeting-without-name", language)
                : text("notification.mail.greeting", language, name);
        String contactLine = Stream.of(site.contactEmail(), site.contactPhone())
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(", "));
        StringBuilder body = new StringBuilder()
                .append(greeting).append("\n\n")
                .append(text(prefix + ".body", language, reference, link)).append("\n\n")
                .append(text("notification.mail.closing", language, site.logoText())).append("\n\n");
        if (!contactLine.isEmpty()) {
            body.append(text("notification.mail.contact", language, contactLine)).append('\n');
        }
        body.append(text("notification.mail.automatic", language)).append('\n');
        return new Mail(kind, reference, contact.email().strip(), language,
                text(prefix + ".subject", language, reference), body.toString());
    }

    private String text(String key, Locale language, Object... arguments) {
        return texts.getMessage(key, arguments, language);
    }

    /** A name typed by the employer, as one line: line breaks and control characters would break the layout. */
    private static String oneLine(@Nullable String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").strip();
    }
}
