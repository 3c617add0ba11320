package org.claimbench.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Flags wording a court would set aside: pleading on information and belief, knowledge labels, legal conclusions,
 * hedges, loaded language and group pleading. The rules are an editable JSON lexicon; a user's lexicon adds terms
 * and switches rules off. It suggests; the user decides.
 */
public final class WordingScreen {

    /** One rule of the lexicon. {@code terms} are plain words or phrases; {@code patterns} are regular expressions. */
    public record Rule(String id, String kind, String description, List<String> terms, List<String> patterns, Boolean enabled,
                       Boolean needsSeveralDefendants) {
    }

    public record Lexicon(int version, List<Rule> rules) {
    }

    /** A flag on a paragraph: its kind, the words that triggered it, and where they are in the document's text. */
    public record Flag(String kind, String text, int start, int end, String rule) {

        /** How the window and the report name the flag: legal conclusion (“aided and abetted”). */
        public String label() {
            return kind.replace('-', ' ') + " (\u201c" + text + "\u201d)";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * A pattern, and a word every match of it contains (lower case), or null when it has none: the pattern runs only
     * on the paragraphs that contain that word, which spares most paragraphs most patterns.
     */
    record Probe(Pattern pattern, String literal) {
    }

    private record Compiled(Rule rule, List<Probe> patterns) {
    }

    /**
     * The longest run of plain letters (at least 3) that every match of {@code regex} must contain: outside any
     * group, not made optional by a quantifier, and with no alternation at the top level. Null when there is none.
     */
    static String requiredLiteral(String regex) {
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (depth == 0 && Character.isLetter(c)) {
                run.append(c);
                continue;
            }
            if ((c == '?' || c == '*' || c == '{') && depth == 0 && run.length() > 0 && Character.isLetter(regex.charAt(i - 1))) {
                run.setLength(run.length() - 1); // the letter before a quantifier may be missing or repeated
            }
            best = longer(best, run);
            run.setLength(0);
            switch (c) {
                case '\\' -> i++;
                case '(' -> depth++;
                case ')' -> depth--;
                case '[' -> {
                    int close = regex.indexOf(']', i + 2);
                    i = close < 0 ? regex.length() : close;
                }
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? regex.length() : close;
                }
                case '|' -> {
                    if (depth == 0) {
                        return null;
                    }
                }
                default -> {
                }
            }
        }
        best = longer(best, run);
        return best == null ? null : best.toLowerCase(java.util.Locale.ROOT);
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() >= 3 && (best == null || run.length() > best.length()) ? run.toString() : best;
    }

    private final List<Compiled> rules;

    private WordingScreen(List<Compiled> rules) {
        this.rules = rules;
    }

    public static Lexicon defaultLexicon() {
        try (InputStream in = WordingScreen.class.getResourceAsStream("lexicon.json")) {
            return JSON.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in lexicon cannot be read", e);
        }
    }

    public static Lexicon parse(byte[] json) throws IOException {
        return JSON.readValue(json, Lexicon.class);
    }

    /** A lexicon as indented JSON, without the fields it leaves empty. */
    public static byte[] write(Lexicon lexicon) throws IOException {
        return JSON.copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(lexicon);
    }

    /** The built-in lexicon with a user's on top: a rule with the same id replaces it (or switches it off). */
    public static WordingScreen of(Lexicon base, Lexicon user) {
        Map<String, Rule> merged = new LinkedHashMap<>();
        for (Rule r : base.rules()) {
            merged.put(r.id(), r);
        }
        if (user != null && user.rules() != null) {
            for (Rule r : user.rules()) {
                if (r.id() == null || r.id().isBlank()) {
                    throw new IllegalArgumentException("A lexicon rule has no id; give each rule an \"id\"");
                }
                Rule old = merged.get(r.id());
                if (old == null && (r.kind() == null || r.kind().isBlank())) {
                    throw new IllegalArgumentException("The lexicon rule \"" + r.id() + "\" is new, so it needs a \"kind\"");
                }
                if (old != null && (r.patterns() == null || r.patterns().isEmpty()) && (r.terms() == null || r.terms().isEmpty())) {
                    // a rule given only to switch it on or off, or to add nothing
                    merged.put(r.id(), new Rule(old.id(), old.kind(), old.description(), old.terms(), old.patterns(), r.enabled(),
                            old.needsSeveralDefendants()));
                } else if (old != null) {
                    List<String> terms = new ArrayList<>(nz(old.terms()));
                    terms.addAll(nz(r.terms()));
                    List<String> patterns = new ArrayList<>(nz(old.patterns()));
                    patterns.addAll(nz(r.patterns()));
                    merged.put(r.id(), new Rule(old.id(), old.kind(), old.description(), terms, patterns,
                            r.enabled() != null ? r.enabled() : old.enabled(), old.needsSeveralDefendants()));
                } else {
                    merged.put(r.id(), r);
                }
            }
        }
        List<Compiled> compiled = new ArrayList<>();
        for (Rule r : merged.values()) {
            if (Boolean.FALSE.equals(r.enabled())) {
                continue;
            }
            List<Probe> ps = new ArrayList<>();
            for (String t : nz(r.terms())) {
                String term = t.strip();
                ps.add(new Probe(Pattern.compile("\\b" + Pattern.quote(term) + "\\b", Pattern.CASE_INSENSITIVE),
                        term.isEmpty() ? null : term.toLowerCase(java.util.Locale.ROOT)));
            }
            for (String p : nz(r.patterns())) {
                try {
                    int flags = r.kind().equals("group-pleading") && p.contains("Defendants") ? 0 : Pattern.CASE_INSENSITIVE;
                    ps.add(new Probe(Pattern.compile(p, flags), requiredLiteral(p)));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("The lexicon rule \"" + r.id() + "\" has a pattern that is not a valid "
                            + "regular expression: " + p + " (" + e.getDescription() + ")", e);
                }
            }
            compiled.add(new Compiled(r, ps));
        }
        return new WordingScreen(compiled);
    }

    public static WordingScreen standard() {
        return of(defaultLexicon(), null);
    }

    /** The flags of one paragraph's text, [start, end) of {@code text}, in order, without overlaps of the same kind. */
    public List<Flag> screen(String text, int start, int end, int defendants) {
        return screen(text, start, end, defendants, true);
    }

    /** {@code useProbes} false runs every pattern on every paragraph: the test that the probes change no result uses it. */
    List<Flag> screen(String text, int start, int end, int defendants, boolean useProbes) {
        List<Flag> flags = new ArrayList<>();
        String lower = useProbes ? text.substring(start, end).toLowerCase(java.util.Locale.ROOT) : null;
        for (Compiled c : rules) {
            if (Boolean.TRUE.equals(c.rule().needsSeveralDefendants()) && defendants == 1) {
                continue;
            }
            for (Probe probe : c.patterns()) {
                if (lower != null && probe.literal() != null && !lower.contains(probe.literal())) {
                    continue;
                }
                Matcher m = probe.pattern().matcher(text).region(start, end);
                while (m.find()) {
                    flags.add(new Flag(c.rule().kind(), m.group(), m.start(), m.end(), c.rule().id()));
                }
            }
        }
        return withoutNested(flags);
    }

    /**
     * The flags in order of their start (the longer first), without those that lie inside another flag of the same
     * kind. Every flag kept before one starts at or before it, so it lies inside a kept flag of its kind exactly when
     * the furthest end among those reaches its end: one pass after the sort, whatever the paragraph's length.
     */
    static List<Flag> withoutNested(List<Flag> flags) {
        List<Flag> sorted = new ArrayList<>(flags);
        sorted.sort(Comparator.comparingInt(Flag::start).thenComparing(f -> -(f.end() - f.start())));
        List<Flag> kept = new ArrayList<>();
        Map<String, Integer> furthestEnd = new java.util.HashMap<>();
        for (Flag f : sorted) {
            Integer reach = furthestEnd.get(f.kind());
            if (reach == null || f.end() > reach) {
                kept.add(f);
                furthestEnd.put(f.kind(), reach == null ? f.end() : Math.max(reach, f.end()));
            }
        }
        return kept;
    }

    /**
     * The flags of every numbered paragraph of a document, by segment ordinal, in the paragraphs' order. Each paragraph
     * is screened on its own, so a long pleading's paragraphs are screened on every core.
     */
    public Map<Integer, List<Flag>> screen(String text, List<Segment> segments, int defendants) {
        List<Segment> paragraphs = segments.stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).toList();
        List<List<Flag>> found = new ArrayList<>(java.util.Collections.nCopies(paragraphs.size(), List.<Flag>of()));
        java.util.stream.IntStream each = java.util.stream.IntStream.range(0, paragraphs.size());
        (paragraphs.size() >= SHARED_FROM ? each.parallel() : each).forEach(i ->
                found.set(i, screen(text, paragraphs.get(i).start(), paragraphs.get(i).end(), defendants)));
        Map<Integer, List<Flag>> out = new LinkedHashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!found.get(i).isEmpty()) {
                out.put(paragraphs.get(i).ordinal(), found.get(i));
            }
        }
        return out;
    }

    /** From this many paragraphs on, the work is shared out over the cores: below it, handing it out costs more. */
    static final int SHARED_FROM = 64;

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }
}
