package io.revitalization.comparison.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.revitalization.events.LocalizedText;
import jakarta.inject.Singleton;

/** The REST layer's JSON: localized text as its three languages only. */
@Singleton
public class JsonCustomization implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(LocalizedText.class, LocalizedTextMixin.class);
    }
}
