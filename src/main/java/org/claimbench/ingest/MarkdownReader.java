package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown as lines: "#" headings become headings, a line wholly in bold is bold, "&gt;" quotations are
 * block quotes, table rows put their cells side by side (a tab between them), and the markup itself
 * (emphasis, links, escapes) is left out of the text, so that "**12.** The…" reads as paragraph 12.
 */
public final class MarkdownReader {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_RULE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[*+]\\s+(.*)$");
    private static final Pattern TABLE_DIVIDER = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\[\\^(\\w+)\\]:\\s*(.*)$");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\^\\w+\\]");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])|(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern TAG = Pattern.compile("</?(?:br|span|u|sup|sub|strong|em|b|i|p|div)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private MarkdownReader() {
    }

    public static List<RawLine> read(String markdown) {
        List<RawLine> out = new ArrayList<>();
        String[] lines = withListNumbers(TextDecoder.normaliseLineEndings(markdown).split("\n", -1));
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.strip().startsWith("```") || raw.strip().startsWith("~~~")) {
                fenced = !fenced;
                out.add(RawLine.plain(""));
                continue;
            }
            if (fenced) {
                out.add(RawLine.plain(raw));
                continue;
            }
            // "Title" underlined with "===" or "---" is a heading too
            if (i + 1 < lines.length && !raw.isBlank() && SETEXT_RULE.matcher(lines[i + 1]).matches() && !BULLET.matcher(raw).matches()
                    && !RULE.matcher(raw).matches() && !raw.strip().startsWith("|")) {
                out.add(styled(inline(raw.strip()), 0, LineRole.HEADING));
                i++;
                continue;
            }
            if (RULE.matcher(raw).matches() || TABLE_DIVIDER.matcher(raw).matches() && raw.contains("-")) {
                out.add(RawLine.plain(""));
                continue;
            }
            Matcher h = HEADING.matcher(raw);
            if (h.matches()) {
                out.add(styled(inline(h.group(2)), 0, LineRole.HEADING));
                continue;
            }
            Matcher q = QUOTE.matcher(raw);
            if (q.matches()) {
                String t = q.group(1);
                out.add(t.isBlank() ? RawLine.plain("") : styled(inline(t.strip()), 8, LineRole.QUOTE));
                continue;
            }
            Matcher f = FOOTNOTE_DEFINITION.matcher(raw.strip());
            if (f.matches()) {
                out.add(styled(f.group(1) + " " + inline(f.group(2)), 0, LineRole.FOOTNOTE));
                continue;
            }
            String line = raw;
            if (line.strip().startsWith("|") && line.strip().endsWith("|") && line.strip().length() > 1) {
                String inner = line.strip();
                inner = inner.substring(1, inner.length() - 1);
                List<String> cells = new ArrayList<>();
                for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
                    cells.add(inline(cell.strip()));
                }
                out.add(RawLine.plain(String.join("\t", cells)));
                continue;
            }
            Matcher b = BULLET.matcher(line);
            if (b.matches()) {
                line = b.group(1) + "\u2022 " + b.group(2);
            }
            String stripped = line.strip();
            boolean bold = STRONG.matcher(stripped).matches();
            RawLine plain = RawLine.plain(line.replaceFirst("\\s+$", ""));
            String text = inline(plain.text());
            out.add(new RawLine(text, plain.indent(), 0, 0, LineRole.BODY, false, bold && !text.isBlank()));
        }
        return out;
    }

    private static final Pattern ORDERED_ITEM = Pattern.compile("^( {0,3})(\\d{1,9})([.)])(\\s+\\S.*)$");

    /**
     * Markdown numbers an ordered list itself: "1." on every item is shown as 1, 2, 3. A list whose items all carry one
     * number is given the numbers it shows, from that one on; a list numbered any other way keeps its own, as filed.
     */
    static String[] withListNumbers(String[] lines) {
        String[] out = lines.clone();
        int i = 0;
        while (i < lines.length) {
            Matcher first = ORDERED_ITEM.matcher(lines[i]);
            if (!first.matches()) {
                i++;
                continue;
            }
            List<Integer> items = new ArrayList<>(List.of(i));
            boolean blankBefore = false;
            int j = i + 1;
            for (; j < lines.length; j++) {
                String l = lines[j];
                if (l.isBlank()) {
                    blankBefore = true;
                    continue;
                }
                Matcher m = ORDERED_ITEM.matcher(l);
                if (m.matches() && m.group(3).equals(first.group(3))) {
                    items.add(j);
                } else if (HEADING.matcher(l).matches() || QUOTE.matcher(l).matches() || RULE.matcher(l).matches()
                        || l.strip().startsWith("```") || l.strip().startsWith("~~~")
                        || blankBefore && !l.startsWith("  ") && !l.startsWith("\t")) {
                    break; // the list ends: a block of another kind, or a paragraph after a blank line that is not indented under it
                }
                blankBefore = false;
            }
            String number = first.group(2);
            boolean lazy = items.size() >= 2 && items.stream().allMatch(k -> {
                Matcher m = ORDERED_ITEM.matcher(lines[k]);
                return m.matches() && m.group(2).equals(number);
            });
            if (lazy) {
                long start = Long.parseLong(number);
                for (int k = 0; k < items.size(); k++) {
                    Matcher m = ORDERED_ITEM.matcher(lines[items.get(k)]);
                    m.matches();
                    out[items.get(k)] = m.group(1) + (start + k) + m.group(3) + m.group(4);
                }
            }
            i = j;
        }
        return out;
    }

    private static RawLine styled(String text, int indent, LineRole role) {
        return new RawLine(text.strip(), indent, 0, 0, role, false, false);
    }

    /** The text without its inline markup. */
    static String inline(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = FOOTNOTE_MARK.matcher(t).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = CODE.matcher(t).replaceAll("$1");
        t = TAG.matcher(t).replaceAll("");
        String before;
        do {
            before = t;
            t = STRONG.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            t = EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        } while (!t.equals(before));
        t = ESCAPE.matcher(t).replaceAll("$1");
        return t.replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
