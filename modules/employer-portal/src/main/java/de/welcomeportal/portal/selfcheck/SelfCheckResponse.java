package de.welcomeportal.portal.selfcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import de.welcomeportal.portal.selfcheck.rules.Assessment;
import de.welcomeportal.portal.selfcheck.rules.BlueCardVariant;
import de.welcomeportal.portal.selfcheck.rules.Outcome;
import de.welcomeportal.portal.selfcheck.rules.Pathway;
import de.welcomeportal.portal.selfcheck.rules.PathwayResult;

/**
 * The answer of {@code POST /api/v1/self-check} as the published contract names it, with texts in the caller's
 * language. Beyond the contract: {@code documents}, {@code fees}, {@code durations} per pathway and
 * {@code closedPathways} (why other pathways do not fit).
 */
public record SelfCheckResponse(
        LocalDate decisionDate,
        LocalDate figuresValidFrom,
        PathwayAnswer recommendation,
        List<PathwayAnswer> alternatives,
        List<CodedText> warnings,
        List<PathwayAnswer> closedPathways) {

    public static SelfCheckResponse of(Assessment assessment, SelfCheckTexts texts, Locale locale) {
        return new SelfCheckResponse(assessment.decisionDate(), assessment.figuresValidFrom(),
                PathwayAnswer.of(assessment.recommendation(), texts, locale),
                assessment.alternatives().stream().map(result -> PathwayAnswer.of(result, texts, locale)).toList(),
                assessment.warnings().stream()
                        .map(w -> new CodedText(w.code().name(), texts.text(w.code(), w.params(), locale))).toList(),
                assessment.closedPathways().stream().map(result -> PathwayAnswer.of(result, texts, locale)).toList());
    }

    public record PathwayAnswer(
            Pathway pathway,
            @Nullable BlueCardVariant variant,
            Outcome outcome,
            @Nullable Boolean baApprovalRequired,
            boolean acceleratedProcedureSuitable,
            String legalBasis,
            List<NormedText> reasons,
            List<NormedText> missing,
            List<String> nextSteps,
            List<String> authorities,
            List<String> guidanceKeys,
            List<String> documents,
            List<FeeAnswer> fees,
            List<String> durations) {

        static PathwayAnswer of(PathwayResult result, SelfCheckTexts texts, Locale locale) {
            return new PathwayAnswer(result.pathway(), result.variant(), result.outcome(),
                    result.baApprovalRequired(), result.acceleratedProcedureSuitable(), result.legalBasis(),
                    result.reasons().stream().map(r -> new NormedText(r.code().name(),
                            texts.text(r.code(), r.params(), locale), r.norm())).toList(),
                    result.missing().stream().map(m -> new NormedText(m.code().name(),
                            texts.text(m.code(), m.params(), locale), m.norm())).toList(),
                    result.nextSteps().stream().map(s -> texts.text(s.code(), s.params(), locale)).toList(),
                    result.authorities().stream().map(a -> texts.text(a, locale)).toList(),
                    result.guidanceKeys(),
                    result.documents().stream().map(d -> texts.text(d, locale)).toList(),
                    result.fees().stream().map(f -> new FeeAnswer(f.code().name(), texts.text(f.code(), locale),
                            f.amount(), f.norm())).toList(),
                    result.durations().stream().map(d -> texts.text(d, locale)).toList());
        }
    }

    /** A text with the code it stands for and the norm it rests on. */
    public record NormedText(String code, String text, String norm) {
    }

    public record CodedText(String code, String text) {
    }

    public record FeeAnswer(String code, String text, BigDecimal amount, String norm) {
    }
}
