package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.Caption;

/**
 * The parties as the body introduces them ("Defendant Acme Holdings Corp. (“Acme”) is a Delaware corporation"),
 * for a filing whose caption names none, as when a transcription dropped the caption block. Only a name that the
 * text presents as a party counts; a name merely mentioned next to "Defendant" does not.
 */
final class BodyParties {

    private static final String WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’\\-/]*";
    private static final String JOINER = "(?:of|the|and|&|de|del|da|di|du|la|le|van|von|der|for|through|d/b/a|dba|f/k/a|a/k/a)";
    private static final String GAP = "[ \\t\\u00a0]+";
    private static final String SUFFIX = "(?:Inc\\.?|INC\\.?|LLC|L\\.L\\.C\\.|Corp\\.?|CORP\\.?|Co\\.|CO\\.|Ltd\\.?|LTD\\.?|L\\.P\\.|LP|LLP|N\\.A\\.|P\\.C\\.|PLLC|Jr\\.|Sr\\.)";
    /** One name: capitalised words, the small words that join them, and ", Inc." style suffixes. */
    // bounded and possessive: a long run of capitalised words must neither backtrack nor recurse without end
    private static final String NAME = WORD + "(?:(?:" + GAP + "(?:" + JOINER + GAP + "){0,3}+" + WORD + ")|(?:,[ \\t]" + SUFFIX
            + "(?=[\\s,.(]|$))){0,15}+";
    /** Several names, as a plural role word introduces them: "A, B, and C". */
    private static final String NAMES = NAME + "(?:(?:,?" + GAP + "(?:and|&)" + GAP + "|,[ \\t]+)" + NAME + "){0,20}+";
    /** What follows a name the text introduces as a party. */
    private static final String INTRODUCED = "(?=[ \\t]*\\(|,?[ \\t]+(?:is|are|was|were|brings?|files?|alleges?|sues?|resides?|seeks?|complains?"
            + "|prays?|lives?|owns?|operates?|employs?|employed|manufactures?|sells?|sold|does\\s+business|conducts?|maintains?)\\b|,[ \\t]+(?:an?|the)[ \\t])";
    private static final Pattern SINGLE = Pattern.compile(
            "\\b(Plaintiff|Defendant|Relator|Petitioner)(?![\\p{L}’'])(?:,)?" + GAP + "(?:the" + GAP + ")?(" + NAME + ")" + INTRODUCED);
    private static final Pattern PLURAL = Pattern.compile(
            "\\b(Plaintiffs|Defendants|Relators|Petitioners)(?![\\p{L}’'])(?:,)?" + GAP + "(?:the" + GAP + ")?(" + NAMES + ")" + INTRODUCED);
    /** A name defined in brackets: (“Acme”), (collectively, “Acme” or “Defendants”). */
    private static final Pattern DEFINED = Pattern.compile("\\([^()]{0,40}?[“\"]([^”\"]{1,40})[”\"]");
    /** More names after a definition: "Acme Corp. (“Acme”), Beta LLC (“Beta”), and Gamma Inc.". */
    private static final Pattern MORE = Pattern.compile("^[ \\t]*\\([^()]{0,80}\\),?[ \\t]+(?:and[ \\t]+)?(" + NAME + ")");
    private static final Set<String> NOT_A_NAME_START = Set.of("ALL", "EACH", "BOTH", "ANY", "NO", "ITS", "HIS", "HER", "THEIR", "THIS", "THAT",
            "SUCH", "IN", "ON", "AT", "BY", "FOR", "AND", "AS", "CLASS", "MEMBERS", "SUBCLASS", "HEREIN", "HERE", "COUNSEL", "COURT", "THE",
            "NAMED", "OTHER", "ONE", "TWO", "THESE", "THOSE", "ALSO", "HAS", "HAD", "DID", "DOES NOT", "CANNOT", "WILL", "MAY");

    private BodyParties() {
    }

    /** The caption with the side it left empty taken from the body; the side it names stays as it is. */
    static Caption fillIn(Caption caption, String text) {
        if (!caption.plaintiffs().isEmpty() && !caption.defendants().isEmpty()) {
            return caption;
        }
        Set<String> defined = defined(text);
        List<String> plaintiffs = caption.plaintiffs().isEmpty() ? find(text, true, defined) : caption.plaintiffs();
        List<String> defendants = caption.defendants().isEmpty() ? find(text, false, defined) : caption.defendants();
        return new Caption(caption.court(), caption.caseNumber(), caption.title(), plaintiffs, defendants);
    }

    /** The plaintiffs (or defendants) the text introduces, in the order it does. */
    static List<String> find(String text, boolean plaintiffs, Set<String> defined) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (Pattern p : List.of(SINGLE, PLURAL)) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    if (m.group(1).toLowerCase(Locale.ROOT).startsWith("plaintiff") || m.group(1).startsWith("Relator")
                            || m.group(1).startsWith("Petitioner")) {
                        if (!plaintiffs) {
                            continue;
                        }
                    } else if (plaintiffs) {
                        continue;
                    }
                    List<String> names = new ArrayList<>(CaptionParser.partyNames(m.group(2)));
                    if (p == PLURAL) {
                        names.addAll(following(line.substring(m.end())));
                    }
                    for (String n : names) {
                        add(out, n, defined);
                    }
                }
            }
        }
        return out;
    }

    private static List<String> following(String rest) {
        List<String> out = new ArrayList<>();
        String r = rest;
        Matcher m = MORE.matcher(r);
        while (m.find()) {
            out.addAll(CaptionParser.partyNames(m.group(1)));
            r = r.substring(m.end());
            m = MORE.matcher(r);
        }
        return out;
    }

    /** The short names the text defines, which stand for a party already named in full. */
    static Set<String> defined(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static void add(List<String> out, String name, Set<String> defined) {
        String n = name.strip();
        String key = n.toLowerCase(Locale.ROOT);
        String first = n.split("\\s+")[0].toUpperCase(Locale.ROOT);
        if (n.isEmpty() || NOT_A_NAME_START.contains(first) || defined.contains(key) || n.matches("(?i)(plaintiffs?|defendants?)")) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            String have = out.get(i).toLowerCase(Locale.ROOT);
            if (have.equals(key) || have.startsWith(key + " ") || have.startsWith(key + ",")) {
                return; // "Acme Holdings" after "Acme Holdings Corp."
            }
            if (key.startsWith(have + " ") || key.startsWith(have + ",")) {
                out.set(i, n);
                return;
            }
        }
        out.add(n);
    }
}
