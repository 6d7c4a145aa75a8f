package de.welcomeportal.portal.precheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A short text for a register-like field (company, street, job title): letters, digits and ordinary punctuation.
 * Markup, statement separators and comment markers have no place there; refusing them at the door means such a
 * value is never stored, whatever a later consumer (an authority's case system, a PDF, a CSV) does with it.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{precheck.validation.plain-text}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {

        private static final Pattern FORBIDDEN = Pattern.compile("[<>;={}\\\\\\p{Cntrl}]|--|/\\*|\\*/");

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || !FORBIDDEN.matcher(value).find();
        }
    }
}
