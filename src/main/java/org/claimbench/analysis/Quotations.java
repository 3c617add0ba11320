package org.claimbench.analysis;

import java.util.List;
import java.util.regex.Pattern;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;

/**
 * A stretch of a document quoted with its cite, as a brief quotes it:
 * {@code “The manager signed the lease on March 3.” Compl. ¶ 12, 3:4–9.} The quotation is in curly quotes, its
 * line breaks and runs of spaces made single spaces, and a double quote inside it made single, as a quotation
 * within a quotation is. The cite names the document by its short name, then the numbered paragraphs the quotation
 * comes from ("¶ 12", "¶¶ 12–13"), then its printed page:line span ("3:4–9", "3:20–4:2") when the original has pages.
 */
public final class Quotations {

    private static final Pattern SPACES = Pattern.compile("[\\s\u2028\u2029]+");
    private static final char EN_DASH = '\u2013';

    private Quotations() {
    }

    /** The quotation and its cite, as plain text and as HTML. */
    public record Quoted(String plain, String html, String cite) {
    }

    /**
     * [start, end) of {@code text} quoted with its cite, or null when the stretch holds nothing but spaces. Spaces and
     * line breaks at either end are left out of the quotation and of the cite.
     */
    public static Quoted of(String shortName, String text, List<Segment> segments, List<SourceLine> lines, int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IllegalArgumentException("The selection " + start + ".." + end + " is outside the text (length " + text.length() + ").");
        }
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return null;
        }
        String quotation = quotation(text.substring(start, end));
        String cite = cite(shortName, segments, lines, start, end);
        String plain = "\u201c" + quotation + "\u201d " + cite;
        String html = "<p>" + escape("\u201c" + quotation + "\u201d ") + escape(cite).replace("\u00b6 ", "\u00b6&nbsp;") + "</p>";
        return new Quoted(plain, html, cite);
    }

    /** The words of a quotation: spaces collapsed, double quotes inside made single ones. */
    static String quotation(String selected) {
        String s = SPACES.matcher(selected).replaceAll(" ").strip();
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u201c', '\u201e', '\u00ab' -> b.append('\u2018');
                case '\u201d', '\u00bb' -> b.append('\u2019');
                case '"' -> b.append(opens(s, i) ? '\u2018' : '\u2019');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a straight quote at {@code i} opens a quotation: it starts the text or follows a space, bracket or dash. */
    private static boolean opens(String s, int i) {
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        return Character.isWhitespace(before) || "([{\u2014\u2013-/\u2018\u201c".indexOf(before) >= 0;
    }

    /** "Compl. ¶ 12, 3:4–9.": the short name, the paragraphs and the page:line span of [start, end), ending with a period. */
    public static String cite(String shortName, List<Segment> segments, List<SourceLine> lines, int start, int end) {
        StringBuilder b = new StringBuilder(shortName == null ? "" : shortName.strip());
        String paragraphs = paragraphs(segments, start, end);
        if (paragraphs != null) {
            b.append(b.isEmpty() ? "" : " ").append(paragraphs);
        }
        String pages = PageLine.span(PageLines.at(lines, start), PageLines.at(lines, Math.max(start, end - 1)));
        if (pages != null) {
            b.append(b.isEmpty() ? "" : paragraphs != null ? ", " : " ").append(pages);
        }
        if (b.isEmpty() || b.charAt(b.length() - 1) != '.') {
            b.append('.');
        }
        return b.toString();
    }

    /** "¶ 12" or "¶¶ 12–13" for the numbered paragraphs [start, end) touches; null when it touches none. */
    static String paragraphs(List<Segment> segments, int start, int end) {
        String first = null;
        String last = null;
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.NUMBERED_PARAGRAPH && s.label() != null && s.start() < end && s.end() > start) {
                if (first == null) {
                    first = s.label();
                }
                last = s.label();
            }
        }
        if (first == null) {
            return null;
        }
        return first.equals(last) ? "\u00b6 " + first : "\u00b6\u00b6 " + first + EN_DASH + last;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
