package de.welcomeportal.portal.selfcheck.rules;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The assessment of one pathway.
 *
 * @param pathway                      the pathway
 * @param variant                      the Blue Card variant; {@code null} for every other pathway
 * @param outcome                      eligible, conditional (see {@code missing}) or not eligible
 * @param baApprovalRequired           whether the Federal Employment Agency must approve; {@code null} where no
 *                                     procedure exists (free movement, {@link Pathway#NONE})
 * @param acceleratedProcedureSuitable § 81a AufenthG fits and is recommended
 * @param legalBasis                   the norm the pathway rests on, e.g. "§ 18g Abs. 1 Satz 1 AufenthG"
 * @param reasons                      why, each with its norm
 * @param missing                      what must still be supplied; never empty when conditional
 * @param nextSteps                    what to do next
 * @param authorities                  who is involved
 * @param guidanceKeys                 keys of guidance articles that explain the pathway
 * @param documents                    documents the employer typically provides or obtains
 * @param fees                         fees on the way, with amounts from the figures in force
 * @param durations                    typical processing times
 */
public record PathwayResult(
        Pathway pathway,
        @Nullable BlueCardVariant variant,
        Outcome outcome,
        @Nullable Boolean baApprovalRequired,
        boolean acceleratedProcedureSuitable,
        String legalBasis,
        List<Reason> reasons,
        List<Missing> missing,
        List<NextStep> nextSteps,
        List<Authority> authorities,
        List<String> guidanceKeys,
        List<DocumentCode> documents,
        List<Fee> fees,
        List<ProcessingTime> durations) {

    public PathwayResult {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(legalBasis, "legalBasis");
        reasons = List.copyOf(reasons);
        missing = List.copyOf(missing);
        nextSteps = List.copyOf(nextSteps);
        authorities = List.copyOf(authorities);
        guidanceKeys = List.copyOf(guidanceKeys);
        documents = List.copyOf(documents);
        fees = List.copyOf(fees);
        durations = List.copyOf(durations);
    }

    /** ELIGIBLE or CONDITIONAL. */
    public boolean isOpen() {
        return outcome.isOpen();
    }
}
