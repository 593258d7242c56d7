package io.partita.schema;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A decoded Avro record as an ordered, read-only {@code Map<String, Object>}: the field names (and their index) are
 * shared by every record of the schema, each record holds only its values. Half the cost of filling a
 * LinkedHashMap per record, and lookups by name (filters) stay one hash probe.
 */
final class RecordMap extends AbstractMap<String, Object> {

    /** The field names of one record schema, in order, with their positions. */
    static final class Fields {
        private final String[] names;
        private final Map<String, Integer> index = new HashMap<>();

        Fields(String[] names) {
            this.names = names.clone();
            for (int i = 0; i < names.length; i++) {
                index.putIfAbsent(names[i], i);
            }
        }

        int size() {
            return names.length;
        }
    }

    private final Fields fields;
    private final Object[] values;

    RecordMap(Fields fields, Object[] values) {
        this.fields = fields;
        this.values = values;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.index.containsKey(key);
    }

    @Override
    public Object get(Object key) {
        Integer i = fields.index.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(fields.names[i], values[i]);
                    }
                };
            }
        };
    }
}
