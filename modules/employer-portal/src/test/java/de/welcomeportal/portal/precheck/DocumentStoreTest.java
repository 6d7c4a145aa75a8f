package de.welcomeportal.portal.precheck;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentStoreTest {

    @Test
    void the_type_comes_from_the_content_not_the_name() {
        assertThat(DocumentStore.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(DocumentStore.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains("image/png");
        assertThat(DocumentStore.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains("image/jpeg");
        assertThat(DocumentStore.sniff("MZ\u0090\u0000 pretend.pdf".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentStore.sniff("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1))).as("zip").isEmpty();
        assertThat(DocumentStore.sniff(new byte[0])).isEmpty();
        assertThat(DocumentStore.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void file_names_lose_paths_and_control_characters_and_get_the_real_extension() {
        assertThat(DocumentStore.cleanName("../../etc/passwd", "application/pdf")).isEqualTo("passwd.pdf");
        assertThat(DocumentStore.cleanName("C:\\Users\\x\\Zeugnis.PDF", "application/pdf")).isEqualTo("Zeugnis.PDF");
        assertThat(DocumentStore.cleanName("scan\u0000<1>.exe", "image/png")).isEqualTo("scan__1_.exe.png");
        assertThat(DocumentStore.cleanName("", "image/jpeg")).isEqualTo("dokument.jpg");
        assertThat(DocumentStore.cleanName(".htaccess", "image/jpeg")).isEqualTo("dokument.htaccess.jpg");
        assertThat(DocumentStore.cleanName("a".repeat(300), "application/pdf")).hasSizeLessThanOrEqualTo(124);
    }
}
