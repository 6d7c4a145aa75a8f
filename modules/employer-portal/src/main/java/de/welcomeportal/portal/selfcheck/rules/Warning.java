package de.welcomeportal.portal.selfcheck.rules;

import java.util.List;
import java.util.Objects;

/** A caveat for the whole assessment (quota, a change of the law, the turn of the year), as a code with parameters. */
public record Warning(WarningCode code, List<Object> params) {

    public Warning {
        Objects.requireNonNull(code, "code");
        params = List.copyOf(params);
    }

    public static Warning of(WarningCode code, Object... params) {
        return new Warning(code, List.of(params));
    }
}
