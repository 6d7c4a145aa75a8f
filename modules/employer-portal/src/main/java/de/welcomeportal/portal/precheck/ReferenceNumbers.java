package de.welcomeportal.portal.precheck;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable, gap-tolerant case references: {@code WC-2026-000123}, counted per year. The counter row of the year is
 * updated in place, which locks it until the transaction ends, so two portal nodes never hand out the same number.
 * The row of a new year is created in a transaction of its own: when two nodes create it at once, one insert fails,
 * and on PostgreSQL a failed statement would spoil the whole submission's transaction.
 */
@Component
class ReferenceNumbers {

    static final String PREFIX = "WC-";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ReferenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        int updated = jdbc.update(
                "update precheck_reference_counter set last_number = last_number + 1 where reference_year = ?", year);
        if (updated == 0) {
            startYear(year);
            jdbc.update("update precheck_reference_counter set last_number = last_number + 1 where reference_year = ?",
                    year);
        }
        Integer number = jdbc.queryForObject(
                "select last_number from precheck_reference_counter where reference_year = ?", Integer.class, year);
        return format(year, number == null ? 0 : number);
    }

    private void startYear(int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into precheck_reference_counter (reference_year, last_number) values (?, 0)", year));
        } catch (DuplicateKeyException anotherNodeStartedTheYear) {
            // the row exists now, which is all that was needed
        }
    }

    static String format(int year, int number) {
        return PREFIX + year + "-" + String.format("%06d", number);
    }
}
