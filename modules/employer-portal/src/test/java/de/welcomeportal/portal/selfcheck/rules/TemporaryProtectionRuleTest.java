package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.misses;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static org.assertj.core.api.Assertions.assertThat;

class TemporaryProtectionRuleTest {

    private final TemporaryProtectionRule rule = new TemporaryProtectionRule();

    @Test
    void the_protection_permit_allows_any_work_including_agency_work_without_approval() {
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.TEMPORARY_PROTECTION), "UA").age(40),
                helperJob("9329", "30000").temporaryAgencyWork(true)));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isFalse();
        assertThat(result.acceleratedProcedureSuitable()).isFalse();
    }

    @Test
    void a_ukrainian_in_germany_without_the_document_is_conditional_on_it() {
        Assessment assessment = assess(on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.VISA_FREE_STAY), "UA"), helperJob("9329", "30000")));
        PathwayResult recommendation = assessment.recommendation();

        assertThat(recommendation.pathway()).isEqualTo(Pathway.TEMPORARY_PROTECTION_24);
        assertThat(recommendation.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(misses(recommendation, MissingCode.TEMPORARY_PROTECTION_PERMIT)).isTrue();
        assertThat(hasStep(recommendation, StepCode.APPLY_FOR_TEMPORARY_PROTECTION_PERMIT)).isTrue();
    }

    @Test
    void a_ukrainian_abroad_is_not_concerned() {
        assertThat(rule.concerns(CaseFacts.of(on(MID_2026, abroad("UA"), helperJob("9329", "30000")),
                TestFigures.Y2026))).isFalse();
    }
}
