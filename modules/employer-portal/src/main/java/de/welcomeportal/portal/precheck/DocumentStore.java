package de.welcomeportal.portal.precheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bytes of supporting documents, in a folder outside the web root. A file is written completely (to a temporary
 * name, then moved) before its database row exists; when the transaction rolls back, the file is removed again, and
 * files that lost their row in a crash are swept away by {@link #removeOrphans}.
 */
@Component
class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
    private final Path folder;

    /** @param folder shared by all nodes of a cluster (see docs/operations.md); the default lies in the data folder */
    DocumentStore(@Value("${portal.precheck.documents-directory:${portal.data-directory:./data}/documents}") Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The type of a file by its first bytes, if it is one the portal accepts. */
    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** A file name safe to show and to offer for download: no path, no control characters, at most 120 chars. */
    static String cleanName(String declared, String contentType) {
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "dokument" + name;
        }
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        String extension = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? name : name + extension;
    }

    /** Writes the bytes and returns their storage key; undone if the surrounding transaction rolls back. */
    String write(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve(key + ".part");
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, path(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a document in " + folder, e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return key;
    }

    InputStream read(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + key + " cannot be read", e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            log.warn("Document {} could not be deleted: {}", key, e.getMessage());
        }
    }

    /** Removes files that no row refers to and that are older than the grace period (crash leftovers). */
    int removeOrphans(java.util.function.Predicate<String> isReferenced, Instant now, Duration grace) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String key = name.endsWith(".part") ? name.substring(0, name.length() - 5) : name;
                if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(grace)) && !isReferenced.test(key)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Orphaned documents could not be swept: {}", e.getMessage());
        }
        return removed;
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return folder.resolve(key);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
