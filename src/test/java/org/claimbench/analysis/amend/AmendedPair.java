package org.claimbench.analysis.amend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.Party;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.Passage;
import org.claimbench.domain.PleadedCount;
import org.claimbench.domain.PleadingVersion;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;

/**
 * A made-up complaint and a seeded random amendment of it, with highlighted passages on the original and, for each,
 * where its words stand in the amended text if they survive. Every word carries an identity: an amendment keeps the
 * identity of the words it leaves alone (even when it moves, splits or merges their paragraph) and gives new ones to
 * words it writes, including copies of existing sentences. A passage survives when its words keep their identities,
 * stay together and read the same; its true place is where those words are.
 *
 * <p>Amendments: paragraphs inserted, deleted, moved far away, split, merged; words replaced, inserted or upper-cased;
 * sentences rewritten or added; sentences copied into another paragraph (the copied sentence is then left alone, so
 * that its copy is a look-alike, not a move); a count dropped and a defendant added.
 */
public final class AmendedPair {

    /** Where a passage's words stand in the amended text: -1 if they did not survive. */
    public record Truth(long passageId, int start, int end) {
        public boolean survives() {
            return start >= 0;
        }
    }

    public final PleadingVersion before;
    public final PleadingVersion after;
    public final List<Passage> passages;
    public final Map<Long, Truth> truth;

    private AmendedPair(PleadingVersion before, PleadingVersion after, List<Passage> passages, Map<Long, Truth> truth) {
        this.before = before;
        this.after = after;
        this.passages = passages;
        this.truth = truth;
    }

    private record Word(long id, String text) {
    }

    private static final class Sentence {
        final List<Word> words;
        boolean frozen;

        Sentence(List<Word> words) {
            this.words = words;
        }
    }

    private static final class Block {
        final SegmentKind kind;
        final List<Sentence> sentences;
        String countLabel;

        Block(SegmentKind kind, List<Sentence> sentences) {
            this.kind = kind;
            this.sentences = sentences;
        }

        boolean frozen() {
            return sentences.stream().anyMatch(s -> s.frozen);
        }
    }

    private static final String[] COMMON = {
        "the", "the", "the", "and", "of", "to", "a", "in", "on", "that", "was", "by", "for", "with", "Plaintiff",
        "Defendant", "tenant", "lease", "unit", "building", "notice", "rent", "repair", "office", "written", "after",
    };
    private static final String[] SYLLABLES = {
        "bar", "ven", "lo", "tris", "ka", "mon", "del", "ru", "sa", "fen", "gor", "pi", "ast", "wel", "on", "tur",
        "mi", "cal", "dre", "nos", "hal", "ber", "que", "lin", "zo", "pet", "rax", "um", "ol", "vey",
    };
    private static final String[] BOILERPLATE = {
        "Defendant acted knowingly and with reckless disregard for the safety of the tenant",
        "The building office ignored every written request for repair",
        "Plaintiff suffered damages in an amount to be proven at trial",
    };

    /**
     * A pair with {@code paragraphs} numbered paragraphs of about {@code words} words each, {@code amendments}
     * random amendments and {@code passageCount} passages on the original.
     */
    public static AmendedPair generate(long seed, int paragraphs, int words, int amendments, int passageCount) {
        return new Maker(seed).make(paragraphs, words, amendments, passageCount);
    }

    /** Writes the original and amends it. */
    private static final class Maker {
        private final Random random;
        private final String[] vocabulary;
        private long nextId = 1;

        private Maker(long seed) {
            random = new Random(seed);
            vocabulary = new String[3000];
            for (int i = 0; i < vocabulary.length; i++) {
                StringBuilder sb = new StringBuilder();
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                vocabulary[i] = sb.toString();
            }
        }

        private Word word(String text) {
            return new Word(nextId++, text);
        }

        private Sentence sentence(int length) {
            List<Word> w = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                w.add(word(fresh()));
            }
            w.set(0, new Word(w.get(0).id(), capital(w.get(0).text())));
            return new Sentence(w);
        }

        private String fresh() {
            return random.nextInt(10) < 4 ? COMMON[random.nextInt(COMMON.length)] : vocabulary[random.nextInt(vocabulary.length)];
        }

        private static String capital(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private Sentence copy(Sentence s) {
            List<Word> w = new ArrayList<>();
            for (Word x : s.words) {
                w.add(word(x.text()));
            }
            return new Sentence(w);
        }

        private Sentence boilerplate() {
            List<Word> w = new ArrayList<>();
            for (String t : BOILERPLATE[random.nextInt(BOILERPLATE.length)].split(" ")) {
                w.add(word(t));
            }
            return new Sentence(w);
        }

        private Block paragraph(int words) {
            List<Sentence> sentences = new ArrayList<>();
            int total = 0;
            int target = words / 2 + random.nextInt(words + 1);
            while (total < target) {
                Sentence s = random.nextInt(12) == 0 ? boilerplate() : sentence(8 + random.nextInt(13));
                sentences.add(s);
                total += s.words.size();
            }
            return new Block(SegmentKind.NUMBERED_PARAGRAPH, sentences);
        }

        private AmendedPair make(int paragraphs, int words, int amendments, int passageCount) {
            List<Block> blocks = new ArrayList<>();
            List<Sentence> caption = new ArrayList<>(List.of(
                    sentence(4), new Sentence(new ArrayList<>(List.of(word("Plaintiff"), word("v")))), sentence(5)));
            blocks.add(new Block(SegmentKind.CAPTION, caption));
            int countEvery = Math.max(8, paragraphs / 6);
            int counts = 0;
            for (int i = 0; i < paragraphs; i++) {
                if (i % 25 == 0 && i < paragraphs / 2) {
                    blocks.add(new Block(SegmentKind.HEADING, new ArrayList<>(List.of(sentence(2 + random.nextInt(3))))));
                }
                if (i >= paragraphs / 2 && (i - paragraphs / 2) % countEvery == 0) {
                    counts++;
                    Block h = new Block(SegmentKind.COUNT_HEADING, new ArrayList<>(List.of(sentence(3 + random.nextInt(4)))));
                    h.countLabel = roman(counts);
                    blocks.add(h);
                    // every count starts by repeating what came before, in the same words
                    List<Word> w = new ArrayList<>();
                    for (String t : "Plaintiff repeats and realleges each allegation above".split(" ")) {
                        w.add(word(t));
                    }
                    blocks.add(new Block(SegmentKind.NUMBERED_PARAGRAPH, new ArrayList<>(List.of(new Sentence(w)))));
                    continue;
                }
                blocks.add(paragraph(words));
            }
            blocks.add(new Block(SegmentKind.PRAYER, new ArrayList<>(List.of(sentence(12), sentence(9)))));
            List<Party> partiesBefore = List.of(new Party(1, 1, PartyRole.PLAINTIFF, "Mara Quill", 0),
                    new Party(2, 1, PartyRole.DEFENDANT, "Fenwick Row Holdings LLC", 1));

            Rendered old = render(blocks, 1);
            List<Passage> passages = new ArrayList<>();
            Map<Long, long[]> wordsOf = new HashMap<>();
            List<Block> numbered = blocks.stream().filter(b -> b.kind == SegmentKind.NUMBERED_PARAGRAPH).toList();
            for (long id = 1; id <= passageCount; id++) {
                Block b = random.nextInt(20) == 0 ? blocks.get(random.nextInt(blocks.size())) : numbered.get(random.nextInt(numbered.size()));
                int si = random.nextInt(b.sentences.size());
                List<Word> run = new ArrayList<>(b.sentences.get(si).words);
                if (random.nextInt(8) == 0 && si + 1 < b.sentences.size()) {
                    run.addAll(b.sentences.get(si + 1).words);
                }
                int length = Math.min(run.size(), 3 + random.nextInt(12));
                int from = random.nextInt(run.size() - length + 1);
                List<Word> chosen = run.subList(from, from + length);
                int start = old.starts.get(chosen.get(0).id());
                int end = old.ends.get(chosen.get(chosen.size() - 1).id());
                String text = old.text;
                passages.add(new Passage(id, 1, 1, start, end, text.substring(start, end),
                        text.substring(Math.max(0, start - 32), start), text.substring(end, Math.min(text.length(), end + 32)),
                        null, null, null, null, null, null, AnchorState.ANCHORED, Instant.EPOCH));
                wordsOf.put(id, chosen.stream().mapToLong(Word::id).toArray());
            }

            // amend a deep copy
            List<Block> amended = new ArrayList<>();
            for (Block b : blocks) {
                List<Sentence> ss = new ArrayList<>();
                for (Sentence s : b.sentences) {
                    ss.add(new Sentence(new ArrayList<>(s.words)));
                }
                Block c = new Block(b.kind, ss);
                c.countLabel = b.countLabel;
                amended.add(c);
            }
            for (int k = 0; k < amendments; k++) {
                amend(amended, words, k % 11);
            }
            // the last count dropped (its heading goes, its paragraphs stay under the count before)
            for (int i = amended.size() - 1; i >= 0; i--) {
                if (amended.get(i).kind == SegmentKind.COUNT_HEADING && counts > 1) {
                    amended.remove(i);
                    break;
                }
            }
            List<Party> partiesAfter = new ArrayList<>(partiesBefore);
            partiesAfter.add(new Party(3, 1, PartyRole.DEFENDANT, "Ashgrove Property Services, Inc.", 2));
            Rendered now = render(amended, 2);

            Map<Long, Truth> truth = new HashMap<>();
            for (Passage p : passages) {
                long[] ids = wordsOf.get(p.id());
                Integer s = now.starts.get(ids[0]);
                Integer e = now.ends.get(ids[ids.length - 1]);
                boolean ok = s != null && e != null && e > s && now.text.substring(s, e).equals(p.quote());
                if (ok) {
                    for (long id : ids) {
                        ok &= now.starts.containsKey(id) && now.starts.get(id) >= s && now.ends.get(id) <= e;
                    }
                }
                truth.put(p.id(), ok ? new Truth(p.id(), s, e) : new Truth(p.id(), -1, -1));
            }
            return new AmendedPair(
                    new PleadingVersion(1, old.text, old.segments, old.counts, partiesBefore),
                    new PleadingVersion(2, now.text, now.segments, now.counts, partiesAfter),
                    passages, truth);
        }

        private void amend(List<Block> blocks, int words, int which) {
            int i = pick(blocks);
            Block b = blocks.get(i);
            switch (which) {
                case 0 -> blocks.add(i, paragraph(words));
                case 1 -> {
                    if (!b.frozen()) {
                        blocks.remove(i);
                    }
                }
                case 2, 3 -> {
                    // replace or insert a word or two
                    Sentence s = b.sentences.get(random.nextInt(b.sentences.size()));
                    if (!s.frozen) {
                        int n = 1 + random.nextInt(2);
                        for (int k = 0; k < n; k++) {
                            int at = random.nextInt(s.words.size());
                            if (which == 2) {
                                replace(s, at, fresh());
                            } else {
                                s.words.add(at, word(fresh()));
                            }
                        }
                    }
                }
                case 4 -> {
                    int at = random.nextInt(b.sentences.size());
                    if (!b.sentences.get(at).frozen) {
                        b.sentences.set(at, sentence(8 + random.nextInt(10)));
                    }
                }
                case 5 -> b.sentences.add(random.nextInt(b.sentences.size() + 1), sentence(8 + random.nextInt(10)));
                case 6 -> {
                    if (b.sentences.size() >= 2) {
                        int cut = 1 + random.nextInt(b.sentences.size() - 1);
                        Block tail = new Block(SegmentKind.NUMBERED_PARAGRAPH, new ArrayList<>(b.sentences.subList(cut, b.sentences.size())));
                        b.sentences.subList(cut, b.sentences.size()).clear();
                        blocks.add(i + 1, tail);
                    }
                }
                case 7 -> {
                    if (i + 1 < blocks.size() && blocks.get(i + 1).kind == SegmentKind.NUMBERED_PARAGRAPH) {
                        b.sentences.addAll(blocks.remove(i + 1).sentences);
                    }
                }
                case 8 -> {
                    // moved far away
                    blocks.remove(i);
                    int to = pick(blocks);
                    blocks.add(to, b);
                }
                case 9 -> {
                    // a sentence copied into another paragraph: a look-alike
                    Sentence s = b.sentences.get(random.nextInt(b.sentences.size()));
                    Block other = blocks.get(pick(blocks));
                    if (other != b) {
                        s.frozen = true;
                        Sentence c = copy(s);
                        c.frozen = true;
                        other.sentences.add(random.nextInt(other.sentences.size() + 1), c);
                    }
                }
                default -> {
                    Sentence s = b.sentences.get(random.nextInt(b.sentences.size()));
                    int at = random.nextInt(s.words.size());
                    if (!s.frozen) {
                        replace(s, at, s.words.get(at).text().toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
        }

        /** A word replaced by another; one replaced by the same text is left as it was (it keeps its identity). */
        private void replace(Sentence s, int at, String text) {
            if (!s.words.get(at).text().equals(text)) {
                s.words.set(at, word(text));
            }
        }

        /** A numbered paragraph at random. */
        private int pick(List<Block> blocks) {
            while (true) {
                int i = random.nextInt(blocks.size());
                if (blocks.get(i).kind == SegmentKind.NUMBERED_PARAGRAPH) {
                    return i;
                }
            }
        }
    }

    private record Rendered(String text, List<Segment> segments, List<PleadedCount> counts, Map<Long, Integer> starts, Map<Long, Integer> ends) {
    }

    private static Rendered render(List<Block> blocks, long documentId) {
        StringBuilder sb = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        List<PleadedCount> counts = new ArrayList<>();
        Map<Long, Integer> starts = new HashMap<>();
        Map<Long, Integer> ends = new HashMap<>();
        int number = 0;
        Set<Long> seen = new HashSet<>();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            int start = sb.length();
            String label = null;
            if (b.kind == SegmentKind.NUMBERED_PARAGRAPH) {
                label = Integer.toString(++number);
                sb.append(label).append(". ");
            }
            if (b.kind == SegmentKind.COUNT_HEADING) {
                sb.append("COUNT ").append(b.countLabel).append(" \u2014 ");
            }
            for (int si = 0; si < b.sentences.size(); si++) {
                if (si > 0) {
                    sb.append(' ');
                }
                List<Word> words = b.sentences.get(si).words;
                for (int w = 0; w < words.size(); w++) {
                    if (w > 0) {
                        sb.append(' ');
                    }
                    Word word = words.get(w);
                    if (!seen.add(word.id())) {
                        throw new IllegalStateException("a word twice");
                    }
                    starts.put(word.id(), sb.length());
                    sb.append(word.text());
                    ends.put(word.id(), sb.length());
                }
                if (b.kind != SegmentKind.COUNT_HEADING && b.kind != SegmentKind.HEADING) {
                    sb.append('.');
                }
            }
            Segment s = new Segment(documentId * 100_000 + segments.size(), documentId, segments.size(), b.kind, label, start, sb.length(), null, null);
            segments.add(s);
            if (b.kind == SegmentKind.COUNT_HEADING) {
                String title = sb.substring(start + ("COUNT " + b.countLabel + " \u2014 ").length(), sb.length());
                counts.add(new PleadedCount(counts.size() + 1, documentId, counts.size(), b.countLabel, title,
                        List.of("Fenwick Row Holdings LLC"), s.id(), Integer.toString(number + 1), List.of()));
            }
        }
        return new Rendered(sb.toString(), segments, counts, starts, ends);
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};
        return n <= r.length ? r[n - 1] : Integer.toString(n);
    }
}
