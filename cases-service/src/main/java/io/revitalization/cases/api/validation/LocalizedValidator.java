package io.revitalization.cases.api.validation;

import io.revitalization.support.text.Characters;
import io.revitalization.values.LocalizedText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

public class LocalizedValidator implements ConstraintValidator<Localized, LocalizedText> {
    private int max;
    private boolean required;

    @Override
    public void initialize(Localized annotation) {
        max = annotation.max();
        required = annotation.required();
    }

    @Override
    public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        if (text == null || text.isEmpty()) {
            if (required) {
                context.buildConstraintViolationWithTemplate(
                        "is required: give the text in at least one of zh-TW, ja and en").addConstraintViolation();
            }
            return !required;
        }
        boolean valid = true;
        for (String language : LocalizedText.LANGUAGES) {
            Optional<String> value = text.in(language);
            if (value.isPresent() && Characters.count(value.get()) > max) {
                context.buildConstraintViolationWithTemplate(Characters.atMost(max))
                        .addPropertyNode(language).addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }
}
