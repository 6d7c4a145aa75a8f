package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

/** Short ways to write the cases the rule tests need; everything not said takes the contract's default. */
final class Cases {

    static final LocalDate MID_2024 = LocalDate.of(2024, 6, 15);
    static final LocalDate MID_2025 = LocalDate.of(2025, 6, 15);
    static final LocalDate MID_2026 = LocalDate.of(2026, 6, 15);

    private static final SelfCheckEngine ENGINE = new SelfCheckEngine();

    private Cases() {
    }

    /** A candidate abroad, aged 30, with the given citizenships. */
    static Candidate.Builder abroad(String... citizenships) {
        return Candidate.builder().citizenships(citizenships).age(30).abroad();
    }

    /** A candidate aged 30 already in Germany. */
    static Candidate.Builder inGermany(InGermany situation, String... citizenships) {
        return Candidate.builder().citizenships(citizenships).age(30).inGermany(situation);
    }

    static InGermany.Builder status(ResidenceStatus status) {
        return InGermany.builder(status);
    }

    /** A qualified, permanent, full-time job. */
    static Job.Builder qualifiedJob(String isco, String salary) {
        return Job.builder().isco(isco).qualified(true).grossAnnualSalary(salary);
    }

    /** An unqualified, permanent, full-time job. */
    static Job.Builder helperJob(String isco, String salary) {
        return Job.builder().isco(isco).qualified(false).grossAnnualSalary(salary);
    }

    static Qualification degree(Recognition recognition) {
        return Qualification.degree(recognition);
    }

    static Qualification vocational(Recognition recognition) {
        return Qualification.vocational(recognition);
    }

    /** A vocational qualification recognised by the issuing state, with the given length and ZAB confirmation. */
    static Qualification stateRecognisedTraining(Integer years, boolean confirmed) {
        return Qualification.builder().kind(QualificationKind.VOCATIONAL).trainingYears(years)
                .stateRecognisedAbroad(true).confirmedByGermanBody(confirmed).build();
    }

    static SelfCheckCase on(LocalDate date, Candidate.Builder candidate, Job.Builder job) {
        return new SelfCheckCase(date, candidate.build(), job.build());
    }

    /** One rule on its own, with the test figures valid on the decision date. */
    static PathwayResult assess(PathwayRule rule, SelfCheckCase selfCheckCase) {
        return rule.assess(CaseFacts.of(selfCheckCase, TestFigures.on(selfCheckCase.decisionDate())));
    }

    /** One rule on its own, with the given figures. */
    static PathwayResult assess(PathwayRule rule, SelfCheckCase selfCheckCase, RuleFigures figures) {
        return rule.assess(CaseFacts.of(selfCheckCase, figures));
    }

    /** The whole engine, with the test figures valid on the decision date. */
    static Assessment assess(SelfCheckCase selfCheckCase) {
        return ENGINE.assess(selfCheckCase, TestFigures.on(selfCheckCase.decisionDate()));
    }

    static boolean hasReason(PathwayResult result, ReasonCode code) {
        for (Reason reason : result.reasons()) {
            if (reason.code() == code) {
                return true;
            }
        }
        return false;
    }

    static boolean hasStep(PathwayResult result, StepCode code) {
        for (NextStep step : result.nextSteps()) {
            if (step.code() == code) {
                return true;
            }
        }
        return false;
    }

    static boolean misses(PathwayResult result, MissingCode code) {
        for (Missing item : result.missing()) {
            if (item.code() == code) {
                return true;
            }
        }
        return false;
    }

    static boolean warns(Assessment assessment, WarningCode code) {
        for (Warning warning : assessment.warnings()) {
            if (warning.code() == code) {
                return true;
            }
        }
        return false;
    }
}
