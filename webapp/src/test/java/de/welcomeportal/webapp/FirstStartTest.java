package de.welcomeportal.webapp;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

/** First start on the embedded default: an H2 file database in a fresh data folder. */
class FirstStartTest extends FirstStartContract {

    @TempDir
    Path dataDirectory;

    @Override
    protected List<String> databaseArguments() {
        return List.of("--portal.data-directory=" + dataDirectory);
    }

    @Override
    protected void emptyTheDatabase() {
        // a new temporary folder holds no database yet
    }
}
