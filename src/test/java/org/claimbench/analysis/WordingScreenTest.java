package org.claimbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class WordingScreenTest {

    static final WordingScreen SCREEN = WordingScreen.standard();

    static Set<String> kinds(String paragraph, int defendants) {
        Set<String> k = new TreeSet<>();
        SCREEN.screen(paragraph, 0, paragraph.length(), defendants).forEach(f -> k.add(f.kind()));
        return k;
    }

    static Set<String> kinds(String paragraph) {
        return kinds(paragraph, 2);
    }

    @Test
    void eachRuleFlagsWhatItShouldAndNotWhatItShouldNot() {
        assertEquals(Set.of("information-and-belief"), kinds("On information and belief, the vendor hosted the site's data."));
        assertEquals(Set.of("information-and-belief"), kinds("Upon information and belief, the meeting took place in May."));
        assertEquals(Set.of(), kinds("The vendor's information security team reviewed the account in May 2018."));

        assertEquals(Set.of("knowledge-label"), kinds("The vendor knew or should have known what the site sold."));
        assertEquals(Set.of("knowledge-label"), kinds("The vendor willfully ignored the warnings."));
        assertEquals(Set.of(), kinds("The vendor's records show the account manager read the warning email on March 3, 2018."));

        assertEquals(Set.of("legal-conclusion"), kinds("The vendor aided and abetted the site's owners."));
        assertEquals(Set.of("legal-conclusion"), kinds("Its conduct was a substantial factor in causing the harm."));
        assertEquals(Set.of(), kinds("The vendor provided 410 user licences under the renewal of August 15, 2016."));

        assertEquals(Set.of("hedge"), kinds("The site allegedly used the vendor's email service."));
        assertEquals(Set.of("hedge"), kinds("It is believed that the engineer wrote the workflows."));
        assertEquals(Set.of(), kinds("The engineer wrote the workflows, according to the ticket attached as Exhibit D."));

        assertEquals(Set.of("loaded-language"), kinds("Behind closed doors, the vendor kept the site alive."));
        assertEquals(Set.of("loaded-language"), kinds("It is among the vilest of companies."));
        assertEquals(Set.of(), kinds("The board met in a closed session on June 4, 2017, as the minutes (Exhibit E) record."));

        assertEquals(Set.of("group-pleading"), kinds("Defendants, and each of them, received the payments."));
        assertEquals(Set.of("group-pleading"), kinds("Defendants knew that the fee was hidden."), "Defendants as the actor");
        assertEquals(Set.of(), kinds("Plaintiffs bring this action against Defendants for damages."));
        assertEquals(Set.of(), kinds("Defendants knew that the fee was hidden.", 1), "one defendant: not group pleading");
    }

    @Test
    void plainFactsCarryNoFlag() {
        for (String fact : List.of(
                "On June 1, 2013, the parties signed a master subscription agreement. A copy is attached as Exhibit B.",
                "The annual fee was $1,240,000.",
                "Plaintiff paid the fee on eleven deliveries, totalling $43.45.",
                "Defendant Brightline is a Nevada limited liability company headquartered in Reno, Nevada.",
                "Venue is proper under 28 U.S.C. §§ 1391(b), 1391(c).")) {
            assertEquals(Set.of(), kinds(fact), fact);
        }
    }

    @Test
    void usersAddTermsAndSwitchRulesOff() throws Exception {
        String mine = """
                {"version": 1, "rules": [
                  {"id": "loaded-language", "terms": ["engine room"]},
                  {"id": "hedge", "enabled": false},
                  {"id": "puffery", "kind": "loaded-language", "description": "my own", "terms": ["world-class"]}
                ]}""";
        WordingScreen s = WordingScreen.of(WordingScreen.defaultLexicon(), WordingScreen.parse(mine.getBytes(StandardCharsets.UTF_8)));
        String p = "The vendor was, in substance, the engine room of the site, and allegedly a world-class one.";
        List<String> found = s.screen(p, 0, p.length(), 2).stream().map(f -> f.kind() + ":" + f.text()).toList();
        assertEquals(List.of("loaded-language:engine room", "loaded-language:world-class"), found);
    }

    /** An annotated complaint written for this measure: each paragraph with the flags a careful reader would give it. */
    static final String[][] ANNOTATED = {
            {"On March 1, 2014, Halvern Systems, Inc. signed a hosting agreement with the site. A copy is attached as Exhibit 1."},
            {"The agreement set a monthly fee of $82,000."},
            {"Upon information and belief, Halvern's executives met the site's owners in 2015.", "information-and-belief"},
            {"Halvern knew or should have known that the site advertised minors.", "knowledge-label"},
            {"Halvern knowingly renewed the agreement in 2016.", "knowledge-label"},
            {"The renewal of April 2, 2016 raised the fee to $96,500 a month."},
            {"Halvern participated in a venture with the site and benefited from it.", "legal-conclusion"},
            {"Defendants, and each of them, conspired to conceal the site's revenue.", "group-pleading", "legal-conclusion"},
            {"The site allegedly stored its advertisers' records on Halvern's servers.", "hedge"},
            {"Halvern is among the most reckless vendors in the industry, acting behind closed doors.", "loaded-language"},
            {"On information and belief, Halvern willfully ignored a warning letter.", "information-and-belief", "knowledge-label"},
            {"The warning letter of May 5, 2016, signed by a state official, is attached as Exhibit 2."},
            {"Halvern's conduct was a substantial factor in causing Plaintiff's injuries.", "legal-conclusion"},
            {"Plaintiff was advertised on the site from 2015 to 2017 and lost earnings of at least $30,000."},
            {"It is believed that Halvern's engineers built the site's payment pages.", "hedge"},
            {"Halvern's sinister indifference made the trafficking possible.", "loaded-language"},
            {"Defendants received monthly payments from the site.", "group-pleading"},
            {"Plaintiff brings this action against Defendants under 18 U.S.C. § 1595."},
            {"Halvern's chief technology officer resigned on September 9, 2017."},
            {"Halvern aided and abetted the site's owners, with knowledge of their purpose.", "legal-conclusion", "knowledge-label"},
    };

    @Test
    void precisionAndRecallOnAnAnnotatedComplaint() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : ANNOTATED) {
            Set<String> expected = new LinkedHashSet<>(List.of(row).subList(1, row.length));
            Set<String> found = kinds(row[0]);
            for (String k : found) {
                if (expected.contains(k)) {
                    tp++;
                } else {
                    fp++;
                    misses.add("extra " + k + ": " + row[0]);
                }
            }
            for (String k : expected) {
                if (!found.contains(k)) {
                    fn++;
                    misses.add("missed " + k + ": " + row[0]);
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("wording screen: precision %.2f, recall %.2f (%d true, %d false positives, %d missed)%n",
                precision, recall, tp, fp, fn);
        assertTrue(precision >= 0.9 && recall >= 0.9, String.format("precision %.2f, recall %.2f: %s", precision, recall, misses));
    }
    @Test
    void theWordEveryMatchMustContainIsFoundOrNotClaimed() {
        assertEquals("information", WordingScreen.requiredLiteral("\\b(?:up)?on\\s+information\\s+and\\s+belief\\b"));
        assertEquals("fully", WordingScreen.requiredLiteral("\\bwil{1,2}fully\\b"));
        assertEquals("vile", WordingScreen.requiredLiteral("\\bvile(?:st)?\\b"));
        assertEquals("participat", WordingScreen.requiredLiteral("\\bparticipat\\w*\\s+in\\s+a\\s+venture\\b"));
        assertEquals("defendants", WordingScreen.requiredLiteral("\\bDefendants(?:\\s+\\w+ly)?\\s+(?:knew|did)\\b"));
        assertEquals("knowledg", WordingScreen.requiredLiteral("\\bknowledge?\\b"), "an optional last letter is not required");
        assertEquals(null, WordingScreen.requiredLiteral("\\bknew|\\bknown"), "an alternation at the top requires neither side");
        assertEquals("baz", WordingScreen.requiredLiteral("\\b(?:foo|bar)baz\\b"), "the letters after a group");
        assertEquals(null, WordingScreen.requiredLiteral("\\b(?:foo|bar)ba\\b"), "too short");
        assertEquals("scheme", WordingScreen.requiredLiteral("[A-Z]scheme"));
    }

    @Test
    void skippingParagraphsWithoutAPatternsWordChangesNoFlag() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/fixtures/federal-complaint.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder(text);
        for (String[] row : ANNOTATED) {
            all.append('\n').append(row[0].toUpperCase(java.util.Locale.ROOT)).append('\n').append(row[0]);
        }
        String t = all.toString();
        WordingScreen screen = WordingScreen.standard();
        List<WordingScreen.Flag> fast = screen.screen(t, 0, t.length(), 3);
        assertEquals(screen.screen(t, 0, t.length(), 3, false), fast);
        assertTrue(fast.size() > 20, fast.size() + " flags");
    }

    @Test
    void aLongPleadingScreenedOnEveryCoreGivesEachParagraphItsOwnFlagsInOrder() {
        StringBuilder text = new StringBuilder();
        List<org.claimbench.domain.Segment> segments = new java.util.ArrayList<>();
        int ordinal = 0;
        for (int i = 0; i < WordingScreen.SHARED_FROM * 3; i++) {
            String[] row = ANNOTATED[i % ANNOTATED.length];
            String heading = "COUNT " + (i + 1) + "\n";
            segments.add(new org.claimbench.domain.Segment(0, 1, ordinal++, org.claimbench.domain.SegmentKind.HEADING, null,
                    text.length(), text.length() + heading.length() - 1, null, null));
            text.append(heading);
            String paragraph = (i + 1) + ". " + row[0] + "\n";
            segments.add(new org.claimbench.domain.Segment(0, 1, ordinal++, org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH,
                    String.valueOf(i + 1), text.length(), text.length() + paragraph.length() - 1, null, null));
            text.append(paragraph);
        }
        String t = text.toString();
        WordingScreen screen = WordingScreen.standard();
        Map<Integer, List<WordingScreen.Flag>> shared = screen.screen(t, segments, 3);
        Map<Integer, List<WordingScreen.Flag>> oneByOne = new java.util.LinkedHashMap<>();
        for (org.claimbench.domain.Segment s : segments) {
            List<WordingScreen.Flag> f = s.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH
                    ? screen.screen(t, s.start(), s.end(), 3) : List.of();
            if (!f.isEmpty()) {
                oneByOne.put(s.ordinal(), f);
            }
        }
        assertEquals(oneByOne, shared);
        assertEquals(List.copyOf(oneByOne.keySet()), List.copyOf(shared.keySet()), "in the paragraphs' order");
        assertTrue(shared.size() > WordingScreen.SHARED_FROM, shared.size() + " paragraphs flagged");
        assertTrue(shared.keySet().stream().allMatch(o -> o % 2 == 1), "only numbered paragraphs are screened");
    }

    @Test
    void aFlagInsideAnotherOfItsKindIsDroppedAndNoOtherIs() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            List<WordingScreen.Flag> flags = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int start = random.nextInt(400);
                int end = start + 1 + random.nextInt(40);
                flags.add(new WordingScreen.Flag(random.nextBoolean() ? "hedge" : "conclusion", "x", start, end, "r"));
            }
            // the definition, pair by pair, on the same order
            List<WordingScreen.Flag> sorted = new ArrayList<>(flags);
            sorted.sort(java.util.Comparator.comparingInt(WordingScreen.Flag::start).thenComparing(f -> -(f.end() - f.start())));
            List<WordingScreen.Flag> want = new ArrayList<>();
            for (WordingScreen.Flag f : sorted) {
                if (want.stream().noneMatch(k -> k.kind().equals(f.kind()) && f.start() >= k.start() && f.end() <= k.end())) {
                    want.add(f);
                }
            }
            assertEquals(want, WordingScreen.withoutNested(flags), "round " + round);
        }
    }

    @Test
    void aParagraphOfAMillionCharactersIsScreenedWhole() {
        String sentence = "On information and belief, Defendants knowingly and willfully concealed the defect. ";
        String paragraph = sentence.repeat(1_000_000 / sentence.length() + 1);
        List<WordingScreen.Flag> flags = SCREEN.screen(paragraph, 0, paragraph.length(), 2);
        int sentences = paragraph.length() / sentence.length();
        long hedges = flags.stream().filter(f -> f.text().equalsIgnoreCase("On information and belief")).count();
        assertEquals(sentences, hedges, "one hedge in every sentence, the last one too");
        assertTrue(flags.get(flags.size() - 1).start() > paragraph.length() - 2 * sentence.length());
    }
}
