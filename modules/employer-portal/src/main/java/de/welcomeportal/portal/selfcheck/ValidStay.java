package de.welcomeportal.portal.selfcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import de.welcomeportal.portal.selfcheck.rules.Location;

/**
 * The residence situation in Germany is given exactly when the candidate is in Germany: required for
 * {@code IN_GERMANY}, absent for {@code ABROAD}. Reported at the field {@code inGermany}.
 */
@Documented
@Constraint(validatedBy = ValidStay.Validator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@interface ValidStay {

    String message() default "{selfcheck.validation.in-germany-required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ValidStay, SelfCheckRequest.CandidateData> {

        @Override
        public boolean isValid(SelfCheckRequest.CandidateData candidate, ConstraintValidatorContext context) {
            String problem = null;
            if (candidate.location() == Location.IN_GERMANY && candidate.inGermany() == null) {
                problem = "{selfcheck.validation.in-germany-required}";
            } else if (candidate.location() == Location.ABROAD && candidate.inGermany() != null) {
                problem = "{selfcheck.validation.in-germany-only-when-there}";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addPropertyNode("inGermany").addConstraintViolation();
            return false;
        }
    }
}
