package io.revitalization.gateway.edge.routing;

/** The client closed its connection before its answer came: not the service's failure. */
final class CallerGoneException extends RuntimeException {
    CallerGoneException() {
        super("the client closed the connection", null, false, false);
    }
}
