package de.welcomeportal.webapp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The staff accounts flow on PostgreSQL, the production database. */
@ExtendWith(PostgresTestDatabase.class)
@SpringBootTest(properties = {
        "spring.datasource.url=${PORTAL_TEST_POSTGRES_URL:}",
        "spring.datasource.username=${PORTAL_TEST_POSTGRES_USER:portal}",
        "spring.datasource.password=${PORTAL_TEST_POSTGRES_PASSWORD:}",
        "portal.admin.password=" + StaffAccountsFlowContract.ADMIN_PASSWORD})
@ActiveProfiles("postgres")
class PostgresStaffAccountsFlowTest extends StaffAccountsFlowContract {

    @BeforeAll
    static void startFromAnEmptyDatabase() {
        PostgresTestDatabase.dropAllTables();
    }
}
