package de.welcomeportal.webapp;

import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;

/** First start and restart on PostgreSQL: the same migrations, the same one-time administrator. */
@ExtendWith(PostgresTestDatabase.class)
class PostgresFirstStartTest extends FirstStartContract {

    @Override
    protected List<String> databaseArguments() {
        return PostgresTestDatabase.springArguments();
    }

    @Override
    protected void emptyTheDatabase() {
        PostgresTestDatabase.dropAllTables();
    }
}
