package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A fee on the way, with its amount from the figures in force and the norm or source it rests on. */
public record Fee(FeeCode code, BigDecimal amount, String norm) {

    public Fee {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(norm, "norm");
    }
}
