package de.welcomeportal.portal.selfcheck.rules;

/** Citations of the norms the rules rest on, spelled once so that every result cites them alike. */
final class Norms {

    static final String FREIZUEGIGKEIT = "§ 2 Abs. 1 FreizügG/EU";
    static final String FREIZUEGIGKEIT_ALL = "§ 2 Abs. 1, § 12 FreizügG/EU; Freizügigkeitsabkommen EU–Schweiz";
    static final String TITLE_ALLOWS_EMPLOYMENT = "§ 4a Abs. 1 AufenthG";
    static final String EMPLOYER_BOUND_TITLE = "§ 4a Abs. 3 Satz 4 AufenthG";
    static final String PERMIT_WITHOUT_TITLE = "§ 4a Abs. 4 AufenthG";
    static final String EMPLOYER_DUTIES = "§ 4a Abs. 5 AufenthG";
    static final String VISA = "§ 5 Abs. 2 AufenthG";
    static final String ASYLUM_BAR_ON_TITLES = "§ 10 Abs. 1 AufenthG";
    static final String REJECTION_BAR_ON_TITLES = "§ 10 Abs. 3 AufenthG";

    static final String VOCATIONAL_TRAINING = "§ 16a Abs. 1 AufenthG";
    static final String VOCATIONAL_TRAINING_APPROVAL = "§ 16a Abs. 1 AufenthG i. V. m. § 8 Abs. 1 BeschV";
    static final String VOCATIONAL_TRAINING_LANGUAGE = "§ 16a Abs. 3 AufenthG";
    static final String STUDENT_WORK = "§ 16b Abs. 3 AufenthG";
    static final String RECOGNITION_MEASURE = "§ 16d Abs. 1 AufenthG";
    static final String RECOGNITION_PARTNERSHIP = "§ 16d Abs. 3 AufenthG";
    static final String RECOGNITION_PARTNERSHIP_APPROVAL = "§ 16d Abs. 3 AufenthG i. V. m. § 2a BeschV";

    static final String FACHKRAFT_VOCATIONAL = "§ 18 Abs. 3 Nr. 1 AufenthG";
    static final String FACHKRAFT_ACADEMIC = "§ 18 Abs. 3 Nr. 2 AufenthG";
    static final String BA_APPROVAL = "§ 18 Abs. 2 Nr. 2 AufenthG i. V. m. § 39 AufenthG";
    static final String LICENCE = "§ 18 Abs. 2 Nr. 3 AufenthG";
    static final String AGE_RULE = "§ 18 Abs. 2 Nr. 5 AufenthG";
    static final String AGE_RULE_BESCHV = "§ 1 Abs. 2 BeschV";
    static final String QUALIFIED_EMPLOYMENT = "§ 2 Abs. 12b AufenthG";
    static final String SKILLED_VOCATIONAL = "§ 18a AufenthG";
    static final String SKILLED_ACADEMIC = "§ 18b AufenthG";

    static final String BLUE_CARD = "§ 18g AufenthG";
    static final String BLUE_CARD_GENERAL = "§ 18g Abs. 1 Satz 1 AufenthG";
    static final String BLUE_CARD_SHORTAGE = "§ 18g Abs. 1 Satz 2 Nr. 1 AufenthG";
    static final String BLUE_CARD_NEW_ENTRANT = "§ 18g Abs. 1 Satz 2 Nr. 2 AufenthG";
    static final String BLUE_CARD_IT = "§ 18g Abs. 2 AufenthG";
    static final String BLUE_CARD_CONTRACT = "§ 18g Abs. 3 AufenthG";
    static final String BLUE_CARD_CHANGE = "§ 18g Abs. 4 AufenthG";
    static final String BLUE_CARD_EXCLUSIONS = "§ 19f Abs. 1, 2 AufenthG";

    static final String EXPERIENCED = "§ 19c Abs. 2 AufenthG i. V. m. § 6 BeschV";
    static final String EXPERIENCED_YEARS = "§ 6 Abs. 1 Satz 1 Nr. 1 BeschV";
    static final String EXPERIENCED_SALARY = "§ 6 Abs. 1 Satz 1 Nr. 2 BeschV";
    static final String EXPERIENCED_TARIFF = "§ 6 Abs. 1 Satz 2 BeschV";
    static final String EXPERIENCED_QUALIFICATION = "§ 6 Abs. 1 Satz 1 Nr. 3 BeschV";
    static final String EXPERIENCED_ICT = "§ 6 Abs. 1 Satz 3 BeschV";
    static final String EXPERIENCED_NO_SECTION_9 = "§ 6 Abs. 2 BeschV";
    static final String LEGACY_IT_SPECIALIST = "§ 19c Abs. 2 AufenthG i. V. m. § 6 BeschV a. F.";
    static final String BESCHV_REFORM = "§ 6, § 15d, § 22a BeschV, § 16d Abs. 3 AufenthG (Fassung ab 1.3.2024)";

    static final String PRIVILEGED = "§ 19c Abs. 1 AufenthG i. V. m. § 26 Abs. 1 BeschV";
    static final String WESTERN_BALKANS = "§ 19c Abs. 1 AufenthG i. V. m. § 26 Abs. 2 BeschV";
    static final String WESTERN_BALKANS_VISA = "§ 26 Abs. 2 Satz 2 BeschV";
    static final String WESTERN_BALKANS_BENEFITS = "§ 26 Abs. 2 Satz 4 BeschV";
    static final String WESTERN_BALKANS_QUOTA = "§ 26 Abs. 2 Satz 3 BeschV";
    static final String NURSING_ASSISTANT = "§ 19c Abs. 1 AufenthG i. V. m. § 22a BeschV";
    static final String SHORT_TERM = "§ 19c Abs. 1 AufenthG i. V. m. § 15d BeschV";
    static final String SHORT_TERM_HOURS = "§ 15d Abs. 1 BeschV";
    static final String SHORT_TERM_TARIFF = "§ 15d Abs. 2 Nr. 1 BeschV";
    static final String SHORT_TERM_TRAVEL = "§ 15d Abs. 2 Nr. 3 BeschV";
    static final String SHORT_TERM_DURATION = "§ 15d Abs. 3 BeschV";
    static final String SHORT_TERM_QUOTA = "§ 15d Abs. 1 BeschV";
    static final String SECTION_9 = "§ 9 BeschV";
    static final String JOB_SEEKER = "§ 20 AufenthG";
    static final String OPPORTUNITY_CARD = "§ 20a AufenthG";
    static final String TEMPORARY_PROTECTION = "§ 24 AufenthG";

    static final String ASYLUM_EMPLOYMENT = "§ 61 AsylG i. V. m. § 32 BeschV";
    static final String ASYLUM_RECEPTION_FACILITY = "§ 61 Abs. 1 AsylG";
    static final String ASYLUM_WAITING = "§ 61 Abs. 2 Satz 1 AsylG";
    static final String ASYLUM_SAFE_COUNTRY = "§ 61 Abs. 2 Satz 4 AsylG";
    static final String ASYLUM_NO_TEMP_WORK_BAN = "§ 61 Abs. 2 Satz 3 AsylG";
    static final String TOLERATED_EMPLOYMENT = "§ 4a Abs. 4 AufenthG i. V. m. § 32 BeschV";
    static final String TOLERATED_SAFE_COUNTRY = "§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG";
    static final String UNCLARIFIED_IDENTITY = "§ 60b Abs. 5 Satz 2 AufenthG";
    static final String EMPLOYMENT_TOLERATION = "§ 60d AufenthG";
    static final String EMPLOYMENT_TOLERATION_NOTICE = "§ 60d Abs. 3 AufenthG";
    static final String TOLERATED_APPROVAL = "§ 32 Abs. 1 BeschV";
    static final String NO_APPROVAL_TRAINING = "§ 32 Abs. 2 Nr. 2 BeschV";
    static final String NO_APPROVAL_BLUE_CARD_LEVEL = "§ 32 Abs. 2 Nr. 3 BeschV";
    static final String NO_APPROVAL_FOUR_YEARS = "§ 32 Abs. 2 Nr. 5 BeschV";

    static final String UNLAWFUL_RECRUITMENT = "§ 40 Abs. 1 Nr. 1 AufenthG i. V. m. § 38 BeschV";
    static final String TEMPORARY_AGENCY_WORK = "§ 40 Abs. 1 Nr. 2 AufenthG";
    static final String MINIMUM_WAGE = "§ 1 Abs. 2 MiLoG";
    static final String MINIMUM_WAGE_TRAINING = "§ 22 Abs. 3 MiLoG";
    static final String ACCELERATED_PROCEDURE = "§ 81a AufenthG";
    static final String ACCELERATED_PROCEDURE_FEE = "§ 47 Abs. 1 Nr. 15 AufenthV";
    static final String VISA_FEE = "§ 46 AufenthV";
    static final String TITLE_FEE = "§ 45 AufenthV";
    static final String VISA_FREE_ENTRY = "§ 41 Abs. 1, 3 AufenthV";
    static final String ZAB = "ZAB (KMK)";

    private Norms() {
    }
}
