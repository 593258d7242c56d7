package io.partita.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff (longest common subsequence after trimming the common head and tail), for showing two schema texts
 * side by side. Pure. Beyond {@link #MAX_LINES} differing lines it gives up on alignment and shows all removed,
 * then all added, so a huge schema never costs more than a few megabytes.
 */
public final class TextDiff {

    static final int MAX_LINES = 2000;

    public enum Op { SAME, REMOVED, ADDED }

    /** One line of the diff; line numbers are 1-based, 0 where the line does not exist on that side. */
    public record Line(Op op, int oldNumber, int newNumber, String text) {
    }

    private TextDiff() {
    }

    public static List<Line> lines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            out.add(new Line(Op.SAME, i + 1, i + 1, a[i]));
        }
        middle(a, b, head, a.length - tail, b.length - tail, out);
        for (int i = tail; i > 0; i--) {
            out.add(new Line(Op.SAME, a.length - i + 1, b.length - i + 1, a[a.length - i]));
        }
        return out;
    }

    private static void middle(String[] a, String[] b, int start, int endA, int endB, List<Line> out) {
        int n = endA - start;
        int m = endB - start;
        if (n > MAX_LINES || m > MAX_LINES) {
            for (int i = start; i < endA; i++) {
                out.add(new Line(Op.REMOVED, i + 1, 0, a[i]));
            }
            for (int j = start; j < endB; j++) {
                out.add(new Line(Op.ADDED, 0, j + 1, b[j]));
            }
            return;
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a[start + i].equals(b[start + j])
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[start + i].equals(b[start + j])) {
                out.add(new Line(Op.SAME, start + i + 1, start + j + 1, a[start + i]));
                i++;
                j++;
            } else if (j < m && (i == n || common[i][j + 1] > common[i + 1][j])) {
                out.add(new Line(Op.ADDED, 0, start + j + 1, b[start + j]));
                j++;
            } else {
                out.add(new Line(Op.REMOVED, start + i + 1, 0, a[start + i]));
                i++;
            }
        }
    }
}
