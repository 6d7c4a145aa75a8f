package de.welcomeportal.portal.selfcheck.rules;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Assesses a hiring case against the figures valid on its decision date and recommends a pathway.
 *
 * <p>Every rule that concerns the person is assessed. The recommendation is chosen as the self-check contract says:
 * free movement first; then the pathway of the person's own status in Germany when it covers the job (the change of
 * employer within an employer-bound title, a Blue Card holder's change, a student's, job seeker's or Chancenkarte
 * holder's side job); then the first eligible pathway in the order of {@link Pathway}; else the first conditional
 * one; else {@link Pathway#NONE} with next steps. The other open pathways become alternatives.
 *
 * <p>The engine is stateless and thread-safe; one instance serves all requests.
 */
public final class SelfCheckEngine {

    private static final String NONE_NORM = "§ 4a Abs. 1 AufenthG, § 18 Abs. 2 AufenthG";
    private static final Pathway[] PATHWAYS = Pathway.values();

    /** One rule per pathway, in the order of preference. */
    private static final PathwayRule[] RULES = {
            new FreeMovementRule(),
            new ExistingTitleRule(),
            new TemporaryProtectionRule(),
            new BlueCardRule(),
            new SkilledWorkerAcademicRule(),
            new SkilledWorkerVocationalRule(),
            new ExperiencedWorkerRule(),
            new RecognitionPartnershipRule(),
            new RecognitionMeasureRule(),
            new PrivilegedNationalityRule(),
            new WesternBalkansRule(),
            new EmploymentTolerationRule(),
            new ToleratedEmploymentRule(),
            new AsylumSeekerEmploymentRule(),
            new NursingAssistantRule(),
            new ShortTermContingentRule(),
            new VocationalTrainingRule(),
            new StudentWorkRule(),
            new JobSeekerRule(),
            new OpportunityCardRule(),
    };

    /**
     * Assesses the case.
     *
     * @param selfCheckCase the employer's question
     * @param figures       the yearly figures and lists valid on {@code selfCheckCase.decisionDate()}; choosing them
     *                      (and refusing dates without figures) is the caller's job
     */
    public Assessment assess(SelfCheckCase selfCheckCase, RuleFigures figures) {
        CaseFacts facts = CaseFacts.of(selfCheckCase, figures);
        @Nullable PathwayResult[] results = new PathwayResult[PATHWAYS.length];
        List<PathwayResult> closed = new ArrayList<>();
        for (PathwayRule rule : RULES) {
            if (!rule.concerns(facts)) {
                continue;
            }
            PathwayResult result = rule.assess(facts);
            results[rule.pathway().ordinal()] = result;
            if (!result.isOpen()) {
                closed.add(result);
            } else if (rule.pathway() == Pathway.FREE_MOVEMENT) {
                break; // an EU, EEA or Swiss citizen needs nothing else; other pathways would only be noise
            }
        }
        PathwayResult recommendation = recommend(facts, results);
        if (recommendation == null) {
            recommendation = none(facts, closed);
        }
        List<PathwayResult> alternatives = new ArrayList<>();
        for (PathwayResult result : results) {
            if (result != null && result != recommendation && result.isOpen()) {
                alternatives.add(result);
            }
        }
        List<Warning> warnings = Warnings.of(facts, recommendation, alternatives);
        return new Assessment(selfCheckCase.decisionDate(), figures.validFrom(), recommendation, alternatives,
                warnings, closed);
    }

    private static @Nullable PathwayResult recommend(CaseFacts facts, @Nullable PathwayResult[] results) {
        PathwayResult freeMovement = results[Pathway.FREE_MOVEMENT.ordinal()];
        if (freeMovement != null && freeMovement.outcome() == Outcome.ELIGIBLE) {
            return freeMovement;
        }
        Pathway own = ownStatusPathway(facts);
        if (own != null) {
            PathwayResult result = results[own.ordinal()];
            if (result != null && result.outcome() == Outcome.ELIGIBLE) {
                return result;
            }
        }
        for (Outcome wanted : new Outcome[] {Outcome.ELIGIBLE, Outcome.CONDITIONAL}) {
            for (PathwayResult result : results) {
                if (result != null && result.outcome() == wanted) {
                    return result;
                }
            }
        }
        return null;
    }

    /**
     * The pathway the person's own status in Germany offers for the job: the contract maps an employer-bound title to
     * its pathway (the permission to change employer), a Blue Card to the Blue Card, and students, job seekers and
     * Chancenkarte holders to their side-job rules when the job fits their limits.
     */
    private static @Nullable Pathway ownStatusPathway(CaseFacts facts) {
        InGermany inGermany = facts.inGermany;
        if (inGermany == null) {
            return null;
        }
        return switch (inGermany.status()) {
            case PERMIT_BOUND_TO_EMPLOYER -> inGermany.currentTitlePathway();
            case BLUE_CARD -> Pathway.BLUE_CARD;
            case STUDENT -> Pathway.STUDENT_WORK_16B;
            case JOB_SEEKER -> Pathway.JOB_SEEKER_20;
            case OPPORTUNITY_CARD -> Pathway.CHANCENKARTE_20A;
            default -> null;
        };
    }

    /**
     * No pathway is open: say why (the blocking reasons of the pathways that concern the person) and what could open
     * one — recognition, a recognition partnership, the Chancenkarte, vocational training, advice.
     */
    private static PathwayResult none(CaseFacts facts, List<PathwayResult> closed) {
        ResultBuilder result = new ResultBuilder(Pathway.NONE, NONE_NORM);
        result.fail(ReasonCode.NO_PATHWAY_OPEN, NONE_NORM);
        for (PathwayResult pathway : closed) {
            for (Reason reason : pathway.reasons()) {
                if (reason.code().effect() == ReasonCode.Effect.BLOCKS) {
                    result.summarise(reason);
                }
            }
            for (NextStep step : pathway.nextSteps()) {
                result.step(step.code(), step.params().toArray());
            }
        }
        if (!facts.asylumOrToleration()) {
            QualificationKind kind = facts.qualification.kind();
            Recognition recognition = facts.qualification.recognition();
            boolean qualified = kind == QualificationKind.VOCATIONAL || kind == QualificationKind.ACADEMIC;
            if (qualified && (recognition == Recognition.NOT_ASSESSED || recognition == Recognition.NEGATIVE)) {
                result.step(kind == QualificationKind.ACADEMIC
                        ? StepCode.APPLY_FOR_STATEMENT_OF_COMPARABILITY
                        : StepCode.APPLY_FOR_RECOGNITION);
            }
            if (qualified) {
                result.step(StepCode.CONSIDER_RECOGNITION_PARTNERSHIP);
            }
            if (facts.abroad && !facts.freeMovementCitizen) {
                result.step(StepCode.CONSIDER_OPPORTUNITY_CARD);
            }
            if (facts.job.kind().isEmployment()) {
                result.step(StepCode.CONSIDER_VOCATIONAL_TRAINING);
            }
        }
        result.step(StepCode.ASK_WELCOME_CENTER_FOR_ADVICE);
        result.guidance(GuidanceKeys.RECOGNITION);
        return result.build();
    }
}
