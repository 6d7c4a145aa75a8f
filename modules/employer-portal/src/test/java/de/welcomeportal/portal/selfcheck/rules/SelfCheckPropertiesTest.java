package de.welcomeportal.portal.selfcheck.rules;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties that hold for every valid case, checked on many cases drawn from a seeded random source. */
class SelfCheckPropertiesTest {

    private static final int CASES = 30_000;
    private final SelfCheckEngine engine = new SelfCheckEngine();

    @Test
    void the_engine_answers_every_valid_case_consistently() {
        RandomCases cases = new RandomCases(20261121L);
        for (int i = 0; i < CASES; i++) {
            SelfCheckCase selfCheckCase = cases.next();
            Assessment assessment = engine.assess(selfCheckCase, TestFigures.on(selfCheckCase.decisionDate()));
            String id = "case " + i + ": " + selfCheckCase;

            PathwayResult recommendation = assessment.recommendation();
            boolean anyEligible = recommendation.outcome() == Outcome.ELIGIBLE;
            for (PathwayResult alternative : assessment.alternatives()) {
                assertThat(alternative.isOpen()).as(id).isTrue();
                anyEligible |= alternative.outcome() == Outcome.ELIGIBLE;
            }
            if (anyEligible) {
                assertThat(recommendation.outcome()).as("an eligible pathway is recommended; " + id)
                        .isEqualTo(Outcome.ELIGIBLE);
            }
            if (recommendation.pathway() == Pathway.NONE) {
                assertThat(recommendation.outcome()).as(id).isEqualTo(Outcome.NOT_ELIGIBLE);
                assertThat(recommendation.baApprovalRequired()).as(id).isNull();
                assertThat(assessment.alternatives()).as(id).isEmpty();
                assertThat(recommendation.nextSteps()).as(id).isNotEmpty();
            } else {
                assertThat(recommendation.isOpen()).as(id).isTrue();
            }
            assertThat(assessment.alternatives()).as(id).doesNotContain(recommendation);

            List<PathwayResult> all = new ArrayList<>(assessment.alternatives());
            all.add(recommendation);
            all.addAll(assessment.closedPathways());
            for (PathwayResult result : all) {
                checkResult(result, selfCheckCase, id);
            }
        }
    }

    @Test
    void raising_the_salary_never_closes_an_eligible_blue_card() {
        RandomCases cases = new RandomCases(45_934_20L);
        BlueCardRule rule = new BlueCardRule();
        int checked = 0;
        for (int i = 0; i < CASES * 3; i++) {
            SelfCheckCase selfCheckCase = cases.next();
            RuleFigures figures = TestFigures.on(selfCheckCase.decisionDate());
            CaseFacts facts = CaseFacts.of(selfCheckCase, figures);
            if (!rule.concerns(facts) || rule.assess(facts).outcome() != Outcome.ELIGIBLE) {
                continue;
            }
            Job richer = selfCheckCase.job().toBuilder()
                    .grossAnnualSalary(selfCheckCase.job().grossAnnualSalary().add(cases.raise())).build();
            SelfCheckCase raised = new SelfCheckCase(selfCheckCase.decisionDate(), selfCheckCase.candidate(), richer);

            assertThat(rule.assess(CaseFacts.of(raised, figures)).outcome()).as("case %d: %s", i, raised)
                    .isEqualTo(Outcome.ELIGIBLE);
            checked++;
        }
        assertThat(checked).as("eligible Blue Cards among the random cases").isGreaterThan(200);
    }

    private static void checkResult(PathwayResult result, SelfCheckCase selfCheckCase, String id) {
        String what = result.pathway() + " in " + id;
        assertThat(result.legalBasis()).as("names a norm: " + what).contains("§");
        assertThat(result.reasons()).as("gives reasons: " + what).isNotEmpty();
        for (Reason reason : result.reasons()) {
            assertThat(reason.norm()).as("reason %s names a norm: %s", reason.code(), what).isNotBlank();
        }
        boolean blocked = false;
        for (Reason reason : result.reasons()) {
            blocked |= reason.code().effect() == ReasonCode.Effect.BLOCKS;
        }
        assertThat(blocked).as("a closed pathway, and only a closed one, names a blocking reason: " + what)
                .isEqualTo(result.outcome() == Outcome.NOT_ELIGIBLE);
        if (result.outcome() == Outcome.CONDITIONAL) {
            assertThat(result.missing()).as("conditional names what is missing: " + what).isNotEmpty();
        }
        if (result.acceleratedProcedureSuitable()) {
            assertThat(result.isOpen()).as(what).isTrue();
            assertThat(selfCheckCase.candidate().location()).as(what).isEqualTo(Location.ABROAD);
        }
        if (result.variant() != null) {
            assertThat(result.pathway()).as(what).isEqualTo(Pathway.BLUE_CARD);
        }
        if (result.isOpen() && result.pathway() != Pathway.FREE_MOVEMENT) {
            assertThat(result.baApprovalRequired()).as("an open procedure says whether the BA approves: " + what)
                    .isNotNull();
        }
    }
}
