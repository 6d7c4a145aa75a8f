package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Requirements several pathways share, written once: the age-45 rule, the licence for regulated professions, the
 * minimum wage, BA approval with § 9 BeschV, the refusals of § 40 Abs. 1 AufenthG, the Blue Card exclusions of § 19f,
 * the bar on titles during asylum or toleration, and the exemptions of § 32 Abs. 2 BeschV.
 */
final class SharedChecks {

    /** Titles for which § 9 BeschV does not apply (§ 16a Abs. 1 Satz 3, § 16b Abs. 4, § 16d Abs. 3, § 20a Abs. 6). */
    private static final Set<Pathway> TITLES_WITHOUT_SECTION_9 = EnumSet.of(Pathway.VOCATIONAL_TRAINING_16A,
            Pathway.STUDENT_WORK_16B, Pathway.RECOGNITION_PARTNERSHIP, Pathway.CHANCENKARTE_20A);

    private SharedChecks() {
    }

    /**
     * § 10 Abs. 1 and 3 AufenthG: while the asylum procedure runs, a title other than one the person is entitled to
     * needs the consent of the highest Land authority; after a rejection, essentially only humanitarian titles are
     * open. For an employer that is not a standard route: the Gestattung or Duldung pathways apply instead.
     */
    static void noTitleDuringAsylumOrToleration(CaseFacts facts, ResultBuilder result) {
        if (facts.status == ResidenceStatus.ASYLUM_PENDING) {
            result.fail(ReasonCode.NO_TITLE_DURING_ASYLUM_PROCEDURE, Norms.ASYLUM_BAR_ON_TITLES);
        } else if (facts.status == ResidenceStatus.TOLERATED
                || facts.status == ResidenceStatus.TOLERATED_UNCLARIFIED_IDENTITY) {
            result.fail(ReasonCode.NO_TITLE_FROM_TOLERATION, Norms.REJECTION_BAR_ON_TITLES);
            result.step(StepCode.ASK_ABH_ABOUT_CHANGE_OF_STATUS);
        }
    }

    /** § 19f Abs. 1, 2 AufenthG: no Blue Card with temporary protection, a Duldung or a pending asylum application. */
    static void blueCardExclusions(CaseFacts facts, ResultBuilder result) {
        ResidenceStatus status = facts.status;
        if (status == ResidenceStatus.ASYLUM_PENDING || status == ResidenceStatus.TOLERATED
                || status == ResidenceStatus.TOLERATED_UNCLARIFIED_IDENTITY
                || status == ResidenceStatus.TEMPORARY_PROTECTION) {
            result.fail(ReasonCode.BLUE_CARD_EXCLUDED_BY_STATUS, Norms.BLUE_CARD_EXCLUSIONS);
        }
    }

    /**
     * The statutory minimum wage (MiLoG) binds every employment except vocational training (§ 22 Abs. 3 MiLoG).
     * Hourly pay is the annual salary divided by weekly hours × 52; it is compared without rounding, so a salary one
     * cent short of the minimum fails.
     */
    static void minimumWage(CaseFacts facts, ResultBuilder result) {
        if (!facts.minimumWageApplies) {
            result.because(ReasonCode.MINIMUM_WAGE_NOT_FOR_TRAINING, Norms.MINIMUM_WAGE_TRAINING);
            return;
        }
        if (!facts.minimumWageMet) {
            result.fail(ReasonCode.PAY_BELOW_MINIMUM_WAGE, Norms.MINIMUM_WAGE, facts.hourlyPay(),
                    facts.figures.minimumHourlyWage());
            result.step(StepCode.RAISE_PAY_TO_MINIMUM_WAGE, facts.figures.minimumHourlyWage());
        }
    }

    /**
     * The age-45 rule (§ 18 Abs. 2 Nr. 5 AufenthG for § 18a/§ 18b, § 1 Abs. 2 BeschV for § 6, § 22a and § 26 Abs. 2
     * BeschV): for the first such title from the completed 45th year on, the salary must reach 55 % of the
     * contribution ceiling unless adequate old-age provision is proven. Pension proof can always still be supplied, so
     * a shortfall makes the pathway conditional, never closed. Only the discretionary waiver for a slight shortfall
     * differs: § 1 Abs. 2 Satz 4 BeschV excludes it for the Western Balkans rule.
     */
    static void ageRule(CaseFacts facts, ResultBuilder result, String norm, boolean slightShortfallWaiver) {
        if (facts.candidate.age() < LegalConstants.OLDER_WORKER_AGE
                || facts.changesEmployerWithin(result.pathway())) {
            return;
        }
        BigDecimal threshold = facts.figures.olderWorkerThreshold();
        if (facts.salaryAtLeast(threshold)) {
            result.because(ReasonCode.SALARY_MEETS_AGE_RULE, norm, facts.salary, threshold);
        } else if (facts.candidate.adequatePensionProvision()) {
            result.because(ReasonCode.PENSION_PROVISION_PROVEN, norm);
        } else {
            result.because(ReasonCode.SALARY_BELOW_AGE_RULE_THRESHOLD, norm, facts.salary, threshold,
                    facts.candidate.age());
            result.need(MissingCode.PENSION_PROOF, norm, threshold);
            result.document(DocumentCode.PENSION_PROOF);
            result.step(slightShortfallWaiver
                    ? StepCode.ASK_FOR_AGE_RULE_EXCEPTION
                    : StepCode.ASK_FOR_AGE_RULE_EXCEPTION_IN_JUSTIFIED_CASES);
        }
    }

    /**
     * § 18 Abs. 2 Nr. 3 AufenthG: a regulated profession needs the licence to practise. With a recognised (or pending)
     * qualification the licence is an item still to be supplied; without recognition the licence is out of reach
     * and the pathway is closed until recognition.
     */
    static void licence(CaseFacts facts, ResultBuilder result) {
        if (!facts.job.regulatedProfession()) {
            return;
        }
        Qualification qualification = facts.qualification;
        if (qualification.professionalLicence()) {
            result.because(ReasonCode.LICENCE_TO_PRACTISE_GRANTED, Norms.LICENCE);
            result.document(DocumentCode.LICENCE_TO_PRACTISE);
            return;
        }
        switch (qualification.recognition()) {
            case FULL, PENDING -> {
                result.because(ReasonCode.LICENCE_TO_PRACTISE_MISSING, Norms.LICENCE);
                result.need(MissingCode.LICENCE_TO_PRACTISE, Norms.LICENCE);
                if (qualification.recognition() == Recognition.PENDING) {
                    result.need(recognitionNoticeFor(qualification), Norms.LICENCE);
                }
                result.step(StepCode.APPLY_FOR_LICENCE_TO_PRACTISE);
                result.authority(Authority.RECOGNITION_LAND_AUTHORITY);
            }
            default -> {
                result.fail(ReasonCode.REGULATED_PROFESSION_WITHOUT_RECOGNITION, Norms.LICENCE);
                result.step(StepCode.APPLY_FOR_RECOGNITION_AND_LICENCE);
            }
        }
    }

    /**
     * Where the title itself allows any work (free movement, existing titles, Gestattung, Duldung), a regulated
     * profession still needs its licence under professional law; the self-check points that out without closing the
     * pathway.
     */
    static void licenceUnderProfessionalLaw(CaseFacts facts, ResultBuilder result) {
        if (facts.job.regulatedProfession() && !facts.qualification.professionalLicence()) {
            result.step(StepCode.LICENCE_NEEDED_FOR_REGULATED_PROFESSION);
        }
    }

    /** The notice still awaited for a pending recognition: comparability for degrees, recognition otherwise. */
    static MissingCode recognitionNoticeFor(Qualification qualification) {
        return qualification.kind() == QualificationKind.ACADEMIC
                ? MissingCode.COMPARABILITY_STATEMENT
                : MissingCode.RECOGNITION_NOTICE;
    }

    /**
     * § 9 BeschV: a person holding a residence permit or Blue Card needs no BA approval after two years of
     * employment subject to social insurance or three years of uninterrupted stay. The titles whose own norm says
     * "§ 9 findet keine Anwendung" do not benefit: studies (§ 16b Abs. 4), vocational training (§ 16a Abs. 1 Satz 3;
     * the exception for former § 18a/§ 18b holders cannot be seen from the current title), a recognition partnership
     * (§ 16d Abs. 3) and the Chancenkarte (§ 20a Abs. 6).
     */
    static boolean section9Exempts(CaseFacts facts) {
        InGermany inGermany = facts.inGermany;
        if (inGermany == null) {
            return false;
        }
        boolean holdsResidencePermit = switch (inGermany.status()) {
            case PERMIT_BOUND_TO_EMPLOYER -> !TITLES_WITHOUT_SECTION_9.contains(inGermany.currentTitlePathway());
            case BLUE_CARD, JOB_SEEKER -> true;
            default -> false;
        };
        return holdsResidencePermit
                && (inGermany.monthsInsuredEmployment() >= LegalConstants.SECTION_9_MONTHS_OF_EMPLOYMENT
                || inGermany.monthsOfStay() >= LegalConstants.SECTION_9_MONTHS_OF_STAY);
    }

    /**
     * Sets whether the BA must approve: yes under {@code approvalNorm}, unless § 9 BeschV exempts the person.
     *
     * @param section9Exclusion the norm that excludes § 9 for this pathway (e.g. § 6 Abs. 2 BeschV), or
     *                          {@code null} where § 9 applies
     */
    static void approval(CaseFacts facts, ResultBuilder result, String approvalNorm,
                         @Nullable String section9Exclusion) {
        boolean exempt = section9Exempts(facts);
        if (exempt && section9Exclusion == null) {
            InGermany inGermany = facts.inGermany;
            result.baApprovalRequired(false);
            result.because(ReasonCode.NO_APPROVAL_AFTER_EMPLOYMENT_OR_STAY, Norms.SECTION_9,
                    inGermany == null ? 0 : inGermany.monthsInsuredEmployment(), facts.monthsOfStay());
            return;
        }
        result.baApprovalRequired(true);
        result.because(ReasonCode.BA_APPROVAL_REQUIRED, approvalNorm);
        if (exempt) {
            result.because(ReasonCode.SECTION_9_NOT_APPLICABLE, section9Exclusion);
        }
    }

    /**
     * § 40 Abs. 1 AufenthG: the BA must refuse approval when the job came about through unlawful recruitment (Nr. 1;
     * health and care recruitment from the states in the annex to § 38 BeschV is reserved to the BA) or when the
     * person is to work as a temporary agency worker (Nr. 2). Both bind only where an approval is needed.
     *
     * @param temporaryAgencyBan whether Nr. 2 applies; not for Gestattung and Duldung (§ 32 Abs. 1 BeschV, § 61
     *                           Abs. 2 Satz 3 AsylG apply only Nr. 1)
     */
    static void approvalRefusals(CaseFacts facts, ResultBuilder result, boolean temporaryAgencyBan) {
        if (!result.approvalNeeded()) {
            return;
        }
        if (temporaryAgencyBan && facts.job.temporaryAgencyWork()) {
            result.fail(ReasonCode.TEMPORARY_AGENCY_WORK_BARS_APPROVAL, Norms.TEMPORARY_AGENCY_WORK);
            result.step(StepCode.EMPLOY_DIRECTLY_NOT_THROUGH_AGENCY);
        }
        if (unlawfulHealthRecruitment(facts)) {
            result.fail(ReasonCode.HEALTH_RECRUITMENT_RESERVED_TO_BA, Norms.UNLAWFUL_RECRUITMENT);
            result.step(StepCode.RECRUIT_THROUGH_BA);
        }
    }

    static boolean unlawfulHealthRecruitment(CaseFacts facts) {
        return facts.healthOrCareJob && facts.job.recruitedByPrivateAgency() && facts.fromHealthRecruitmentBanState;
    }

    /**
     * § 32 BeschV for Gestattung and Duldung: BA approval is needed unless § 32 Abs. 2 exempts the employment —
     * qualified vocational training (Nr. 2), employment at the level of § 18g Abs. 1 Satz 1 AufenthG (Nr. 3), or any
     * employment after four years of uninterrupted stay (Nr. 5). Sets the approval and names the reason.
     */
    static void approvalForAsylumOrToleration(CaseFacts facts, ResultBuilder result) {
        if (facts.job.kind() == JobKind.VOCATIONAL_TRAINING) {
            result.baApprovalRequired(false);
            result.because(ReasonCode.NO_APPROVAL_FOR_QUALIFIED_TRAINING, Norms.NO_APPROVAL_TRAINING);
        } else if (facts.recognisedDegree() && facts.job.qualified()
                && facts.salaryAtLeast(facts.figures.blueCardGeneralThreshold())) {
            result.baApprovalRequired(false);
            result.because(ReasonCode.NO_APPROVAL_FOR_BLUE_CARD_LEVEL_EMPLOYMENT, Norms.NO_APPROVAL_BLUE_CARD_LEVEL,
                    facts.salary, facts.figures.blueCardGeneralThreshold());
        } else if (facts.monthsOfStay() >= LegalConstants.NO_APPROVAL_AFTER_MONTHS_OF_STAY) {
            result.baApprovalRequired(false);
            result.because(ReasonCode.NO_APPROVAL_AFTER_FOUR_YEARS_OF_STAY, Norms.NO_APPROVAL_FOUR_YEARS,
                    facts.monthsOfStay());
        } else {
            result.baApprovalRequired(true);
            result.because(ReasonCode.BA_APPROVAL_REQUIRED, Norms.TOLERATED_APPROVAL);
        }
    }

    /**
     * Bars on work with a Duldung: § 60b (unclarified identity) and § 60a Abs. 6 Satz 1 Nr. 3 AufenthG. The latter
     * bars a national of a safe country of origin whose asylum application made after 31 August 2015 was rejected or
     * withdrawn, "oder ein Asylantrag nicht gestellt wurde". A tolerated person's application is therefore either
     * rejected or withdrawn, or there was none; only an application known to date from before 1 September 2015
     * leaves the bar out. Without a date (never applied, or date unknown) the bar applies.
     */
    static void tolerationBars(CaseFacts facts, ResultBuilder result) {
        InGermany inGermany = facts.inGermany;
        if (inGermany == null) {
            return;
        }
        if (inGermany.status() == ResidenceStatus.TOLERATED_UNCLARIFIED_IDENTITY) {
            result.fail(ReasonCode.NO_WORK_WITH_UNCLARIFIED_IDENTITY, Norms.UNCLARIFIED_IDENTITY);
            result.step(StepCode.CLARIFY_IDENTITY);
        }
        if (facts.fromSafeCountryOfOrigin && appliedAfterSafeCountryCutoff(inGermany)) {
            result.fail(ReasonCode.NO_WORK_SAFE_COUNTRY_REJECTED, Norms.TOLERATED_SAFE_COUNTRY);
        }
    }

    /**
     * Whether the asylum application was made after 31 August 2015. An unknown date counts as after it: a procedure
     * still running, or rejected, in the years this tool covers almost always started later.
     */
    static boolean appliedAfterSafeCountryCutoff(InGermany inGermany) {
        LocalDate appliedOn = inGermany.asylumAppliedOn();
        return appliedOn == null || appliedOn.isAfter(LegalConstants.SAFE_COUNTRY_APPLICATION_CUTOFF);
    }

    /** Whether the law introduced on 1 March 2024 (new § 6, § 2a, § 15d, § 22a BeschV) applies on the decision date. */
    static boolean reform2024InForce(CaseFacts facts) {
        return !facts.decisionDate.isBefore(LegalConstants.BESCHV_REFORM_2024);
    }

    /** Closes a pathway that the 2024 reform introduced when the decision date lies before 1 March 2024. */
    static void requireReform2024(CaseFacts facts, ResultBuilder result) {
        if (!reform2024InForce(facts)) {
            result.fail(ReasonCode.NOT_IN_FORCE_BEFORE_1_MARCH_2024, Norms.BESCHV_REFORM);
        }
    }

    /**
     * The qualification is recognised in Germany: full equivalence of a vocational qualification (§ 18 Abs. 3 Nr. 1
     * AufenthG) or a recognised or comparable degree (Nr. 2). A pending notice is an item still to be supplied; no
     * assessment, partial equivalence or a negative notice close the pathway, with recognition (or § 16d) as the
     * next step.
     */
    static void qualificationRecognised(CaseFacts facts, ResultBuilder result, String norm) {
        Qualification qualification = facts.qualification;
        boolean academic = qualification.kind() == QualificationKind.ACADEMIC;
        switch (qualification.recognition()) {
            case FULL -> result.because(academic
                    ? ReasonCode.DEGREE_RECOGNISED_OR_COMPARABLE
                    : ReasonCode.FULL_EQUIVALENCE, norm);
            case PENDING -> {
                result.because(ReasonCode.RECOGNITION_PENDING, norm);
                result.need(recognitionNoticeFor(qualification), norm);
                result.authority(academic ? Authority.ZAB : Authority.RECOGNITION_IHK_FOSA);
            }
            case PARTIAL -> {
                result.fail(ReasonCode.PARTIAL_EQUIVALENCE_NOT_ENOUGH, norm);
                result.step(StepCode.CONSIDER_RECOGNITION_MEASURE);
            }
            case NEGATIVE -> {
                result.fail(ReasonCode.RECOGNITION_REFUSED, norm);
                result.step(StepCode.CONSIDER_EXPERIENCED_WORKER_ROUTE);
            }
            case NOT_ASSESSED -> {
                result.fail(ReasonCode.RECOGNITION_NOT_YET_APPLIED_FOR, norm);
                if (academic) {
                    result.step(StepCode.APPLY_FOR_STATEMENT_OF_COMPARABILITY);
                    result.authority(Authority.ZAB);
                    result.fee(FeeCode.STATEMENT_OF_COMPARABILITY, facts.figures.fees().statementOfComparability(),
                            Norms.ZAB);
                } else {
                    result.step(StepCode.APPLY_FOR_RECOGNITION);
                    result.authority(Authority.RECOGNITION_IHK_FOSA);
                    result.authority(Authority.RECOGNITION_HWK);
                    result.authority(Authority.RECOGNITION_LAND_AUTHORITY);
                    result.duration(ProcessingTime.RECOGNITION);
                }
            }
        }
    }

    /** § 2 Abs. 12b AufenthG: the job needs skills from a degree or a qualified vocational training. */
    static void qualifiedJob(CaseFacts facts, ResultBuilder result, String norm) {
        if (facts.job.qualified()) {
            result.because(ReasonCode.QUALIFIED_EMPLOYMENT, norm);
        } else {
            result.fail(ReasonCode.JOB_NOT_QUALIFIED, Norms.QUALIFIED_EMPLOYMENT);
        }
    }

    /**
     * A foreign qualification recognised by the state where it was acquired (vocational training of at least two
     * years, or a degree), confirmed by a competent German body such as the ZAB: § 6 Abs. 1 Satz 1 Nr. 3 BeschV and
     * § 16d Abs. 3 Satz 1 Nr. 1 AufenthG. A fully recognised qualification needs no stated training length.
     */
    static void stateRecognisedQualification(CaseFacts facts, ResultBuilder result, String norm) {
        Qualification qualification = facts.qualification;
        boolean vocational = qualification.kind() == QualificationKind.VOCATIONAL;
        if (!vocational && qualification.kind() != QualificationKind.ACADEMIC) {
            result.fail(ReasonCode.NO_VOCATIONAL_OR_ACADEMIC_QUALIFICATION, norm);
            return;
        }
        if (!qualification.stateRecognisedAbroad()) {
            result.fail(ReasonCode.QUALIFICATION_NOT_STATE_RECOGNISED, norm);
            return;
        }
        if (vocational && qualification.recognition() != Recognition.FULL) {
            Integer years = qualification.trainingYears();
            if (years == null) {
                result.fail(ReasonCode.TRAINING_LENGTH_UNKNOWN, norm);
                result.step(StepCode.STATE_TRAINING_LENGTH);
                return;
            }
            if (years < LegalConstants.QUALIFIED_TRAINING_MINIMUM_YEARS) {
                result.fail(ReasonCode.TRAINING_SHORTER_THAN_TWO_YEARS, norm, years,
                        LegalConstants.QUALIFIED_TRAINING_MINIMUM_YEARS);
                return;
            }
        }
        result.because(vocational
                ? ReasonCode.STATE_RECOGNISED_VOCATIONAL_QUALIFICATION
                : ReasonCode.STATE_RECOGNISED_DEGREE, norm);
        result.document(DocumentCode.QUALIFICATION_CONFIRMATION);
        if (qualification.confirmedByGermanBody()) {
            result.because(ReasonCode.STATE_RECOGNITION_CONFIRMED, norm);
        } else {
            result.fail(ReasonCode.STATE_RECOGNITION_NOT_CONFIRMED, norm);
            result.step(StepCode.REQUEST_QUALIFICATION_CONFIRMATION);
            result.authority(Authority.ZAB);
            result.fee(FeeCode.QUALIFICATION_CONFIRMATION, facts.figures.fees().qualificationConfirmation(),
                    Norms.ZAB);
        }
    }

    /** A minimum German level ("mindestens"), e.g. A2 for § 16d, B1 for § 16a. */
    static void germanAtLeast(CaseFacts facts, ResultBuilder result, GermanLevel required, String norm) {
        if (facts.candidate.germanLevel().atLeast(required)) {
            result.because(ReasonCode.GERMAN_LEVEL_SUFFICIENT, norm, required.name());
        } else {
            result.fail(ReasonCode.GERMAN_LEVEL_INSUFFICIENT, norm, required.name());
            result.step(StepCode.IMPROVE_GERMAN, required.name());
        }
    }
}
