package de.welcomeportal.portal.selfcheck.rules;

import java.util.List;
import java.util.Objects;

/** Something the employer or the candidate should do next, as a code with parameters. */
public record NextStep(StepCode code, List<Object> params) {

    public NextStep {
        Objects.requireNonNull(code, "code");
        params = List.copyOf(params);
    }

    public static NextStep of(StepCode code, Object... params) {
        return new NextStep(code, List.of(params));
    }
}
