package io.revitalization.cases.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds a {@link io.revitalization.values.LocalizedText}: each language at most {@link #max()} characters
 * (code points, as service-support's {@code Characters} counts them) and, when {@link #required()}, at least one
 * language not blank.
 * A violation names the language, e.g. {@code title.en}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LocalizedValidator.class)
public @interface Localized {
    int max();

    boolean required() default false;

    String message() default "is not valid localized text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
