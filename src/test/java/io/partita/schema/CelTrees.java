package io.partita.schema;

import com.google.protobuf.NullValue;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Our decoded trees in the Java types cel-java 0.14.0 evaluates, for {@link FilterEngineBench}. CEL refuses
 * BigDecimal outright and Integer in ordering and arithmetic (its int is a Java long; Integer passes only
 * equality), and reads a Java null as an unknown rather than as null. CEL has no decimal type: a decimal becomes a
 * double, exact only up to 15-17 significant digits. Maps and lists themselves are accepted as they are.
 */
final class CelTrees {

    private CelTrees() {
    }

    /** A full copy in CEL's types: one pass over the whole tree per record. */
    static Object copy(Object v) {
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> out = new HashMap<>(map.size() * 2);
            map.forEach((k, x) -> out.put(k, copy(x)));
            return out;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object x : list) {
                out.add(copy(x));
            }
            return out;
        }
        return leaf(v);
    }

    /** The tree seen through views that convert only what CEL reads, when it reads it. */
    static Object view(Object v) {
        if (v instanceof Map<?, ?> map) {
            return new MapView(map);
        }
        if (v instanceof List<?> list) {
            return new ListView(list);
        }
        return leaf(v);
    }

    private static Object leaf(Object v) {
        if (v == null) {
            return NullValue.NULL_VALUE;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof BigDecimal d) {
            return d.doubleValue();
        }
        return v instanceof Float f ? f.doubleValue() : v;
    }

    private static final class MapView extends AbstractMap<Object, Object> {
        private final Map<?, ?> map;

        MapView(Map<?, ?> map) {
            this.map = map;
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public Object get(Object key) {
            return map.containsKey(key) ? view(map.get(key)) : null;
        }

        @Override
        public int size() {
            return map.size();
        }

        /** Only for whole-map operations (equality, iteration), which the filters measured here never use. */
        @Override
        public Set<Entry<Object, Object>> entrySet() {
            Set<Entry<Object, Object>> entries = new LinkedHashSet<>();
            map.forEach((k, x) -> entries.add(new SimpleImmutableEntry<>(k, view(x))));
            return entries;
        }
    }

    private static final class ListView extends AbstractList<Object> {
        private final List<?> list;

        ListView(List<?> list) {
            this.list = list;
        }

        @Override
        public Object get(int index) {
            return view(list.get(index));
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
