package io.revitalization.gateway.edge.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw bytes that are not UTF-8 in the request line (no client library sends them, an attacker does) are refused
 * by the gateway with a 400 problem naming the path or the parameter; forwarded, they reached the service
 * re-encoded, which refused them with an empty 400.
 */
@QuarkusTest
class UndecodablePathTest {

    @Test
    void rawBytesThatAreNotUtf8AreAProblemNamingWhereTheyAre() throws IOException {
        String inPath = exchange(bytes("GET /api/v1/cases/a", 0xC0, 0xAD));
        assertThat(inPath).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"field\":\"path\"");
        String inQuery = exchange(bytes("GET /api/v1/cases?country=", 0xC0, 0xAD));
        assertThat(inQuery).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"field\":\"country\"");
    }

    private static byte[] bytes(String start, int... raw) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(start.getBytes(StandardCharsets.US_ASCII));
        for (int b : raw) {
            request.write(b);
        }
        request.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        return request.toByteArray();
    }

    private static String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
