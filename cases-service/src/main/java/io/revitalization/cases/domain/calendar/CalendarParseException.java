package io.revitalization.cases.domain.calendar;

/** A year string that names no year; the message says why, in terms of what the user wrote. */
public class CalendarParseException extends IllegalArgumentException {
    private final String input;

    public CalendarParseException(String input, String message) {
        super(message);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
