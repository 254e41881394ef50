package io.pmo.devstack;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The value type of the Mongo-wire server's collections: documents stored as BSON, the bytes they travel in,
 * instead of Java-serialized. mongo-java-server opens its collection maps with H2's default type, which writes a
 * document with {@code ObjectOutputStream} and reads it with {@code ObjectInputStream}, every value of a page
 * each time the page is written or read: 22 % of the server's CPU and 15 % of the whole stack's allocations in a
 * profile of the load benchmark (JFR). BSON is also what MongoDB keeps, so a document reads back as the wire
 * delivered it (an {@code Instant} to the millisecond, as BSON dates are); and nothing in the file is
 * deserialized as Java objects any more.
 *
 * <p>A stored BSON document starts with {@link #BSON}, a tag H2's object type never writes; every other value,
 * and a document written by an earlier version, is read by H2's object type as before, so an existing data file
 * opens unchanged and its documents are rewritten as BSON as their pages are next written. A document holding a value BSON
 * cannot carry (none reaches the server over the wire, but the server could make one) is written the old way.
 */
final class BsonStoredDocuments extends ObjectDataType {

    /** The first byte of a document stored as BSON: H2's object type tags are 0-14, 19, 32-49 and 64-119. */
    static final byte BSON = 127;

    /** An encoding buffer per writing thread; one that grew past this is not kept. */
    private static final int KEPT_CAPACITY = 256 * 1024;

    private static final ThreadLocal<ByteBuf> BUFFER = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    /** A running average of the documents' BSON sizes, for the page cache's estimate of their memory. */
    private volatile int averageSize = 1024;

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof Document document)) {
            super.write(buffer, value);
            return;
        }
        ByteBuf bson = BUFFER.get();
        bson.clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        }
        catch (RuntimeException notBson) {
            super.write(buffer, value);
            return;
        }
        finally {
            if (bson.capacity() > KEPT_CAPACITY) {
                BUFFER.remove();
            }
        }
        int size = bson.readableBytes();
        buffer.put(BSON).put(bson.nioBuffer());
        averageSize = (size + 15 * averageSize) / 16;
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return super.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return document;
    }

    /**
     * What a document takes in the page cache: about three times its BSON size as Java objects (strings, boxed
     * numbers, the map's entries). H2's object type estimates a serialized object by the average size it
     * serialized, which documents now bypass.
     */
    @Override
    public int getMemory(Object value) {
        return value instanceof Document ? 3 * averageSize + 64 : super.getMemory(value);
    }
}
