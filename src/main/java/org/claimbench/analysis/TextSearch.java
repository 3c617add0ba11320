package org.claimbench.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Segment;
import org.claimbench.domain.Segments;
import org.claimbench.domain.SourceLine;

/**
 * Finds a query in a document's text: a literal phrase or a regular expression, with or without case, whole words or
 * any. A literal phrase is read as the user means it in extracted text: a run of spaces in it matches any run of
 * whitespace (a line break included), and a straight quote matches a curly one and the reverse. Offsets are UTF-16
 * indices into the text, as everywhere else.
 */
public final class TextSearch {

    /** How to read the query. */
    public record Options(boolean matchCase, boolean wholeWord, boolean regex) {

        /** A literal phrase in any case, also inside longer words. */
        public static final Options PLAIN = new Options(false, false, false);
    }

    /** One occurrence: [start, end) of the text. */
    public record Match(int start, int end) {
    }

    /** The words around a hit, in one line: {@code before} and {@code after} shortened, with "…" where cut. */
    public record Snippet(String before, String match, String after) {

        @Override
        public String toString() {
            return before + match + after;
        }
    }

    /** A hit with where it is: its numbered paragraph ("¶ 12", or null) and printed page:line (null when unpaginated). */
    public record Hit(int start, int end, String paragraph, PageLine pageLine, Snippet snippet) {

        /** "¶ 12 · 3:12", "¶ 12", "3:12" or "". */
        public String where() {
            String line = pageLine == null ? null : pageLine.toString();
            if (paragraph != null && line != null) {
                return paragraph + " \u00b7 " + line;
            }
            return paragraph != null ? paragraph : line != null ? line : "";
        }
    }

    /** A query that cannot be searched for; the message says what is wrong and what to do. */
    public static final class InvalidQuery extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidQuery(String message) {
            super(message);
        }
    }

    /** Thrown out of a search when its {@code stop} condition turns true (a newer search, or a time limit). */
    public static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Stopped() {
            super("The search was stopped", null, false, false);
        }
    }

    /** Characters of context kept on each side of a hit in its snippet. */
    public static final int CONTEXT = 48;
    /** The longest stretch of a hit shown in its snippet. */
    static final int LONGEST_MATCH = 120;

    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\p{M}_]";
    private static final String SPACE_RUN = "[\\s\\p{Z}]+";
    private static final Pattern SPACES = Pattern.compile(SPACE_RUN);

    private final Pattern pattern;

    private TextSearch(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * The query, ready to search with; null when it is blank (there is nothing to find).
     *
     * @throws InvalidQuery for a regular expression that is not valid
     */
    public static TextSearch of(String query, Options options) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String body;
        if (options.regex()) {
            body = query;
            try {
                Pattern.compile(body); // checked alone first, so that the message points into what the user typed
            } catch (PatternSyntaxException e) {
                throw new InvalidQuery(invalidRegex(e));
            }
        } else {
            body = literal(query.strip());
        }
        if (options.wholeWord()) {
            body = "(?<!" + WORD_CHAR + ")(?:" + body + ")(?!" + WORD_CHAR + ")";
        }
        int flags = options.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return new TextSearch(Pattern.compile(body, flags));
        } catch (PatternSyntaxException e) {
            throw new InvalidQuery(invalidRegex(e));
        }
    }

    private static String invalidRegex(PatternSyntaxException e) {
        String where = e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "";
        return "The regular expression is not valid: " + e.getDescription().toLowerCase(java.util.Locale.ROOT) + where
                + ". Correct it, or turn off \u201cRegular expression\u201d to search for the words as typed.";
    }

    /** A literal phrase as a pattern: whitespace runs match any whitespace run, straight and curly quotes each other. */
    static String literal(String phrase) {
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < phrase.length(); ) {
            int cp = phrase.codePointAt(i);
            i += Character.charCount(cp);
            String special = null;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (space) {
                    continue;
                }
                special = SPACE_RUN;
                space = true;
            } else {
                space = false;
                if (cp == '\'' || cp == '\u2018' || cp == '\u2019') {
                    special = "['\u2018\u2019]";
                } else if (cp == '"' || cp == '\u201c' || cp == '\u201d') {
                    special = "[\"\u201c\u201d]";
                }
            }
            if (special == null) {
                run.appendCodePoint(cp);
            } else {
                flush(out, run);
                out.append(special);
            }
        }
        flush(out, run);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder run) {
        if (!run.isEmpty()) {
            out.append(Pattern.quote(run.toString()));
            run.setLength(0);
        }
    }

    /** Every occurrence in {@code text}, in order, at most {@code limit}; an empty match (of a regular expression) is skipped. */
    public List<Match> find(CharSequence text, int limit) {
        return find(text, limit, () -> false);
    }

    /**
     * Like {@link #find(CharSequence, int)}, checking {@code stop} now and then, also inside a slow regular expression.
     *
     * @throws Stopped once {@code stop} is true
     */
    public List<Match> find(CharSequence text, int limit, BooleanSupplier stop) {
        List<Match> found = new ArrayList<>();
        Matcher m = pattern.matcher(new Watched(text, stop));
        int from = 0;
        try {
            while (found.size() < limit && from <= text.length() && m.find(from)) {
                if (m.end() > m.start()) {
                    found.add(new Match(m.start(), m.end()));
                    from = m.end();
                } else {
                    from = m.end() + (m.end() < text.length() && Character.isHighSurrogate(text.charAt(m.end())) ? 2 : 1);
                }
            }
        } catch (StackOverflowError e) {
            // a repeated group, such as (a|b)*, over a long stretch of text goes deeper than the stack allows
            throw new InvalidQuery("The regular expression is too complex to search this text with: a repeated group matches too"
                    + " long a stretch. Simplify it, for example [ab]* instead of (a|b)*, or search for the words as typed.");
        }
        return found;
    }

    /**
     * The hits in one document's text, each with its numbered paragraph, page:line and snippet; at most {@code limit}.
     *
     * @param segments the document's segments in text order
     * @param lines    its printed lines in text order (empty for an unpaginated document)
     */
    public List<Hit> hits(String text, List<Segment> segments, List<SourceLine> lines, int limit, BooleanSupplier stop) {
        List<Hit> hits = new ArrayList<>();
        for (Match m : find(text, limit, stop)) {
            Segment s = Segments.at(segments, m.start());
            hits.add(new Hit(m.start(), m.end(), s == null ? null : s.cite(), PageLines.at(lines, m.start()), snippet(text, m.start(), m.end())));
        }
        return hits;
    }

    /** The hit [start, end) with some words on each side, on one line, cut at a space where it can be. */
    public static Snippet snippet(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0) {
            int space = firstSpace(text, from, start);
            from = space >= 0 ? space + 1 : from;
            if (from < text.length() && Character.isLowSurrogate(text.charAt(from))) {
                from++;
            }
        }
        if (to < text.length()) {
            int space = lastSpace(text, end, to);
            to = space >= 0 ? space : to;
            if (to > 0 && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
        }
        String match = oneLine(text.substring(start, end));
        if (match.length() > LONGEST_MATCH) {
            int cut = LONGEST_MATCH;
            if (Character.isHighSurrogate(match.charAt(cut - 1))) {
                cut--;
            }
            match = match.substring(0, cut) + "\u2026";
        }
        String before = oneLine(text.substring(from, start)).stripLeading();
        String after = oneLine(text.substring(end, to)).stripTrailing();
        return new Snippet((from > 0 ? "\u2026" : "") + before, match, after + (to < text.length() ? "\u2026" : ""));
    }

    private static int firstSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String oneLine(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** The text as the matcher reads it, asking {@code stop} every few thousand characters read. */
    private static final class Watched implements CharSequence {
        private final CharSequence text;
        private final BooleanSupplier stop;
        private int reads;

        Watched(CharSequence text, BooleanSupplier stop) {
            this.text = text;
            this.stop = stop;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && stop.getAsBoolean()) {
                throw new Stopped();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
