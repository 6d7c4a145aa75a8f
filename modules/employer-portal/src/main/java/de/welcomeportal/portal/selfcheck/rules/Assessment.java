package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link SelfCheckCase}.
 *
 * @param decisionDate      the decision date the case was assessed for
 * @param figuresValidFrom  from when the yearly figures used were valid
 * @param recommendation    the preferred open pathway, or {@link Pathway#NONE} when none is open
 * @param alternatives      the other open pathways, in order of preference
 * @param warnings          caveats for the whole assessment
 * @param closedPathways    pathways that concern this person but are closed, with the reasons why; lets the
 *                          result page answer "why not the Blue Card?"
 */
public record Assessment(
        LocalDate decisionDate,
        LocalDate figuresValidFrom,
        PathwayResult recommendation,
        List<PathwayResult> alternatives,
        List<Warning> warnings,
        List<PathwayResult> closedPathways) {

    public Assessment {
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(figuresValidFrom, "figuresValidFrom");
        Objects.requireNonNull(recommendation, "recommendation");
        alternatives = List.copyOf(alternatives);
        warnings = List.copyOf(warnings);
        closedPathways = List.copyOf(closedPathways);
    }
}
