package de.welcomeportal.portal.selfcheck.rules;

/**
 * What the employer brings to a recognition partnership (Anerkennungspartnerschaft, § 16d Abs. 3 AufenthG).
 *
 * @param agreementSigned             the agreement between employer and employee about the recognition is signed
 * @param employerSuitableForTraining the employer is suitable for training or further qualification
 */
public record RecognitionPartnership(boolean agreementSigned, boolean employerSuitableForTraining) {

    public static RecognitionPartnership none() {
        return new RecognitionPartnership(false, false);
    }
}
