package io.highbar.infra;

import java.nio.ByteBuffer;
import java.util.Arrays;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * Stored documents as BSON, the wire format they arrived in. H2's default value type Java-serialized each
 * document (class descriptors and all) every time its page was written, which was the store's largest cost, and
 * guessed every document's size from an average, so pages of large documents grew far past their split size.
 * Values written by the default type (stores from earlier releases) are still read: they start with one of its
 * type tags, never with {@link #BSON}; they are written as BSON the next time their page is written.
 */
final class StoredDocumentType extends BasicDataType<StoredDocument> {

    /** A first byte {@link ObjectDataType} never writes (its type tags are small non-negative numbers). */
    static final byte BSON = (byte) 0xB5;

    private final ObjectDataType legacy = new ObjectDataType();

    @Override
    public StoredDocument[] createStorage(int size) {
        return new StoredDocument[size];
    }

    @Override
    public int getMemory(StoredDocument stored) {
        return stored.memory();
    }

    @Override
    public void write(WriteBuffer out, StoredDocument stored) {
        out.put(BSON).putVarInt(stored.bson().length).put(stored.bson());
    }

    @Override
    public StoredDocument read(ByteBuffer in) {
        if (in.get(in.position()) != BSON) {
            return StoredDocument.of((Document) legacy.read(in));
        }
        in.get();
        byte[] bson = new byte[DataUtils.readVarInt(in)];
        in.get(bson);
        return new StoredDocument(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson)), bson);
    }

    /** Values are only ever tested for equality (a conditional replace), never ordered. */
    @Override
    public int compare(StoredDocument a, StoredDocument b) {
        return a == b || Arrays.equals(a.bson(), b.bson()) ? 0 : 1;
    }
}
