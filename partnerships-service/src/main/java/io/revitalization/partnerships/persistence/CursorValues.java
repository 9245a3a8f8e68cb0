package io.revitalization.partnerships.persistence;

import io.revitalization.support.problem.ProblemException;
import io.revitalization.support.refs.Reference;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads the values of cursors this service wrote; a value it cannot read answers 400. */
final class CursorValues {
    private CursorValues() {
    }

    static UUID uuidOrInvalidCursor(String value) {
        return Reference.uuid(value).orElseThrow(CursorValues::invalidCursor);
    }

    static LocalDate dateOrInvalidCursor(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidCursor();
        }
    }

    static OffsetDateTime timeOrInvalidCursor(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidCursor();
        }
    }

    static int intOrInvalidCursor(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalidCursor();
        }
    }

    static ProblemException invalidCursor() {
        return ProblemException.invalid("cursor", "is not a cursor this list returned");
    }
}
