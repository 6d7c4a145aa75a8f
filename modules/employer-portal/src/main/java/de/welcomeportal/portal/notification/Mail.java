package de.welcomeportal.portal.notification;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A written mail, ready to be sent or kept: plain text in the employer's language, and at most one file attached
 * (an appointment file).
 *
 * @param reference  the case or booking reference, the only thing about a mail that may appear in logs
 * @param recipient  the employer's e-mail address
 * @param attachment the file sent with the text; {@code null} for a plain-text mail
 */
record Mail(MailKind kind, String reference, String recipient, Locale language, String subject, String body,
            @Nullable Attachment attachment) {

    /** A plain-text mail without attachment. */
    Mail(MailKind kind, String reference, String recipient, Locale language, String subject, String body) {
        this(kind, reference, recipient, language, subject, body, null);
    }

    /** Without the address and the text: a mail may end up in a log line or an exception message this way. */
    @Override
    public String toString() {
        return "Mail[" + kind + " for " + reference + (attachment == null ? "" : " with attachment") + "]";
    }

    /**
     * A text file sent with the mail, kept in the outbox as it went out.
     *
     * @param fileName    the name mail programs show, e.g. {@code termin-T-7K3M-9QXA.ics}
     * @param contentType the MIME type with its parameters, e.g. {@link #CALENDAR}
     * @param content     the file's text, sent in UTF-8
     */
    record Attachment(String fileName, String contentType, String content) {

        /** An iCalendar file (RFC 5545) that adds an appointment to a calendar, or updates or cancels it. */
        static final String CALENDAR = "text/calendar; charset=UTF-8";
        static final int NAME_LENGTH = 100;
        static final int TYPE_LENGTH = 100;
        static final int CONTENT_LENGTH = 20_000;

        Attachment {
            if (fileName.isBlank() || fileName.length() > NAME_LENGTH) {
                throw new IllegalArgumentException("An attachment needs a file name of 1 to " + NAME_LENGTH
                        + " characters");
            }
            if (contentType.isBlank() || contentType.length() > TYPE_LENGTH) {
                throw new IllegalArgumentException("An attachment needs a content type of 1 to " + TYPE_LENGTH
                        + " characters");
            }
            if (content.length() > CONTENT_LENGTH) {
                throw new IllegalArgumentException("An attachment may have " + CONTENT_LENGTH
                        + " characters at most, so that the outbox can keep it");
            }
        }

        /** An appointment file. */
        static Attachment calendar(String fileName, String content) {
            return new Attachment(fileName, CALENDAR, content);
        }

        /** The file's name only: the content may hold a personal link. */
        @Override
        public String toString() {
            return "Attachment[" + fileName + "]";
        }
    }
}
