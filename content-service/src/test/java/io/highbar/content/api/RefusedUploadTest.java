package io.highbar.content.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import io.highbar.content.ContentServiceTest;
import io.highbar.content.TestCards;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A refused upload on the wire: the answer comes once the body is in, so a client never races it with the rest of its
 * body, and the connection stays usable; a body too long to read is answered at once and the connection closed.
 */
class RefusedUploadTest extends ContentServiceTest {

    @LocalServerPort
    int port;

    @Test
    void aRefusedUploadIsAnsweredOnlyOnceItsBodyIsInAndTheConnectionStaysUsable() throws IOException {
        byte[] card = TestCards.bytes(TestCards.withId("refused-upload-card", 1));
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head("PUT", "/api/competencies/refused-upload-card", bearer("candidate", "CANDIDATE"), card.length));
            out.write(Arrays.copyOf(card, card.length / 2));
            out.flush();

            socket.setSoTimeout(700);
            assertThatThrownBy(in::read).as("no answer while the body is still coming")
                    .isInstanceOf(SocketTimeoutException.class);

            out.write(Arrays.copyOfRange(card, card.length / 2, card.length));
            out.flush();
            socket.setSoTimeout(30_000);
            String refused = response(in);
            assertThat(refused).startsWith("HTTP/1.1 403").contains("application/problem+json");
            assertThat(refused.toLowerCase(Locale.ROOT)).doesNotContain("connection: close");

            out.write(head("GET", "/api/competencies/refused-upload-card", bearer("admin", "ADMIN"), 0));
            out.flush();
            assertThat(response(in)).as("the next request on the same connection").startsWith("HTTP/1.1 404");
        }
    }

    @Test
    void aRefusedUploadTooLongToReadIsAnsweredAtOnceAndItsConnectionClosed() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head("PUT", "/api/competencies/refused-upload-card", bearer("candidate", "CANDIDATE"),
                    2 * 1024 * 1024));
            out.flush();

            String refused = response(in);
            assertThat(refused).startsWith("HTTP/1.1 403");
            assertThat(refused.toLowerCase(Locale.ROOT)).contains("connection: close");
            assertThat(in.read()).as("end of stream").isEqualTo(-1);
        }
    }

    private static byte[] head(String method, String path, String authorization, int contentLength) {
        return (method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** One response: status line and headers, then a body of its Content-Length or in chunks. */
    private static String response(InputStream in) throws IOException {
        String head = line(in, "\r\n\r\n");
        String lower = head.toLowerCase(Locale.ROOT);
        StringBuilder body = new StringBuilder();
        if (lower.contains("transfer-encoding: chunked")) {
            for (int size; (size = Integer.parseInt(line(in, "\r\n").trim(), 16)) > 0; ) {
                body.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                line(in, "\r\n");
            }
            line(in, "\r\n");
        } else {
            int at = lower.indexOf("content-length:");
            if (at >= 0) {
                int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
                body.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
        }
        return head + body;
    }

    private static String line(InputStream in, String end) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.US_ASCII).endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after: " + read.toString(StandardCharsets.US_ASCII));
            }
            read.write(b);
        }
        return read.toString(StandardCharsets.US_ASCII);
    }
}
