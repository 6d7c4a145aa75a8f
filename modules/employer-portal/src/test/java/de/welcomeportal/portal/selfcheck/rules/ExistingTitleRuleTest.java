package de.welcomeportal.portal.selfcheck.rules;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.degree;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.inGermany;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static org.assertj.core.api.Assertions.assertThat;

class ExistingTitleRuleTest {

    private final ExistingTitleRule rule = new ExistingTitleRule();

    @Test
    void a_settlement_permit_allows_any_job_without_approval() {
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.SETTLEMENT_PERMIT), "TR"), helperJob("8344", "31000")));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isFalse();
        assertThat(hasStep(result, StepCode.CHECK_TITLE_AND_KEEP_COPY)).isTrue();
    }

    @Test
    void a_title_marked_employment_allowed_covers_temporary_agency_work() {
        PathwayResult result = assess(rule, on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.PERMIT_ANY_EMPLOYMENT), "SY"),
                helperJob("9329", "30000").temporaryAgencyWork(true)));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void the_existing_title_comes_before_every_other_pathway() {
        Assessment assessment = assess(on(MID_2026,
                inGermany(InGermany.withStatus(ResidenceStatus.SETTLEMENT_PERMIT), "IN")
                        .qualification(degree(Recognition.FULL)),
                qualifiedJob("2512", "70000")));

        assertThat(assessment.recommendation().pathway()).isEqualTo(Pathway.EXISTING_TITLE_ANY_EMPLOYMENT);
        assertThat(assessment.alternatives()).extracting(PathwayResult::pathway).contains(Pathway.BLUE_CARD);
    }
}
