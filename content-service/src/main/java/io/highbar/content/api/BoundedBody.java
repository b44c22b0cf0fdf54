package io.highbar.content.api;

import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request body read whole up to a limit. Past the limit the rest is still read and dropped, up to four times the
 * limit, before the error goes out: a server that answers and closes while the client is still sending leaves that
 * client with a broken connection instead of the 413 that says what to do.
 */
final class BoundedBody {

    /** How much of an oversized body is read and dropped, as a multiple of the limit, before the connection is cut. */
    static final int DRAIN_FACTOR = 4;

    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long total;

    private BoundedBody(long limit) {
        this.limit = limit;
    }

    /** The body's bytes, or {@code tooLarge} once it is over {@code limit}. */
    static Mono<byte[]> read(Flux<DataBuffer> body, long limit, Supplier<? extends RuntimeException> tooLarge) {
        return Mono.defer(() -> {
            long[] seen = {0};
            return body.takeUntil(buffer -> (seen[0] += buffer.readableByteCount()) > DRAIN_FACTOR * limit)
                    .collect(() -> new BoundedBody(limit), BoundedBody::add)
                    .flatMap(read -> read.total > limit ? Mono.<byte[]>error(tooLarge.get())
                            : Mono.just(read.bytes.toByteArray()));
        });
    }

    private void add(DataBuffer buffer) {
        try {
            int n = buffer.readableByteCount();
            total += n;
            if (total <= limit) {
                byte[] chunk = new byte[n];
                buffer.read(chunk);
                bytes.write(chunk, 0, n);
            } else {
                bytes.reset();
            }
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
