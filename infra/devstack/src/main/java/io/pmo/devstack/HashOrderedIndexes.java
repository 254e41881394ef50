package io.pmo.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The unique indexes of the Mongo-wire server ({@code _id} first of all), kept in MVStore maps whose keys are
 * ordered by a hash of their values instead of by their Java-serialized bytes. mongo-java-server opens its index
 * maps with H2's default key type, which compares a {@link KeyValue} (not {@code Comparable}) by serializing both
 * sides on every comparison: a lookup by {@code _id} serialized about 2 x log2(n) objects, a quarter of the
 * server's CPU under load (JFR profile of the load benchmark). The order of an index does not matter to
 * mongo-java-server (it looks keys up, inserts and removes them, and iterates without relying on order), so here
 * keys made only of strings, numbers, booleans and UUIDs are ordered by a hash that is the same in every JVM,
 * then, on a tie, by equality and their bytes; any other key comes after them in byte order, as before. The keys'
 * stored bytes are unchanged.
 *
 * <p>An index map written by an earlier version (byte order) is re-sorted once when it is first opened: its entries
 * are read, the map removed and written again in the new order. {@value #FORMATS} records which maps have the new
 * order.
 */
final class HashOrderedIndexes {

    /** Map name to order format, for the index maps in hash order. "$" starts no database name. */
    static final String FORMATS = "$pmo.index-order";

    private static final int HASH_ORDER = 2;

    private HashOrderedIndexes() {
    }

    /**
     * Opens the index map {@code name} in hash order, re-sorting it first if an earlier version wrote it. Call it
     * before mongo-java-server opens the map by name, which then gets this instance.
     */
    static void open(MVStore store, String name) {
        MVMap<String, Integer> formats = store.openMap(FORMATS);
        if (Integer.valueOf(HASH_ORDER).equals(formats.get(name))) {
            store.openMap(name, new MVMap.Builder<Object, Object>().keyType(new KeyType()));
            return;
        }
        if (!store.hasMap(name)) {
            store.openMap(name, new MVMap.Builder<Object, Object>().keyType(new KeyType()));
            formats.put(name, HASH_ORDER);
            return;
        }
        MVMap<Object, Object> byteOrdered = store.openMap(name);
        List<Map.Entry<Object, Object>> entries = new ArrayList<>(byteOrdered.entrySet());
        store.removeMap(byteOrdered);
        MVMap<Object, Object> hashOrdered = store.openMap(name,
                new MVMap.Builder<Object, Object>().keyType(new KeyType()));
        entries.forEach(entry -> hashOrdered.put(entry.getKey(), entry.getValue()));
        formats.put(name, HASH_ORDER);
    }

    /**
     * Gives the index map {@code from} the name {@code to} (a renamed collection's index), replacing a map of that
     * name, and carries its order record along, so that the next start does not re-sort it.
     */
    static void rename(MVStore store, String from, String to) {
        if (store.hasMap(to)) {
            store.removeMap(store.openMap(to));
        }
        store.renameMap(store.openMap(from), to);
        MVMap<String, Integer> formats = store.openMap(FORMATS);
        Integer format = formats.remove(from);
        if (format != null) {
            formats.put(to, format);
        }
    }

    /** H2's object type (same bytes on disk) with the hash order for index keys. */
    static final class KeyType extends ObjectDataType {

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue x && b instanceof KeyValue y) {
                boolean hashedX = hashable(x);
                boolean hashedY = hashable(y);
                if (hashedX && hashedY) {
                    int order = Integer.compare(hash(x), hash(y));
                    if (order != 0) {
                        return order;
                    }
                    if (x.equals(y)) {
                        // values of these types are equal exactly when their serialized bytes are
                        return 0;
                    }
                }
                else if (hashedX != hashedY) {
                    return hashedX ? -1 : 1;
                }
            }
            return super.compare(a, b);
        }

        private static boolean hashable(KeyValue key) {
            for (Object value : key) {
                if (!(value instanceof String || value instanceof Long || value instanceof Integer
                        || value instanceof Double || value instanceof Boolean || value instanceof UUID)) {
                    return false;
                }
            }
            return true;
        }

        /** The same in every JVM for these types (String, boxed numbers, Boolean and UUID define their hashes). */
        static int hash(KeyValue key) {
            int hash = 1;
            for (Object value : key) {
                hash = 31 * hash + value.hashCode();
            }
            return hash;
        }
    }
}
