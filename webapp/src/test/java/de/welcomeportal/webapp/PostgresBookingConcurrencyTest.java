package de.welcomeportal.webapp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** No double booking on PostgreSQL, the production database. */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${PORTAL_TEST_POSTGRES_URL:}",
        "spring.datasource.username=${PORTAL_TEST_POSTGRES_USER:portal}",
        "spring.datasource.password=${PORTAL_TEST_POSTGRES_PASSWORD:}"})
@ActiveProfiles("postgres")
class PostgresBookingConcurrencyTest extends BookingConcurrencyContract {

    @BeforeAll
    static void startFromAnEmptyDatabase() {
        PostgresTestDatabase.dropAllTables();
    }
}
