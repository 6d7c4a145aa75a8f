package de.welcomeportal.webapp;

import org.springframework.boot.test.context.SpringBootTest;

/** The staff accounts flow on the embedded default database (H2). */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-flow;DB_CLOSE_DELAY=-1",
        "portal.admin.password=" + StaffAccountsFlowContract.ADMIN_PASSWORD})
class StaffAccountsFlowTest extends StaffAccountsFlowContract {
}
