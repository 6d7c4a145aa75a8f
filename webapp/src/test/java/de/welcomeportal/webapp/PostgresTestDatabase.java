package de.welcomeportal.webapp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the PostgreSQL suite runs against, named by {@code PORTAL_TEST_POSTGRES_URL},
 * {@code PORTAL_TEST_POSTGRES_USER} and {@code PORTAL_TEST_POSTGRES_PASSWORD} ({@code .ci/run} sets them).
 * Without them the suite is skipped with a visible message, except in CI, where a missing server is an error.
 */
final class PostgresTestDatabase implements ExecutionCondition {

    static final String URL = "PORTAL_TEST_POSTGRES_URL";
    static final String USER = "PORTAL_TEST_POSTGRES_USER";
    static final String PASSWORD = "PORTAL_TEST_POSTGRES_PASSWORD";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (configured()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getenv(URL));
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the PostgreSQL suite, but " + URL + " is not set (see .ci/run)");
        }
        String message = "PostgreSQL suite SKIPPED for " + context.getDisplayName() + ": set " + URL + ", " + USER
                + " and " + PASSWORD + " to run it (.ci/run does).";
        System.out.println("[WARNING] " + message);
        return ConditionEvaluationResult.disabled(message);
    }

    static boolean configured() {
        return System.getenv(URL) != null && !System.getenv(URL).isBlank();
    }

    /** Spring properties that point the portal at the test server, with the {@code postgres} profile. */
    static List<String> springArguments() {
        return List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + System.getenv(URL),
                "--spring.datasource.username=" + System.getenv().getOrDefault(USER, "portal"),
                "--spring.datasource.password=" + System.getenv().getOrDefault(PASSWORD, ""));
    }

    /** Empties the test database: every table of every module goes, as on a newly installed server. */
    static void dropAllTables() {
        try (Connection connection = DriverManager.getConnection(System.getenv(URL),
                System.getenv().getOrDefault(USER, "portal"), System.getenv().getOrDefault(PASSWORD, ""));
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the PostgreSQL test database: " + e.getMessage(), e);
        }
    }
}
