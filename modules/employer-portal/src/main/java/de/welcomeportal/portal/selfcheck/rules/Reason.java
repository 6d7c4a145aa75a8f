package de.welcomeportal.portal.selfcheck.rules;

import java.util.List;
import java.util.Objects;

/**
 * Why a pathway is open or closed: a code, the norm it rests on, and the figures behind it (e.g. the salary and the
 * threshold) for the text to show. Amounts are {@link java.math.BigDecimal} euros, counts are integers, dates are
 * {@link java.time.LocalDate}; the caller formats them for the reader's language.
 */
public record Reason(ReasonCode code, String norm, List<Object> params) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(norm, "norm");
        params = List.copyOf(params);
    }

    public static Reason of(ReasonCode code, String norm, Object... params) {
        return new Reason(code, norm, List.of(params));
    }
}
