package de.welcomeportal.portal.selfcheck.rules;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Students (§ 16b Abs. 3 AufenthG) may work 140 full days a year without BA approval; up to 20 hours a week in the
 * lecture period count as two and a half days. A job of at most 20 hours a week therefore fits all year
 * (52 × 2.5 = 130 days); a longer one only as a fixed-term job whose full working days (five a week) stay within 140.
 */
final class StudentWorkRule implements PathwayRule {

    private static final BigDecimal PART_TIME_HOURS = BigDecimal.valueOf(LegalConstants.STUDENT_PART_TIME_WEEKLY_HOURS);
    private static final int WORKING_DAYS_PER_WEEK = 5;
    private static final int MONTHS_PER_YEAR = 12;

    @Override
    public Pathway pathway() {
        return Pathway.STUDENT_WORK_16B;
    }

    @Override
    public boolean concerns(CaseFacts facts) {
        return facts.hasStatus(ResidenceStatus.STUDENT);
    }

    @Override
    public PathwayResult assess(CaseFacts facts) {
        ResultBuilder result = new ResultBuilder(Pathway.STUDENT_WORK_16B, Norms.STUDENT_WORK);
        result.baApprovalRequired(false);
        if (!concerns(facts)) {
            result.fail(ReasonCode.NOT_A_STUDENT, Norms.STUDENT_WORK);
        }
        Job job = facts.job;
        if (!job.kind().isEmployment()) {
            result.fail(ReasonCode.TRAINING_NEEDS_CHANGE_OF_PURPOSE, Norms.VOCATIONAL_TRAINING);
            result.step(StepCode.APPLY_FOR_CHANGE_TO_VOCATIONAL_TRAINING);
        } else if (job.weeklyHours().compareTo(PART_TIME_HOURS) <= 0) {
            result.because(ReasonCode.STUDENT_PART_TIME_WITHIN_DAY_ACCOUNT, Norms.STUDENT_WORK, job.weeklyHours(),
                    LegalConstants.STUDENT_WORKING_DAYS_PER_YEAR);
        } else if (fullDaysWithinAccount(job.contractMonths())) {
            result.because(ReasonCode.STUDENT_FULL_DAYS_WITHIN_DAY_ACCOUNT, Norms.STUDENT_WORK, job.contractMonths(),
                    LegalConstants.STUDENT_WORKING_DAYS_PER_YEAR);
        } else {
            result.fail(ReasonCode.STUDENT_DAY_ACCOUNT_EXCEEDED, Norms.STUDENT_WORK, job.weeklyHours(),
                    LegalConstants.STUDENT_WORKING_DAYS_PER_YEAR);
            result.step(StepCode.LIMIT_TO_20_HOURS_IN_LECTURE_PERIOD);
        }
        result.because(ReasonCode.NO_APPROVAL_FOR_STUDENT_WORK, Norms.STUDENT_WORK);
        SharedChecks.minimumWage(facts, result);
        if (result.isOpen()) {
            result.step(StepCode.KEEP_TRACK_OF_WORKING_DAYS);
        }
        result.guidance(GuidanceKeys.STUDENTS);
        return Procedures.noProcedure(facts, result);
    }

    /** Full-time days (five a week) over the contract's length stay within 140; a permanent job does not. */
    private static boolean fullDaysWithinAccount(@Nullable Integer contractMonths) {
        if (contractMonths == null) {
            return false;
        }
        long days = (long) contractMonths * LegalConstants.WEEKS_PER_YEAR * WORKING_DAYS_PER_WEEK / MONTHS_PER_YEAR;
        return days <= LegalConstants.STUDENT_WORKING_DAYS_PER_YEAR;
    }
}
