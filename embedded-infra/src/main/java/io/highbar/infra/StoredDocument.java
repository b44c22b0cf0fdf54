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

    static StoredDocument of(Document document) {
        ByteBuf out = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, out);
        byte[] bson = new byte[out.readableBytes()];
        out.readBytes(bson);
        return new StoredDocument(document, bson);
    }

    /** Heap held, roughly: the bytes, and the decoded document at about three times their size. */
    int memory() {
        return 64 + 4 * bson.length;
    }
}
