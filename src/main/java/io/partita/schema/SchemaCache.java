package io.partita.schema;

import io.partita.model.RegisteredSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Schemas by global id, least recently used dropped first. Ids never change meaning in a registry, so entries
 * never go stale; the bound only keeps a long session over many topics from growing without limit.
 * Thread-safe; the lock is never held across network calls (two threads may fetch the same id once each).
 */
final class SchemaCache {

    private final Map<Integer, RegisteredSchema> entries;

    SchemaCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, RegisteredSchema> eldest) {
                return size() > maxEntries;
            }
        };
    }

    synchronized Optional<RegisteredSchema> get(int id) {
        return Optional.ofNullable(entries.get(id));
    }

    synchronized void put(int id, RegisteredSchema schema) {
        entries.put(id, schema);
    }

    synchronized int size() {
        return entries.size();
    }
}
