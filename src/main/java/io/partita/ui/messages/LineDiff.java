package io.partita.ui.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Line diff of two texts (longest common subsequence), for comparing two messages. Each output line starts with
 * "  " (same), "- " (only in the first) or "+ " (only in the second). Inputs longer than {@value #MAX_LINES} lines
 * are cut there, so the table stays small.
 */
final class LineDiff {

    static final int MAX_LINES = 2_000;

    private LineDiff() {
    }

    static List<String> diff(String first, String second) {
        String[] a = lines(first);
        String[] b = lines(second);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>(a.length + b.length);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add("  " + a[i++]);
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add("- " + a[i++]);
            } else {
                out.add("+ " + b[j++]);
            }
        }
        while (i < a.length) {
            out.add("- " + a[i++]);
        }
        while (j < b.length) {
            out.add("+ " + b[j++]);
        }
        return out;
    }

    private static String[] lines(String text) {
        String[] all = text.split("\n", -1);
        if (all.length <= MAX_LINES) {
            return all;
        }
        String[] cut = new String[MAX_LINES];
        System.arraycopy(all, 0, cut, 0, MAX_LINES);
        return cut;
    }
}
