package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * String citations: two or more authorities cited one after another for one proposition, joined by semicolons
 * ("… Code § 10; 5 Cal. Code Regs. § 20; see also 3 U.S.C. § 4"). A reader of the complaint, and an answer key,
 * usually speaks of such a run as one citation; its members stay citations of their own as well.
 */
public final class StringCitations {

    /** A run of citations; {@code text} is the run as the document has it, spaces made single. */
    public record StringCitation(String text, int start, int end, int segmentOrdinal, List<ParsedCitation> members) {
        public StringCitation {
            members = List.copyOf(members);
        }
    }

    /**
     * What may stand between two members: a semicolon, and after it an introductory signal of the citation
     * that follows. A footnote marker or a stray comma does not join two citations.
     */
    private static final Pattern JOIN = Pattern.compile(
            "\\s*;\\s*(?:(?:see\\s+also|see\\s+generally|see,?\\s+e\\.\\s?g\\.,?|see|cf\\.|accord|but\\s+see|compare|and|e\\.\\s?g\\.,?)\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private StringCitations() {
    }

    /** The runs among {@code citations} (in text order, as {@link CitationFinder} gives them), in text order. */
    public static List<StringCitation> group(String text, List<ParsedCitation> citations) {
        List<StringCitation> runs = new ArrayList<>();
        List<ParsedCitation> run = new ArrayList<>();
        for (ParsedCitation c : citations) {
            if (!run.isEmpty() && !joins(text, run.get(run.size() - 1), c)) {
                close(text, run, runs);
            }
            run.add(c);
        }
        close(text, run, runs);
        return runs;
    }

    private static boolean joins(String text, ParsedCitation before, ParsedCitation after) {
        if (before.segmentOrdinal() != after.segmentOrdinal() || after.start() < before.end()) {
            return false;
        }
        return JOIN.matcher(text.substring(before.end(), after.start())).matches();
    }

    private static void close(String text, List<ParsedCitation> run, List<StringCitation> runs) {
        if (run.size() > 1) {
            ParsedCitation first = run.get(0);
            ParsedCitation last = run.get(run.size() - 1);
            String words = text.substring(first.start(), last.end()).replaceAll("\\s+", " ");
            runs.add(new StringCitation(words, first.start(), last.end(), first.segmentOrdinal(), run));
        }
        run.clear();
    }
}
