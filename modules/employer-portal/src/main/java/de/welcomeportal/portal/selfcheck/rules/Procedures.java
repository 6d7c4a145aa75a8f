package de.welcomeportal.portal.selfcheck.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The procedural side of an open pathway, added once for all rules: visa or visa-free entry, the ABH, BA approval,
 * the accelerated skilled-worker procedure (§ 81a AufenthG), the employer's duties, fees and typical durations.
 */
final class Procedures {

    /**
     * § 81a Abs. 1 AufenthG covers § 16a, § 16d, § 18a, § 18b and § 18g; § 81a Abs. 5 extends it to other qualified
     * employees, which takes in § 19c Abs. 2 with § 6 BeschV (see § 81a Abs. 3 Nr. 2a). Unqualified work (Western
     * Balkans helper jobs, § 15d, § 22a) and § 26 Abs. 1 BeschV are left out.
     */
    private static final Set<Pathway> ACCELERATED_PROCEDURE_PATHWAYS = EnumSet.of(Pathway.BLUE_CARD,
            Pathway.SKILLED_18A, Pathway.SKILLED_18B, Pathway.EXPERIENCE_19C, Pathway.RECOGNITION_PARTNERSHIP,
            Pathway.RECOGNITION_MEASURE_16D, Pathway.VOCATIONAL_TRAINING_16A);

    /** Titles of Kapitel 2 Abschnitt 4 AufenthG, whose early end the employer must report (§ 4a Abs. 5 Satz 3 Nr. 3). */
    private static final Set<Pathway> EMPLOYMENT_TITLES = EnumSet.of(Pathway.BLUE_CARD, Pathway.SKILLED_18A,
            Pathway.SKILLED_18B, Pathway.EXPERIENCE_19C, Pathway.PRIVILEGED_NATIONALITY, Pathway.WESTERN_BALKANS,
            Pathway.NURSING_ASSISTANT_22A, Pathway.SHORT_TERM_CONTINGENT_15D);

    private Procedures() {
    }

    /**
     * Whether § 81a AufenthG fits: a covered pathway, the person abroad and visa-required. For persons in Germany,
     * EU citizens and the § 41 Abs. 1 AufenthV nationals, who obtain their title in Germany, it is pointless.
     */
    static boolean acceleratedProcedureSuitable(CaseFacts facts, Pathway pathway) {
        return facts.abroad && facts.visaRequired && ACCELERATED_PROCEDURE_PATHWAYS.contains(pathway);
    }

    /** A residence title, either from abroad (visa or visa-free entry) or by a change in Germany. */
    static PathwayResult residenceTitle(CaseFacts facts, ResultBuilder result) {
        if (!result.isOpen()) {
            return result.build();
        }
        Pathway pathway = result.pathway();
        RuleFigures.Fees fees = facts.figures.fees();
        if (facts.abroad) {
            if (facts.visaRequired) {
                if (pathway != Pathway.WESTERN_BALKANS) { // that rule names the mission in the home region itself
                    result.step(StepCode.APPLY_FOR_NATIONAL_VISA);
                }
                result.authority(Authority.GERMAN_MISSION_ABROAD);
                result.fee(FeeCode.NATIONAL_VISA, fees.nationalVisa(), Norms.VISA_FEE);
                result.duration(ProcessingTime.VISA_PROCEDURE);
            } else {
                result.because(ReasonCode.VISA_FREE_ENTRY_FOR_EMPLOYMENT, Norms.VISA_FREE_ENTRY);
                result.step(StepCode.ENTER_VISA_FREE_AND_APPLY_WITHIN_90_DAYS);
            }
        } else if (facts.changesEmployerWithin(pathway)) {
            if (pathway == Pathway.BLUE_CARD) {
                result.because(ReasonCode.BLUE_CARD_CHANGE_WITHOUT_PERMISSION, Norms.BLUE_CARD_CHANGE);
                result.step(StepCode.NOTIFY_ABH_OF_BLUE_CARD_CHANGE);
            } else {
                result.because(ReasonCode.CHANGE_OF_EMPLOYER_NEEDS_PERMISSION, Norms.EMPLOYER_BOUND_TITLE);
                result.step(StepCode.APPLY_FOR_CHANGE_OF_EMPLOYER_PERMISSION);
            }
        } else if (facts.visaRequired
                && (facts.status == null || facts.status == ResidenceStatus.VISA_FREE_STAY)) {
            // A visa-free short stay is no basis for a work title; the national visa comes from abroad (§ 5 Abs. 2).
            result.because(ReasonCode.VISA_NEEDED_DESPITE_STAY_IN_GERMANY, Norms.VISA);
            result.step(StepCode.APPLY_FOR_NATIONAL_VISA);
            result.authority(Authority.GERMAN_MISSION_ABROAD);
            result.fee(FeeCode.NATIONAL_VISA, fees.nationalVisa(), Norms.VISA_FEE);
        } else {
            result.step(StepCode.APPLY_FOR_TITLE_IN_GERMANY);
        }
        result.authority(Authority.ABH_KREIS_LIPPE);
        result.authority(Authority.ABH_STADT_DETMOLD);
        if (!facts.changesEmployerWithin(pathway)) {
            result.fee(FeeCode.RESIDENCE_PERMIT, fees.residencePermit(), Norms.TITLE_FEE);
        }
        result.document(DocumentCode.EMPLOYMENT_CONTRACT);
        result.document(DocumentCode.PASSPORT_COPY);
        approvalProcedure(result, false);

        boolean accelerated = acceleratedProcedureSuitable(facts, pathway);
        result.acceleratedProcedureSuitable(accelerated);
        if (accelerated) {
            result.because(ReasonCode.ACCELERATED_PROCEDURE_SUITABLE, Norms.ACCELERATED_PROCEDURE);
            result.step(StepCode.USE_ACCELERATED_PROCEDURE);
            result.authority(Authority.ZFE_NRW);
            result.fee(FeeCode.ACCELERATED_PROCEDURE, fees.acceleratedProcedure(), Norms.ACCELERATED_PROCEDURE_FEE);
            result.document(DocumentCode.POWER_OF_ATTORNEY);
            result.document(DocumentCode.ACCELERATED_PROCEDURE_AGREEMENT);
            result.duration(ProcessingTime.ACCELERATED_PROCEDURE);
            result.guidance(GuidanceKeys.ACCELERATED_PROCEDURE);
        }
        result.step(StepCode.CHECK_TITLE_AND_KEEP_COPY);
        if (EMPLOYMENT_TITLES.contains(pathway)) {
            result.step(StepCode.REPORT_EARLY_END_WITHIN_FOUR_WEEKS);
        }
        result.guidance(GuidanceKeys.EMPLOYER_DUTIES);
        return result.build();
    }

    /** An employment permit for a person with Aufenthaltsgestattung or Duldung, issued by the ABH. */
    static PathwayResult employmentPermit(CaseFacts facts, ResultBuilder result) {
        if (!result.isOpen()) {
            return result.build();
        }
        result.step(StepCode.APPLY_FOR_EMPLOYMENT_PERMIT);
        result.step(StepCode.START_ONLY_WHEN_PERMIT_ENTERED);
        result.authority(Authority.ABH_KREIS_LIPPE);
        result.authority(Authority.ABH_STADT_DETMOLD);
        result.document(DocumentCode.EMPLOYMENT_DECLARATION);
        result.document(DocumentCode.COPY_OF_RESIDENCE_DOCUMENT);
        result.duration(ProcessingTime.EMPLOYMENT_PERMIT);
        result.because(ReasonCode.EMPLOYMENT_PERMIT_FREE_OF_CHARGE, Norms.PERMIT_WITHOUT_TITLE);
        approvalProcedure(result, true);
        result.step(StepCode.CHECK_TITLE_AND_KEEP_COPY);
        result.guidance(GuidanceKeys.ASYLUM_AND_TOLERATION);
        result.guidance(GuidanceKeys.EMPLOYER_DUTIES);
        return result.build();
    }

    /** The document the person holds already allows the work: the employer checks it and keeps a copy. */
    static PathwayResult noProcedure(CaseFacts facts, ResultBuilder result) {
        if (result.isOpen()) {
            result.step(StepCode.CHECK_TITLE_AND_KEEP_COPY);
            result.document(DocumentCode.COPY_OF_RESIDENCE_DOCUMENT);
            result.guidance(GuidanceKeys.EMPLOYER_DUTIES);
        }
        return result.build();
    }

    private static void approvalProcedure(ResultBuilder result, boolean declarationAlreadyListed) {
        if (!result.approvalNeeded()) {
            return;
        }
        result.authority(Authority.FEDERAL_EMPLOYMENT_AGENCY);
        if (!declarationAlreadyListed) {
            result.document(DocumentCode.EMPLOYMENT_DECLARATION);
        }
        result.duration(ProcessingTime.BA_APPROVAL);
        result.guidance(GuidanceKeys.BA_APPROVAL);
    }
}
