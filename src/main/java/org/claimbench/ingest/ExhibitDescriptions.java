package org.claimbench.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an exhibit is, where the complaint says so in the sentence that cites it: "A true and correct copy of the
 * lease is attached hereto as Exhibit A", or "Attached as Exhibit 2 is a copy of the notice". A description
 * that is a term the complaint defined earlier ("the Lease") is replaced by what the term stands for, so that an
 * exhibit list reads "Exhibit A (Residential Lease Agreement)" rather than "Exhibit A (the Lease)".
 */
public final class ExhibitDescriptions {

    private static final String COPY = "(?:(?:a|an|the)\\s+)?(?:(?:true|correct|accurate|complete|full|redacted)[,\\s]+(?:and\\s+)?)*"
            + "(?:copy|copies|printout|screenshot|excerpt)\\s+of\\s+";
    private static final String ATTACHED = "(?:attached|annexed|appended|submitted|filed)(?:\\s+(?:hereto|herewith|herein|"
            + "to\\s+(?:this|the)\\s+(?:\\w+\\s+)?complaint|with\\s+(?:this|the)\\s+(?:\\w+\\s+)?complaint))?\\s+as\\s*";

    /** "… copy of THE THING is attached hereto as" right before the cite. */
    private static final Pattern COPY_BEFORE = Pattern.compile(
            COPY + "(?<d>[^.;:]{3,200}?),?\\s+(?:is|are|was|were|has\\s+been|have\\s+been)\\s+" + ATTACHED + "$",
            Pattern.CASE_INSENSITIVE);

    /** "Attached hereto as" right before the cite … */
    private static final Pattern ATTACHED_BEFORE = Pattern.compile("\\b" + ATTACHED + "$", Pattern.CASE_INSENSITIVE);

    /** … and "is a true copy of THE THING." right after it. */
    private static final Pattern COPY_AFTER = Pattern.compile(
            "^[,\\s]*(?:is|are)\\s+" + COPY + "(?<d>[^;:]{3,200}?)(?:\\.(?:\\s|$)|[;:]|$)", Pattern.CASE_INSENSITIVE);

    /** A defined term after a quoted definition: “Some Agreement” (the “Agreement”). */
    private static final Pattern QUOTED_DEFINITION = Pattern.compile(
            "[“\"](?<def>[^”\"]{3,160})[”\"]\\s*\\(\\s*(?:(?:hereinafter|collectively|together)[,\\s]+)?(?:the\\s+)?[“\"](?<term>[^”\"]{1,60})[”\"]\\s*\\)");

    /** A defined term after a run of capitalised words: Residential Lease Agreement (the “Lease”). */
    private static final Pattern CAPITALISED_DEFINITION = Pattern.compile(
            "(?<def>\\p{Lu}[\\w’'&.-]*(?:,?\\s+(?:\\p{Lu}[\\w’'&.-]*|of|and|for|on|the|dated|No\\.|\\d[\\d,]*))*)"
                    + "\\s*\\(\\s*(?:(?:hereinafter|collectively|together)[,\\s]+)?(?:the\\s+)?[“\"](?<term>[^”\"]{1,60})[”\"]\\s*\\)");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an|its|their|his|her|our|this|that)\\s+",
            Pattern.CASE_INSENSITIVE);

    /** "that letter", "such notice": words that point back to something named earlier, and say nothing themselves. */
    private static final Pattern POINTER = Pattern.compile("(?:that|this|these|those|such|said|the\\s+same)(?:\\s+\\S+)?",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private final Map<String, String> definitions = new HashMap<>();

    private ExhibitDescriptions(String text) {
        this.text = text;
        for (Pattern p : new Pattern[] {CAPITALISED_DEFINITION, QUOTED_DEFINITION}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                definitions.putIfAbsent(key(m.group("term")), clean(m.group("def")));
            }
        }
    }

    /** Reads the defined terms of {@code text} once, for the descriptions of all its exhibits. */
    public static ExhibitDescriptions of(String text) {
        return new ExhibitDescriptions(text);
    }

    /** What the exhibit cited at {@code start..end} is, or null when its sentence does not say. */
    public String describe(int start, int end) {
        int from = sentenceStart(start);
        int to = sentenceEnd(end);
        String before = text.substring(from, start).replaceAll("\\s+", " ");
        Matcher m = COPY_BEFORE.matcher(before);
        String found = null;
        if (m.find()) {
            found = m.group("d");
        } else if (ATTACHED_BEFORE.matcher(before).find()) {
            Matcher after = COPY_AFTER.matcher(text.substring(end, to).replaceAll("\\s+", " "));
            if (after.find()) {
                found = after.group("d");
            }
        }
        if (found == null) {
            return null;
        }
        String d = clean(found);
        String defined = definitions.get(key(d));
        if (defined != null) {
            return defined;
        }
        return d.isEmpty() || POINTER.matcher(d).matches() ? null : d;
    }

    private int sentenceStart(int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || (c == ' ' && (text.charAt(i - 1) == '.' || text.charAt(i - 1) == '?') && i + 1 < text.length()
                    && Character.isUpperCase(text.charAt(i + 1)) && !abbreviation(i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A period that ends "No." or "U.S." rather than a sentence. */
    private boolean abbreviation(int period) {
        int w = period;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, period);
        return word.length() <= 2 || word.equals("No") || word.equals("Nos");
    }

    private int sentenceEnd(int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl;
    }

    private static String key(String term) {
        return LEADING_ARTICLE.matcher(term.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    private static String clean(String s) {
        String d = s.replaceAll("\\s+", " ").strip();
        d = d.replaceAll("^[“\"]|[”\"]$", "");
        return d.replaceAll("[,.;:]+$", "").strip();
    }
}
