package de.welcomeportal.portal.selfcheck.rules;

import java.util.List;
import java.util.Objects;

/** Something that, once supplied, opens a {@link Outcome#CONDITIONAL} pathway; with its norm and parameters. */
public record Missing(MissingCode code, String norm, List<Object> params) {

    public Missing {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(norm, "norm");
        params = List.copyOf(params);
    }

    public static Missing of(MissingCode code, String norm, Object... params) {
        return new Missing(code, norm, List.of(params));
    }
}
