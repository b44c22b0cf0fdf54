package io.highbar.loadtool;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An event stream that is requested and never read: a raw socket with a 1 KB receive buffer, as a client on a
 * frozen tab or a dead link leaves one. Once the socket's buffers and the server's per-connection buffers are full,
 * the server can write nothing more to it; {@code --stalled-streams} opens such streams beside each candidate's own
 * to measure what they cost the streams that do read.
 */
final class StalledStream implements AutoCloseable {

    static final int RECEIVE_BUFFER_BYTES = 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final Socket socket;

    private StalledStream(Socket socket) {
        this.socket = socket;
    }

    /** Requests {@code events} (a plain-HTTP URL the options already held to loopback) and returns unread. */
    static StalledStream open(URI events, String token) throws IOException {
        int port = events.getPort() > 0 ? events.getPort() : 80;
        Socket socket = new Socket();
        try {
            socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
            socket.connect(new InetSocketAddress(events.getHost(), port), CONNECT_TIMEOUT_MILLIS);
            String request = "GET " + events.getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + events.getHost() + ":" + port + "\r\n"
                    + "Accept: text/event-stream\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new StalledStream(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket nobody reads: nothing to report
        }
    }
}
