package de.welcomeportal.portal.precheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Rules across fields of a pre-check: a fixed-term contract names its months; a candidate living in Germany has a
 * residence status. Each problem is reported at the field that must change.
 */
@Documented
@Constraint(validatedBy = ValidApplication.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidApplication {

    String message() default "{precheck.validation.inconsistent}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ValidApplication, PrecheckApplication> {

        @Override
        public boolean isValid(PrecheckApplication application, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            PrecheckApplication.Position position = application.position();
            if (position != null && position.fixedTerm() && position.contractMonths() == null) {
                context.buildConstraintViolationWithTemplate("{precheck.validation.contract-months}")
                        .addPropertyNode("position").addPropertyNode("contractMonths").addConstraintViolation();
                valid = false;
            }
            PrecheckApplication.Candidate candidate = application.candidate();
            if (candidate != null && "DE".equals(candidate.countryOfResidence()) && candidate.residenceStatus() == null) {
                context.buildConstraintViolationWithTemplate("{precheck.validation.residence-status}")
                        .addPropertyNode("candidate").addPropertyNode("residenceStatus").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
