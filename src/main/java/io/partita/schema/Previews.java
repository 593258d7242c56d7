package io.partita.schema;

import io.partita.model.DecodedMessage;
import io.partita.model.DecodedValue;

/**
 * The one-line text the messages table shows for a key or value: its compact JSON, or a text value as it is, cut at a
 * number of characters and then ending with "…"; line breaks in text shown as ⏎.
 */
public final class Previews {

    private Previews() {
    }

    /** The text of a decoded tree (see {@link DecodedValue.Decoded#value()}). */
    public static String text(Object tree, int maxChars) {
        if (tree instanceof String text) {
            return oneLine(text.length() > maxChars ? text.substring(0, maxChars) + "…" : text);
        }
        return shown(ValueJson.limited(tree, false, maxChars));
    }

    static String shown(ValueJson.Rendered rendered) {
        return rendered.truncated() ? rendered.text() + "…" : rendered.text();
    }

    /** A decoded value reduced to its preview; absent, failed and preview values stay as they are. */
    public static DecodedValue of(DecodedValue value, int maxChars) {
        return value instanceof DecodedValue.Decoded d
                ? new DecodedValue.Preview(d.format(), text(d.value(), maxChars), d.schema())
                : value;
    }

    public static DecodedMessage of(DecodedMessage message, int maxChars) {
        return new DecodedMessage(message.message(), of(message.key(), maxChars), of(message.value(), maxChars));
    }

    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace("\r", "").replace('\n', '⏎');
    }
}
