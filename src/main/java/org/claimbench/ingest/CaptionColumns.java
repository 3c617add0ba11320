package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two columns of a caption, from where the words stand. A caption sets the parties on the left and the case
 * number and the paper's title on the right, often with a column of ")" or "§" between them. The right column's
 * lines rarely share a baseline with the left's, so each printed line is rewritten in one form the caption parser
 * reads: {@code left TAB ) TAB right}, with either side empty.
 */
final class CaptionColumns {

    private CaptionColumns() {
    }

    /** The rewritten text of the rows that belong to a two-column caption, by row index. */
    static Map<Integer, String> rewrite(List<PageText.TextRow> rows, List<LineRole> roles, float left, float right, float pitch,
                                        boolean firstPage) {
        Map<Integer, String> out = new HashMap<>();
        float[] separator = separatorColumn(rows, roles);
        if (separator != null) {
            float x = separator[0];
            for (int i = 0; i < rows.size(); i++) {
                PageText.TextRow r = rows.get(i);
                if (roles.get(i) != null || r.y() < separator[1] - 0.6f * pitch || r.y() > separator[2] + 0.6f * pitch) {
                    continue;
                }
                out.put(i, split(r, x, (char) separator[3]));
            }
            return out;
        }
        if (!firstPage) {
            return out;
        }
        // no separator: a line that starts past the middle, before the text begins, is the right column's
        float middle = left + 0.45f * (right - left);
        for (int i = 0; i < rows.size(); i++) {
            PageText.TextRow r = rows.get(i);
            if (roles.get(i) != null) {
                continue;
            }
            // the text begins at paragraph 1; a numbered line past the middle is an item of the right column ("1. Negligence;")
            if (PleadingParser.PARAGRAPH_START.matcher(r.text()).find() && r.x() <= middle) {
                break;
            }
            float before = r.x() - left;
            float after = right - r.endX();
            boolean centred = before > 24 && Math.abs(before - after) < Math.max(10, 0.03f * (right - left));
            if (r.x() > middle && !centred) {
                out.put(i, "\t)\t" + r.text());
            } else {
                int cut = cutAt(r, middle);
                if (cut > 0 && !centred) {
                    out.put(i, join(r.words().subList(0, cut)) + "\t)\t" + join(r.words().subList(cut, r.words().size())));
                }
            }
        }
        return out;
    }

    /** The first word that starts past {@code x} after a wide gap, or -1. */
    private static int cutAt(PageText.TextRow r, float x) {
        for (int k = 1; k < r.words().size(); k++) {
            PageText.Word w = r.words().get(k);
            PageText.Word before = r.words().get(k - 1);
            if (w.x() > x && w.x() - before.endX() > PageText.TAB_GAP * w.fontSize()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A column of ")" or "§" on four or more lines at the same x: {x, first y, last y, the character}, or null.
     */
    private static float[] separatorColumn(List<PageText.TextRow> rows, List<LineRole> roles) {
        Map<String, List<float[]>> marks = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (roles.get(i) != null) {
                continue;
            }
            for (PageText.Word w : rows.get(i).words()) {
                String t = w.text();
                if (t.equals(")") || t.equals("\u00a7") || t.endsWith(")") && t.length() > 1 && !t.contains("(")) {
                    char c = t.charAt(t.length() - 1);
                    float x = t.length() == 1 ? w.x() : w.endX() - (w.endX() - w.x()) / t.length();
                    marks.computeIfAbsent(String.valueOf(c), k -> new ArrayList<>()).add(new float[] {x, rows.get(i).y()});
                }
            }
        }
        float[] best = null;
        for (var e : marks.entrySet()) {
            List<float[]> m = e.getValue();
            for (float[] candidate : m) {
                List<float[]> same = m.stream().filter(o -> Math.abs(o[0] - candidate[0]) <= 4).toList();
                if (same.size() >= 4 && (best == null || same.size() > best[4])) {
                    float first = (float) same.stream().mapToDouble(o -> o[1]).min().orElse(0);
                    float last = (float) same.stream().mapToDouble(o -> o[1]).max().orElse(0);
                    best = new float[] {candidate[0], first, last, e.getKey().charAt(0), same.size()};
                }
            }
        }
        return best;
    }

    private static String split(PageText.TextRow r, float x, char separator) {
        List<PageText.Word> leftWords = new ArrayList<>();
        List<PageText.Word> rightWords = new ArrayList<>();
        for (PageText.Word w : r.words()) {
            String t = w.text();
            boolean mark = t.equals(String.valueOf(separator)) && Math.abs(w.x() - x) <= 5;
            if (!mark && t.length() > 1 && t.charAt(t.length() - 1) == separator && Math.abs(w.endX() - x) <= 10 && !t.contains("(")) {
                leftWords.add(new PageText.Word(t.substring(0, t.length() - 1), w.x(), w.endX(), w.fontSize(), w.bold(), w.confidence(), w.shown()));
                continue;
            }
            if (mark) {
                continue;
            }
            (w.x() < x ? leftWords : rightWords).add(w);
        }
        return join(leftWords) + "\t" + separator + "\t" + join(rightWords);
    }

    private static String join(List<PageText.Word> words) {
        StringBuilder sb = new StringBuilder();
        for (PageText.Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }
}
