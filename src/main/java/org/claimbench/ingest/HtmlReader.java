package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page's block elements as lines; ordered lists get their numbers written out. A line of an
 * h1–h6 is a heading, a line wholly in strong or b is bold, and a centred block is centred (and indented, as
 * it prints). A preformatted block is read as plain text is, keeping its columns and its pages.
 */
public final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "tr", "td", "th", "section", "article", "header", "footer", "center", "address", "dd", "dt", "table",
            "ol", "ul", "body", "main");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BOLD = Set.of("strong", "b");
    private static final Set<String> SKIP = Set.of("script", "style", "head", "nav", "noscript", "template");

    private HtmlReader() {
    }

    public static List<RawLine> read(String html) {
        Document doc = Jsoup.parse(html);
        List<RawLine> out = new ArrayList<>();
        Line line = new Line();
        walk(doc.body(), 0, new Style(false, false, false), line, out);
        line.flush(0, out);
        return out;
    }

    /** What the elements around a piece of text say about it. */
    private record Style(boolean heading, boolean bold, boolean centered) {
    }

    /** The line being built, and whether all of its text is bold, any of it in a heading, any of it centred. */
    private static final class Line {
        private final StringBuilder text = new StringBuilder();
        private boolean plain;
        private boolean bold;
        private boolean heading;
        private boolean centered;

        void append(String s, Style style, boolean counts) {
            text.append(s);
            if (counts && !s.isBlank()) {
                plain |= !style.bold();
                bold |= style.bold();
                heading |= style.heading();
                centered |= style.centered();
            }
        }

        void flush(int indent, List<RawLine> out) {
            String t = text.toString().replace('\u00a0', ' ');
            boolean allBold = bold && !plain;
            LineRole role = heading ? LineRole.HEADING : LineRole.BODY;
            boolean isCentered = centered;
            text.setLength(0);
            plain = false;
            bold = false;
            heading = false;
            centered = false;
            if (t.isBlank()) {
                return;
            }
            for (String part : t.split("\n")) {
                if (!part.isBlank()) {
                    RawLine l = RawLine.plain(" ".repeat(indent) + part.strip());
                    out.add(new RawLine(l.text(), l.indent(), 0, 0, role, isCentered, allBold));
                }
            }
        }
    }

    private static void walk(Element e, int indent, Style style, Line line, List<RawLine> out) {
        String tag = e.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        boolean block = BLOCKS.contains(tag);
        int inner = indent + (tag.equals("blockquote") ? 8 : 0);
        if (block) {
            line.flush(indent, out);
        }
        if (tag.equals("pre")) {
            // preformatted text, as a docket site shows a filing's text export: its spacing and pages are read as plain text's
            out.addAll(TextLines.of(e.wholeText()));
            out.add(RawLine.plain(""));
            return;
        }
        Style inside = new Style(style.heading() || HEADINGS.contains(tag), style.bold() || BOLD.contains(tag) || isBoldStyle(e),
                style.centered() || isCentered(e));
        if (tag.equals("li") && e.parent() != null && e.parent().normalName().equals("ol")) {
            line.append(itemLabel(e), inside, false);
        }
        if (isCentered(e)) {
            inner += 20;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(t.text(), inside, true);
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    line.flush(inner, out);
                } else {
                    walk(c, inner, inside, line, out);
                }
            }
        }
        if (block) {
            line.flush(inner, out);
            out.add(RawLine.plain(""));
        }
    }

    /**
     * An ordered list item's number as a browser shows it: from the list's start, or the item's own value, counting on;
     * in the list's type: "12. ", "(a) ", "A. ", "(iv) ", "IV. ".
     */
    private static String itemLabel(Element li) {
        Element list = li.parent();
        int n = number(list.attr("start"), 1) - 1;
        for (Element sibling : list.children()) {
            if (sibling.normalName().equals("li")) {
                n = sibling.hasAttr("value") ? number(sibling.attr("value"), n + 1) : n + 1;
            }
            if (sibling == li) {
                break;
            }
        }
        String type = li.hasAttr("type") ? li.attr("type").trim() : list.attr("type").trim();
        return switch (type) {
            case "a" -> "(" + letter(n, 'a') + ") ";
            case "A" -> letter(n, 'A') + ". ";
            case "i" -> "(" + roman(n).toLowerCase(Locale.ROOT) + ") ";
            case "I" -> roman(n) + ". ";
            default -> n + ". ";
        };
    }

    /** A whole number as an attribute gives it; {@code otherwise} when it is not one, as browsers do. */
    private static int number(String attribute, int otherwise) {
        try {
            return attribute.isBlank() ? otherwise : Integer.parseInt(attribute.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String letter(int n, char a) {
        return String.valueOf((char) (a + Math.floorMod(n - 1, 26)));
    }

    private static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = Math.max(1, Math.min(n, 3999));
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(marks[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }

    private static boolean isBoldStyle(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return style.contains("font-weight:bold") || style.matches(".*font-weight:[6-9]00.*");
    }

    private static boolean isCentered(Element e) {
        return e.normalName().equals("center") || e.attr("align").equalsIgnoreCase("center")
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:center");
    }
}
