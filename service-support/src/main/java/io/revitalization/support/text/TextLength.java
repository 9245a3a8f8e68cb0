package io.revitalization.support.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The length of text in characters as people count them: Unicode code points, so that a character outside the
 * Basic Multilingual Plane (many CJK extension ideographs, emoji) counts once, where {@code @Size} counts the two
 * UTF-16 units Java stores it in ({@link Characters}). {@code null} is valid (pair with {@code @NotNull} or
 * {@code @NotBlank}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextLengthValidator.class)
public @interface TextLength {
    int min() default 0;

    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
