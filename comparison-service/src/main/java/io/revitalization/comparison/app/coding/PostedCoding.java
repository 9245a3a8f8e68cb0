package io.revitalization.comparison.app.coding;

import io.revitalization.comparison.domain.CaseCoding;
import io.revitalization.support.security.Caller;

import java.util.concurrent.CompletableFuture;

/** A coding posted on its own, waiting to be written with those posted at the same moment. */
record PostedCoding(NewCoding request, Caller author, CompletableFuture<CaseCoding> written) {

    PostedCoding(NewCoding request, Caller author) {
        this(request, author, new CompletableFuture<>());
    }
}
