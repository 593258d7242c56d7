package io.partita.ui.messages;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Cuts a cell's text to what its width could show at most, before the cell lays it out. JavaFX lays out a label's
 * whole text to find where to put its ellipsis, character by character, so a 300-character preview in a column that
 * shows 60 cost five times the text layout it needed: most of the UI thread's time when a delivery re-texts the rows.
 * The cut keeps more characters than fit (each printable ASCII character is at least as wide as the font's narrowest
 * one, measured once per font), so the label still overflows and shows the same characters and the same ellipsis as
 * with the whole text. Text with anything but printable ASCII in the kept part (wide, narrow or zero-width characters)
 * is left whole. UI thread only.
 */
final class FittingText {

    private static final Map<Font, Double> NARROWEST = new HashMap<>();

    private FittingText() {
    }

    /** {@code text}, or its start long enough to overflow {@code width} pixels in {@code font} like the whole does. */
    static String cut(String text, double width, Font font) {
        if (text == null || width <= 0 || font == null) {
            return text;
        }
        // Two characters more than the narrowest could fill: whatever they are, the cut text is wider than the width.
        long limit = (long) Math.ceil(width / narrowest(font)) + 2;
        if (text.length() <= limit) {
            return text;
        }
        int end = (int) limit;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return text;
            }
        }
        return text.substring(0, end);
    }

    /**
     * The narrowest advance of a printable ASCII character in {@code font}, with a tenth to spare (for kerning and
     * rounding). Measured between two other characters, as a space alone has no width in a text's bounds.
     */
    static double narrowest(Font font) {
        return NARROWEST.computeIfAbsent(font, f -> {
            Text probe = new Text();
            probe.setFont(f);
            probe.setText("xx");
            double around = probe.getLayoutBounds().getWidth();
            double narrowest = Double.MAX_VALUE;
            for (char c = 0x20; c <= 0x7e; c++) {
                probe.setText("x" + c + "x");
                narrowest = Math.min(narrowest, probe.getLayoutBounds().getWidth() - around);
            }
            return Math.max(0.5, narrowest * 0.9);
        });
    }
}
