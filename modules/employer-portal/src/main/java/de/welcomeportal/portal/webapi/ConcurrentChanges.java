package de.welcomeportal.portal.webapi;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a public write again when another request (possibly on another portal node) changed the same record at the
 * same moment. Safe because the losing attempt's transaction was rolled back completely; the next attempt reads the
 * winner's state and decides anew (confirming a confirmed case changes nothing, withdrawing it still works).
 * Call it outside the transaction.
 */
public final class ConcurrentChanges {

    private static final int ATTEMPTS = 4;

    private ConcurrentChanges() {
    }

    public static <T> T retry(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    public static void retry(Runnable write) {
        retry(() -> {
            write.run();
            return null;
        });
    }
}
