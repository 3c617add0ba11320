package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads an HTML page's block elements as lines; ordered lists get their numbers written out. */
public final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "tr", "td", "th", "section", "article", "header", "footer", "center", "address", "dd", "dt", "table",
            "ol", "ul", "body", "main");
    private static final Set<String> SKIP = Set.of("script", "style", "head", "nav", "noscript", "template");

    private HtmlReader() {
    }

    public static List<RawLine> read(String html) {
        Document doc = Jsoup.parse(html);
        List<RawLine> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        walk(doc.body(), 0, line, out);
        flush(line, 0, out);
        return out;
    }

    private static void walk(Element e, int indent, StringBuilder line, List<RawLine> out) {
        String tag = e.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        boolean block = BLOCKS.contains(tag);
        int inner = indent + (tag.equals("blockquote") ? 8 : 0);
        if (block) {
            flush(line, indent, out);
        }
        if (tag.equals("li") && e.parent() != null && e.parent().normalName().equals("ol")) {
            int start = 1;
            try {
                start = Integer.parseInt(e.parent().attr("start").isBlank() ? "1" : e.parent().attr("start").trim());
            } catch (NumberFormatException ignored) {
                // a malformed start attribute counts from 1, as browsers do
            }
            line.append(start + e.elementSiblingIndex()).append(". ");
        }
        if (isCentered(e)) {
            inner += 20;
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(tag.equals("pre") ? t.getWholeText() : t.text());
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    flush(line, inner, out);
                } else {
                    walk(c, inner, line, out);
                }
            }
        }
        if (block) {
            flush(line, inner, out);
            out.add(RawLine.plain(""));
        }
    }

    private static boolean isCentered(Element e) {
        return e.normalName().equals("center") || e.attr("align").equalsIgnoreCase("center")
                || e.attr("style").replace(" ", "").toLowerCase().contains("text-align:center");
    }

    private static void flush(StringBuilder line, int indent, List<RawLine> out) {
        String text = line.toString().replace('\u00a0', ' ');
        line.setLength(0);
        if (text.isBlank()) {
            return;
        }
        for (String part : text.split("\n")) {
            if (!part.isBlank()) {
                out.add(RawLine.plain(" ".repeat(indent) + part.strip()));
            }
        }
    }
}
