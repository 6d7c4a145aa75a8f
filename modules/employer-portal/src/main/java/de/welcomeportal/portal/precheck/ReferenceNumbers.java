package de.welcomeportal.portal.precheck;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable, gap-tolerant case references: {@code WC-2026-000123}, counted per year. The counter row of the year is
 * updated in place, which locks it until the transaction ends, so two portal nodes never hand out the same number.
 */
@Component
class ReferenceNumbers {

    static final String PREFIX = "WC-";
    private final JdbcTemplate jdbc;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        int updated = jdbc.update(
                "update precheck_reference_counter set last_number = last_number + 1 where reference_year = ?", year);
        if (updated == 0) {
            try {
                jdbc.update("insert into precheck_reference_counter (reference_year, last_number) values (?, 1)", year);
            } catch (DuplicateKeyException anotherNodeStartedTheYear) {
                jdbc.update("update precheck_reference_counter set last_number = last_number + 1 where reference_year = ?",
                        year);
            }
        }
        Integer number = jdbc.queryForObject(
                "select last_number from precheck_reference_counter where reference_year = ?", Integer.class, year);
        return format(year, number == null ? 0 : number);
    }

    static String format(int year, int number) {
        return PREFIX + year + "-" + String.format("%06d", number);
    }
}
