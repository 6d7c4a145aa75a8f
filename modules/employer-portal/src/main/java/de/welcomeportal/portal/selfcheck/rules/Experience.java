package de.welcomeportal.portal.selfcheck.rules;

/**
 * Professional experience in whole years (a part year does not reach the next whole one, which is what the "at least
 * n years" rules need).
 *
 * @param relevantYearsInLast5 years qualifying for the job within the last 5 years (§ 6 Abs. 1 Nr. 1 BeschV)
 * @param itYearsInLast7       years of IT experience at ISCO 133/25 level within the last 7 years (§ 18g Abs. 2)
 */
public record Experience(int relevantYearsInLast5, int itYearsInLast7) {

    public static Experience none() {
        return new Experience(0, 0);
    }
}
