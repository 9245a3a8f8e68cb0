package io.revitalization.support.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class TextLengthValidator implements ConstraintValidator<TextLength, CharSequence> {
    private int min;
    private int max;
    private String message;

    @Override
    public void initialize(TextLength annotation) {
        min = annotation.min();
        max = annotation.max();
        message = !annotation.message().isEmpty() ? annotation.message()
                : min > 0 ? "must be " + min + " to " + max + " characters" : Characters.atMost(max);
    }

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        int length = Characters.count(text);
        if (length >= min && length <= max) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                .addConstraintViolation();
        return false;
    }
}
