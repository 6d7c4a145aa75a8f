package de.welcomeportal.portal.notification;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox view builds some keys from enum names, which the translations guard cannot see in the code. */
class OutboxTextsTest {

    @Test
    void every_status_and_every_kind_has_a_label_in_both_languages() {
        for (Locale language : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/notification", language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (OutboxStatus status : OutboxStatus.values()) {
                assertThat(bundle.containsKey("notification.outbox.status." + status)).as("%s %s", status, language)
                        .isTrue();
            }
            for (MailKind kind : MailKind.values()) {
                assertThat(bundle.containsKey("notification.outbox.kind." + kind.key())).as("%s %s", kind, language)
                        .isTrue();
                assertThat(bundle.containsKey("notification.mail." + kind.key() + ".subject")).isTrue();
                assertThat(bundle.containsKey("notification.mail." + kind.key() + ".body")).isTrue();
            }
        }
    }
}
