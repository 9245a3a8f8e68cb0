package io.revitalization.support.web;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body without {@code Content-Length} (chunked), counted while it streams to the service: past the
 * limit it fails with {@link BodyTooLargeException}, which stops the upload.
 */
final class SizeLimitedStream implements ReadStream<Buffer> {
    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onExceeded;
    private Handler<Throwable> exceptionHandler;
    private long seen;
    private boolean exceeded;

    SizeLimitedStream(ReadStream<Buffer> source, long limit, Runnable onExceeded) {
        this.source = source;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(buffer -> {
            if (exceeded) {
                return;
            }
            seen += buffer.length();
            if (seen <= limit) {
                handler.handle(buffer);
                return;
            }
            exceeded = true;
            onExceeded.run();
            if (exceptionHandler != null) {
                exceptionHandler.handle(new BodyTooLargeException(limit));
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler);
        return this;
    }
}
