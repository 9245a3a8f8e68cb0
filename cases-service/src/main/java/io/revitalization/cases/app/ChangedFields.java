package io.revitalization.cases.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields two versions of a document differ in, as paths: objects are compared field by field
 * ({@code title.en}, {@code period.endYear}), anything else (arrays, values) as a whole ({@code sdgs}).
 */
final class ChangedFields {
    /** {@link Class#getRecordComponents()} reads the class file attribute anew on every call. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private ChangedFields() {
    }

    static List<String> between(JsonNode before, JsonNode after) {
        List<String> changed = new ArrayList<>();
        collect(before, after, "", changed);
        return changed;
    }

    /** The fields a first version sets: those not null, not empty and not false. */
    static List<String> of(Record created) {
        List<String> set = new ArrayList<>();
        for (RecordComponent component : COMPONENTS.get(created.getClass())) {
            Object value = valueOf(component, created);
            boolean empty = value == null || value instanceof Collection<?> collection && collection.isEmpty()
                    || value instanceof Map<?, ?> map && map.isEmpty() || Boolean.FALSE.equals(value);
            if (!empty) {
                set.add(component.getName());
            }
        }
        return set;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static void collect(JsonNode before, JsonNode after, String path, List<String> changed) {
        if (before.isObject() && after.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                collect(orNull(before.get(name)), orNull(after.get(name)), path.isEmpty() ? name : path + "." + name,
                        changed);
            }
        } else if (!before.equals(after)) {
            changed.add(path);
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
