package de.welcomeportal.portal.guidance;

import org.jspecify.annotations.Nullable;

/** A content file that cannot be read; the message names the file and line for the operator. */
final class ContentFileException extends RuntimeException {

    private final String fileName;
    private final int line;

    ContentFileException(String fileName, int line, String problem, @Nullable Throwable cause) {
        super(fileName + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.fileName = fileName;
        this.line = line;
    }

    String fileName() {
        return fileName;
    }

    int line() {
        return line;
    }
}
