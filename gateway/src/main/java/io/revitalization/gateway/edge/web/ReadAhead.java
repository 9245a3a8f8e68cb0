package io.revitalization.gateway.edge.web;

import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;

/**
 * Reads ahead in a service's chunked answer what has already arrived, the way nginx buffers an upstream answer:
 * an answer that is complete by the end of the event loop's current turn (most are: a small body arrives with its
 * head) is sent on in one write with its Content-Length; any other goes on streaming, starting with what was read.
 * Passed on piece by piece, a small chunked answer cost the gateway and its client a write, a wake-up and a read for
 * each piece.
 */
public final class ReadAhead {
    /** At most this much is held back (nginx's proxy buffers hold 32 to 64 KiB). */
    public static final int LIMIT = 64 * 1024;

    /** The body to send on; {@code whole} is all of it when it arrived within the turn, else null. */
    public record Read(Body body, Buffer whole) {
    }

    private ReadAhead() {
    }

    public static Future<Read> of(ReadStream<Buffer> body, Context context) {
        Promise<Read> promise = Promise.promise();
        CompositeByteBuf received = receive(body, promise, LIMIT, false);
        if (promise.future().isComplete()) {
            // the whole body had arrived (the usual case): no need to wait for the end of the turn
            return promise.future();
        }
        // runs after what the resumed body still had to deliver from the reads of this turn
        context.runOnContext(turnEnd -> {
            if (!promise.future().isComplete()) {
                body.pause();
                promise.complete(new Read(Body.body(new Prefixed(Buffer.buffer(received), body), -1), null));
            }
        });
        return promise.future();
    }

    /**
     * Reads the whole body, however many turns it takes, when it is at most {@code limit} bytes (an answer to keep
     * must be whole, and a large one seldom arrives within one turn); a longer one goes on streaming.
     */
    public static Future<Read> upTo(ReadStream<Buffer> body, long limit) {
        Promise<Read> promise = Promise.promise();
        receive(body, promise, limit, true);
        return promise.future();
    }

    /**
     * Collects the body's pieces (joined without copying them) until its end, which completes {@code promise} with
     * the whole; at {@code limit} bytes the body is paused, and with {@code streamOnLimit} the promise is completed
     * with what was read followed by the rest.
     */
    private static CompositeByteBuf receive(ReadStream<Buffer> body, Promise<Read> promise, long limit,
                                            boolean streamOnLimit) {
        CompositeByteBuf received = Unpooled.compositeBuffer(Integer.MAX_VALUE);
        body.exceptionHandler(promise::tryFail);
        body.endHandler(end -> {
            Buffer whole = Buffer.buffer(received);
            promise.tryComplete(new Read(Body.body(whole), whole));
        });
        body.handler(piece -> {
            received.addComponent(true, piece.getByteBuf());
            if (received.readableBytes() >= limit && !promise.future().isComplete()) {
                body.pause();
                if (streamOnLimit) {
                    promise.complete(new Read(Body.body(new Prefixed(Buffer.buffer(received), body), -1), null));
                }
            }
        });
        body.resume();
        return received;
    }

    /** What was read ahead, then the rest of the body as it comes. */
    private static final class Prefixed implements ReadStream<Buffer> {
        private final ReadStream<Buffer> rest;
        private Buffer prefix;
        private Handler<Buffer> handler;
        private boolean paused = true;

        Prefixed(Buffer prefix, ReadStream<Buffer> rest) {
            this.prefix = prefix.length() > 0 ? prefix : null;
            this.rest = rest;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            this.handler = handler;
            rest.handler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            rest.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> handler) {
            rest.endHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            paused = true;
            rest.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            paused = false;
            if (prefix != null && handler != null) {
                Buffer first = prefix;
                prefix = null;
                handler.handle(first);
            }
            if (!paused) {
                rest.resume();
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            long left = amount;
            if (left > 0 && prefix != null && handler != null) {
                Buffer first = prefix;
                prefix = null;
                left--;
                handler.handle(first);
            }
            if (left > 0) {
                rest.fetch(left);
            }
            return this;
        }
    }
}
