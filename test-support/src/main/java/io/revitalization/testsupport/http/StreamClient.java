package io.revitalization.testsupport.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client of a change stream on a plain socket, from a loopback address of its choice (127.0.0.0/8 is all
 * loopback), so that a test can play many client addresses and hold hundreds of streams without a thread each.
 * It reads the answer's head at once, then the body (chunked or with a Content-Length) as far as a test asks.
 */
public final class StreamClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final int status;
    private final Map<String, String> headers = new HashMap<>();
    private final boolean chunked;
    private final StringBuilder body = new StringBuilder();
    private int unread;
    private boolean ended;

    private StreamClient(Socket socket, int status, boolean chunked, int length) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.status = status;
        this.chunked = chunked;
        this.unread = length;
    }

    /** {@code GET path} from {@code fromAddress} to the gateway or service at 127.0.0.1:{@code port}. */
    public static StreamClient open(String fromAddress, int port, String path, Map<String, String> requestHeaders) {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAccept: text/event-stream\r\n");
            requestHeaders.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> head = new HashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                head.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            boolean chunked = "chunked".equalsIgnoreCase(head.get("transfer-encoding"));
            int length = head.containsKey("content-length") ? Integer.parseInt(head.get("content-length")) : -1;
            StreamClient client = new StreamClient(socket, Integer.parseInt(statusLine.split(" ")[1]), chunked, length);
            client.headers.putAll(head);
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int status() {
        return status;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Everything read of the body so far. */
    public String body() {
        return body.toString();
    }

    /** Reads until the body read so far contains {@code text} (true), or it ends or the time is up (false). */
    public boolean readUntil(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!body.toString().contains(text)) {
            if (ended || System.nanoTime() > deadline || !readSome(deadline)) {
                return body.toString().contains(text);
            }
        }
        return true;
    }

    /** Reads until the body ends (true) or the time is up (false). */
    public boolean readToEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            if (System.nanoTime() > deadline || !readSome(deadline)) {
                return ended;
            }
        }
        return true;
    }

    public boolean ended() {
        return ended;
    }

    /** Reads one piece (a chunk, or what the Content-Length says): false when nothing came before the deadline. */
    private boolean readSome(long deadline) {
        try {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (!chunked) {
                if (unread < 0) {
                    throw new IllegalStateException("an answer neither chunked nor with a length");
                }
                body.append(new String(in.readNBytes(unread), StandardCharsets.UTF_8));
                unread = 0;
                ended = true;
                return true;
            }
            String size = line(in);
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                line(in);
                ended = true;
                return true;
            }
            body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            line(in);
            return true;
        } catch (SocketTimeoutException timeout) {
            return false;
        } catch (IOException e) {
            ended = true;
            return false;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection ended");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
