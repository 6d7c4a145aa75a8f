package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static de.welcomeportal.portal.selfcheck.rules.Cases.MID_2026;
import static de.welcomeportal.portal.selfcheck.rules.Cases.abroad;
import static de.welcomeportal.portal.selfcheck.rules.Cases.assess;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasReason;
import static de.welcomeportal.portal.selfcheck.rules.Cases.hasStep;
import static de.welcomeportal.portal.selfcheck.rules.Cases.helperJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.on;
import static de.welcomeportal.portal.selfcheck.rules.Cases.qualifiedJob;
import static de.welcomeportal.portal.selfcheck.rules.Cases.stateRecognisedTraining;
import static org.assertj.core.api.Assertions.assertThat;

class RecognitionPartnershipRuleTest {

    private static final RecognitionPartnership READY = new RecognitionPartnership(true, true);
    private final RecognitionPartnershipRule rule = new RecognitionPartnershipRule();

    private PathwayResult partnership(LocalDate date, Candidate.Builder candidate, Job.Builder job) {
        return assess(rule, on(date, candidate, job));
    }

    private static Candidate.Builder electrician(GermanLevel german) {
        return abroad("MA").germanLevel(german).qualification(stateRecognisedTraining(3, true));
    }

    @Test
    void with_agreement_suitable_employer_a2_and_a_confirmed_qualification_it_is_open() {
        PathwayResult result = partnership(MID_2026, electrician(GermanLevel.A2),
                qualifiedJob("7411", "34000").recognitionPartnership(READY));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.baApprovalRequired()).isTrue();
        assertThat(result.acceleratedProcedureSuitable()).isTrue();
        assertThat(result.documents()).contains(DocumentCode.PARTNERSHIP_AGREEMENT);
    }

    @Test
    void german_below_a2_closes_it() {
        PathwayResult result = partnership(MID_2026, electrician(GermanLevel.A1),
                qualifiedJob("7411", "34000").recognitionPartnership(READY));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasReason(result, ReasonCode.GERMAN_LEVEL_INSUFFICIENT)).isTrue();
    }

    @Test
    void an_unsigned_agreement_or_an_unsuitable_employer_closes_it() {
        PathwayResult unsigned = partnership(MID_2026, electrician(GermanLevel.B1),
                qualifiedJob("7411", "34000").recognitionPartnership(new RecognitionPartnership(false, true)));
        PathwayResult unsuitable = partnership(MID_2026, electrician(GermanLevel.B1),
                qualifiedJob("7411", "34000").recognitionPartnership(new RecognitionPartnership(true, false)));

        assertThat(unsigned.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(hasStep(unsigned, StepCode.SIGN_PARTNERSHIP_AGREEMENT)).isTrue();
        assertThat(unsuitable.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void it_exists_only_from_1_march_2024() {
        Job.Builder job = qualifiedJob("7411", "34000").recognitionPartnership(READY);

        assertThat(partnership(LocalDate.of(2024, 2, 29), electrician(GermanLevel.A2), job).outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(partnership(LocalDate.of(2024, 3, 1), electrician(GermanLevel.A2), job).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void helper_work_towards_a_regulated_profession_needs_a_tariff_bound_employer() {
        Candidate.Builder nurse = abroad("PH").germanLevel(GermanLevel.B1).qualification(stateRecognisedTraining(3, true));

        PathwayResult tariff = partnership(MID_2026, nurse, helperJob("5321", "32000").regulatedProfession(true)
                .collectiveAgreement(true).recognitionPartnership(READY));
        PathwayResult noTariff = partnership(MID_2026, nurse, helperJob("5321", "32000").regulatedProfession(true)
                .recognitionPartnership(READY));

        assertThat(tariff.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(hasReason(tariff, ReasonCode.HELPER_WORK_UNTIL_LICENCE_ALLOWED)).isTrue();
        assertThat(noTariff.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    }

    @Test
    void there_is_no_age_rule() {
        PathwayResult result = partnership(MID_2026, electrician(GermanLevel.A2).age(55),
                qualifiedJob("7411", "34000").recognitionPartnership(READY));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }
}
