package org.claimbench.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short names lawyers cite documents by: "Compl." for a complaint, "FAC" and "SAC" for the first and second
 * amended complaints, "Answer", "Ex. A" for an exhibit, and a short form of the title for anything else.
 */
public final class ShortNames {

    /** The longest short name, in characters. */
    public static final int MAX = 40;

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");
    /** "First Amended Complaint", "2nd amended class action complaint", "THIRD AMENDED VERIFIED COMPLAINT". */
    private static final Pattern AMENDED = Pattern.compile("\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|\\d{1,2}(?:st|nd|rd|d|th))\\s+amended\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMENDED_WORD = Pattern.compile("\\bamended\\b", Pattern.CASE_INSENSITIVE);
    /** "Exhibit A", "EXHIBIT 12", "Ex. C-1", "Exh. B": the exhibit's designation. */
    private static final Pattern EXHIBIT = Pattern.compile("^\\W*(?:exhibit\\s+|exh\\s+|exh\\.\\s*|ex\\.\\s*)([A-Za-z]{1,2}|\\d{1,4})(?:([-.])(\\d{1,3}))?(?![\\w'\u2019])",
            Pattern.CASE_INSENSITIVE);
    /** Where a title's own name ends and its explanation starts: a dash, a colon, a bracket, a comma. */
    private static final Pattern TITLE_END = Pattern.compile("\\s+[-\u2013\u2014]\\s+|[\u2013\u2014:;(\\[,]");
    private static final java.util.Set<String> SMALL = java.util.Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of",
            "on", "or", "re", "the", "to", "with");
    private static final int WORDS = 4;

    private ShortNames() {
    }

    /** The short name a document of this kind and title gets when the user has set none. Never blank. */
    public static String defaultFor(DocumentKind kind, String title) {
        String t = title == null ? "" : title.strip();
        switch (kind) {
            case COMPLAINT, AMENDED_COMPLAINT -> {
                Matcher m = AMENDED.matcher(t);
                if (m.find()) {
                    return amended(ordinal(m.group(1)));
                }
                return kind == DocumentKind.AMENDED_COMPLAINT || AMENDED_WORD.matcher(t).find() ? "Am. Compl." : "Compl.";
            }
            case ANSWER -> {
                return "Answer";
            }
            default -> {
                Matcher m = EXHIBIT.matcher(t);
                if (m.find()) {
                    String designation = m.group(1).chars().allMatch(Character::isLetter) ? m.group(1).toUpperCase(Locale.ROOT) : m.group(1);
                    return "Ex. " + designation + (m.group(3) == null ? "" : m.group(2) + m.group(3));
                }
                String shortTitle = shortTitle(t);
                return shortTitle.isEmpty() ? kind == DocumentKind.EXHIBIT ? "Ex." : kind.label() : shortTitle;
            }
        }
    }

    /** 1 → "FAC", 2 → "SAC", 3 → "TAC", 4 → "4th Am. Compl.". */
    static String amended(int n) {
        return switch (n) {
            case 1 -> "FAC";
            case 2 -> "SAC";
            case 3 -> "TAC";
            default -> n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            }) + " Am. Compl.";
        };
    }

    private static int ordinal(String word) {
        int i = ORDINALS.indexOf(word.toLowerCase(Locale.ROOT));
        return i >= 0 ? i + 1 : Integer.parseInt(word.replaceAll("\\D", ""));
    }

    /**
     * A title's own name, without what explains it ("Commentary — what the complaint shows" → "Commentary"), at most
     * four words, not ending on a small word; a title in capitals is set in title case.
     */
    static String shortTitle(String title) {
        Matcher end = TITLE_END.matcher(title);
        String name = (end.find() && end.start() > 0 ? title.substring(0, end.start()) : title).strip();
        List<String> words = new java.util.ArrayList<>(List.of(name.isEmpty() ? new String[0] : name.split("\\s+")));
        if (words.size() > WORDS) {
            words = new java.util.ArrayList<>(words.subList(0, WORDS));
        }
        while (words.size() > 1 && SMALL.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        boolean capitals = name.chars().anyMatch(Character::isLetter) && name.chars().noneMatch(Character::isLowerCase);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (capitals) {
                String lower = w.toLowerCase(Locale.ROOT);
                w = i > 0 && SMALL.contains(lower) ? lower : lower.isEmpty() ? lower
                        : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            }
            b.append(i == 0 ? "" : " ").append(w);
        }
        String s = b.toString();
        return s.length() > MAX ? s.substring(0, MAX).strip() : s;
    }

    /** A short name as typed, tidied: line breaks and runs of spaces made one space, control characters left out; null when blank. */
    public static String tidy(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.replaceAll("[\\p{Cntrl}\\s\u2028\u2029]+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
