package de.welcomeportal.webapp;

import org.springframework.boot.test.context.SpringBootTest;

/** The pre-check flow on the embedded default database (H2). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:precheck-flow;DB_CLOSE_DELAY=-1"})
class PrecheckFlowTest extends PrecheckFlowContract {
}
