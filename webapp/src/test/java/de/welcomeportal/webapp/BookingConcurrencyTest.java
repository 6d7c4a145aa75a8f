package de.welcomeportal.webapp;

import org.springframework.boot.test.context.SpringBootTest;

/** No double booking on the embedded default database (H2). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:booking-race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
class BookingConcurrencyTest extends BookingConcurrencyContract {
}
