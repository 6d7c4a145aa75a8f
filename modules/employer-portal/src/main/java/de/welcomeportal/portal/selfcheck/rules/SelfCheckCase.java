package de.welcomeportal.portal.selfcheck.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One question an employer asks: may I employ this candidate in this job, and how?
 *
 * @param decisionDate the day the authority decides; the yearly figures valid on it apply, and it stands in for the
 *                     Blue Card application date of the new-entrant rule
 * @param candidate    the person to be employed
 * @param job          the job offered
 */
public record SelfCheckCase(LocalDate decisionDate, Candidate candidate, Job job) {

    public SelfCheckCase {
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(job, "job");
    }

    public static SelfCheckCase of(LocalDate decisionDate, Candidate candidate, Job job) {
        return new SelfCheckCase(decisionDate, candidate, job);
    }
}
