package io.highbar.infra;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A document as the file store holds it: decoded, for queries, and encoded as BSON once per version, for every
 * write of the page it sits on (a page is written again whenever any document on it changes).
 */
record StoredDocument(Document document, byte[] bson) {

    /** Buffers above this size are not kept for the next document: one large document must not pin its size. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;
    /**
     * Each writing thread encodes into the same buffer: a fresh one grew by doubling up to the document's size
     * for every version written, a tenth of the store's allocation.
     */
    private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(64 * 1024));

    static StoredDocument of(Document document) {
        ByteBuf out = BUFFER.get().clear();
        try {
            BsonEncoder.encodeDocument(document, out);
            byte[] bson = new byte[out.readableBytes()];
            out.readBytes(bson);
            return new StoredDocument(document, bson);
        } finally {
            if (out.capacity() > KEPT_BUFFER_BYTES) {
                BUFFER.remove();
            }
        }
    }

    /** Heap held, roughly: the bytes, and the decoded document at about three times their size. */
    int memory() {
        return 64 + 4 * bson.length;
    }
}
