package io.partita.ui.groups;

import io.partita.model.BrokerNode;
import io.partita.ui.common.Quantities;
import java.util.List;
import java.util.Locale;

/** How numbers and absent values read on the groups screens. Pure. */
final class GroupFormats {

    /** Shown where a value is absent (nothing committed, unknown): never "0". */
    static final String ABSENT = "—";

    private GroupFormats() {
    }

    static String count(Long value) {
        return value == null ? ABSENT : Quantities.count(value);
    }

    static String count(Integer value) {
        return value == null ? ABSENT : Quantities.count(value.longValue());
    }

    static String rate(Double perSecond) {
        if (perSecond == null) {
            return ABSENT;
        }
        return String.format(Locale.ROOT, perSecond >= 100 ? "%,.0f/s" : "%,.1f/s", perSecond);
    }

    static String broker(BrokerNode node) {
        return node == null ? ABSENT : node.id() + " (" + node.address() + ")";
    }

    static String text(String value) {
        return value == null || value.isEmpty() ? ABSENT : value;
    }

    static String topics(List<String> topics) {
        if (topics.isEmpty()) {
            return ABSENT;
        }
        return topics.size() <= 2 ? String.join(", ", topics)
                : topics.get(0) + ", " + topics.get(1) + " +" + (topics.size() - 2);
    }
}
