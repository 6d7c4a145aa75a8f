package de.welcomeportal.portal.precheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Period;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A date of birth of a person at least this old today (the validator's clock), e.g. 15 for employment: younger
 * people may not be employed (§ 5 JArbSchG) and cannot be the subject of a pre-check.
 */
@Documented
@Constraint(validatedBy = MinimumAge.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MinimumAge {

    int value();

    String message() default "{precheck.validation.minimum-age}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<MinimumAge, LocalDate> {

        private int years;

        @Override
        public void initialize(MinimumAge annotation) {
            years = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable LocalDate birthDate, ConstraintValidatorContext context) {
            if (birthDate == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !birthDate.isAfter(today) && Period.between(birthDate, today).getYears() >= years;
        }
    }
}
