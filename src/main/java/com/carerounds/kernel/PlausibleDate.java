package com.carerounds.kernel;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * A date or month of the years CareRounds plans in ({@link #EARLIEST_YEAR}–{@link #LATEST_YEAR}):
 * Java accepts years such as -999999999, which no database stores alike and no elder was born in.
 */
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
public @interface PlausibleDate {

    /** The oldest elders alive were born after this year began. */
    int EARLIEST_YEAR = 1900;
    /** Far beyond any contract or roster, within every database's date range. */
    int LATEST_YEAR = 2199;

    String message() default "must be in the years " + EARLIEST_YEAR + " to " + LATEST_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** For a {@code LocalDate} or {@code YearMonth}; null is for {@code @NotNull} to judge. */
    class Validator implements ConstraintValidator<PlausibleDate, Temporal> {

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            return value == null || plausible(value.get(ChronoField.YEAR));
        }

        public static boolean plausible(int year) {
            return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
        }
    }
}
