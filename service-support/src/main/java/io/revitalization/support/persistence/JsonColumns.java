package io.revitalization.support.persistence;

import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How every service's JSON columns (localized texts, evidence, codebook dimensions…) are written and read: a
 * mapper of their own, so tuning the REST layer's JSON can never change what is stored. Lenient on reading, so rows written before a
 * field was dropped stay readable. {@link JsonDocuments} writes and reads the same way by hand.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonColumns implements FormatMapper {
    private final FormatMapper delegate = new JacksonJsonFormatMapper(JsonDocuments.MAPPER);

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
