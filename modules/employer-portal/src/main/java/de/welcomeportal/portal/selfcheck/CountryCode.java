package de.welcomeportal.portal.selfcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * An ISO 3166-1 alpha-2 country code in upper case, including {@code XK} for Kosovo (a user-assigned code that
 * German authorities and the EU use). A pattern alone would let "XX" through.
 */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

    String message() default "{selfcheck.validation.country-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<CountryCode, String> {

        private static final Set<String> CODES = codes();

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }

        private static Set<String> codes() {
            Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
            codes.add("XK");
            return Set.copyOf(codes);
        }
    }
}
