package org.claimbench.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimbench.domain.PageLines;
import org.claimbench.domain.PleadedResponse;
import org.claimbench.domain.ResponseScope;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.SourceLine;

/**
 * The responses of an Answer, read sentence by sentence from its text before the affirmative defenses.
 *
 * <p><b>What a response answers.</b> A numbered paragraph of the Answer answers the complaint's paragraph of the same
 * number ("2. Denied."), unless it names the paragraphs it answers ("1. Answering paragraph 1, …", "the allegations
 * of Paragraphs 5 through 9", "In response to Paragraphs 10-12", "¶¶ 5–9", "paragraphs 3, 4 and 7"). A paragraph is
 * named only where the words say it is the one answered (answering, in response to, the allegations of, Paragraph 12
 * states…), so "its responses to paragraphs 1 through 14", "the letter described in paragraph 9" name nothing.
 * Sentences that follow go with the paragraphs last named. Text without a number answers only what it names. A
 * sentence that names no paragraph but speaks of the complaint as a whole, its headings, its prayer or its
 * unnumbered text is a response of its own with that {@link ResponseScope}: "generally denies each and every
 * allegation" (a general denial), "denies each and every allegation not specifically admitted" (a catch-all denial),
 * "The headings … require no response", "denies that Plaintiff is entitled to the relief requested".
 *
 * <p><b>Its status.</b> From the words of the sentences that answer the same paragraphs together:
 * <ul>
 *   <li>an admission with a denial or a want of knowledge ("admits that … and denies the remaining allegations",
 *       "except as expressly admitted, denies"), or with a ground for no response: admitted in part, the words after
 *       "admits (that)" kept as {@code admitted};</li>
 *   <li>an admission alone: admitted;</li>
 *   <li>a denial and a want of knowledge: denied (the stronger of the two disputes);</li>
 *   <li>"lacks knowledge or information sufficient to form a belief … and therefore denies": without knowledge (the
 *       denial that follows the want of knowledge in its sentence is part of it);</li>
 *   <li>a denial: denied;</li>
 *   <li>"states a legal conclusion to which no response is required", "the document speaks for itself", "requires no
 *       response", "neither admits nor denies": no response required. With such a ground, a hedged denial does not
 *       count as a denial: "to the extent a response is required, denied", "to the extent it is inconsistent with
 *       the document, denied", and "denies any characterization of it". So "The letter speaks for itself, and
 *       Defendant denies any characterization of it" is no response required, form "speaks for itself", always;
 *       an outright denial besides ("and otherwise denies the allegations") makes it denied.</li>
 * </ul>
 */
final class AnswerResponses {

    private static final String NUMBER = "\\d{1,5}";
    private static final String DASH = "\\s*(?:-|\u2010|\u2011|\u2012|\u2013|\u2014|through|thru|to)\\s*";
    /** A paragraph's number, also in quotes as New York Answers give it: paragraphs "3", "4" and "5". */
    private static final String QUOTE = "[\"\u201c\u201d']?";
    private static final String QUOTED = QUOTE + NUMBER + QUOTE;
    private static final String ITEM = QUOTED + "(?:" + DASH + QUOTED + ")?";
    private static final Pattern REFERENCE = Pattern.compile("(?:[Pp]aragraphs?|PARAGRAPHS?|\u00b6\u00b6?|[Pp]aras?\\.)\\s*(" + ITEM
            + "(?:(?:\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*)" + QUOTED + "(?:" + DASH + QUOTED + ")?)*)(?!\\w)");
    private static final Pattern RANGE_ITEM = Pattern.compile(QUOTE + "(" + NUMBER + ")" + QUOTE + "(?:" + DASH + QUOTE + "(" + NUMBER + ")" + QUOTE + ")?");
    /** The words in front of a paragraph that say it is the one answered. */
    private static final Pattern ANSWERED_BEFORE = Pattern.compile("(?:answering|in\\s+(?:response|answer|reply)\\s+to|responding\\s+to"
            + "|replying\\s+to|as\\s+to|with\\s+(?:respect|regard)\\s+to|regarding|concerning|allegations?(?:\\s+(?:set\\s+forth|contained|made"
            + "|stated|found|asserted))?\\s+(?:of|in)|sentences?\\s+of|remainder\\s+of|rest\\s+of|balance\\s+of|portions?\\s+of|denies|admits"
            + "|denied|admitted)\\s+(?:(?:each|all|both|every\\s+one)\\s+(?:and\\s+every\\s+(?:one\\s+)?)?of\\s+)?(?:the\\s+)?(?:(?:first|second|third|fourth|fifth|last|final|remaining)\\s+sentences?\\s+of\\s+)?"
            + "(?:the\\s+)?(?:complaint['\u2019]s\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** The words after a paragraph that say it is the one answered: "Paragraph 12 (of the Complaint) states…". */
    private static final Pattern ANSWERED_AFTER = Pattern.compile("^(?:\\s+of\\s+(?:the|plaintiff['\u2019]?s['\u2019]?)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:complaint|petition))?\\s*,?\\s+(?:states?|contains?|purports?|sets?\\s+forth|consists?|is|are|refers?|quotes?"
            + "|characterizes?|describes?|requires?|asserts?|alleges?|incorporates?|realleges?|repeats?|makes?|seeks?|calls?|does|do"
            + "|cites?|summarizes?|paraphrases?|reflects?)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern ADMIT = Pattern.compile("\\badmit(?:s|ted)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_AN_ADMISSION = Pattern.compile("(?:except|unless|save)\\s+(?:as\\s+|to\\s+the\\s+extent\\s+)?(?:[\\w-]+\\s+){0,3}?admitted"
            + "|not\\s+(?:[\\w-]+\\s+){0,2}?admitted|otherwise\\s+admitted|neither\\s+admits?\\s+nor\\s+denies|neither\\s+admitted\\s+nor\\s+denied",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DENY = Pattern.compile("\\bden(?:y|ies|ied)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_DENIAL = Pattern.compile("(?:was|were|been|had\\s+been|being)\\s+denied|neither\\s+admits?\\s+nor\\s+denies"
            + "|neither\\s+admitted\\s+nor\\s+denied", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHOUT_KNOWLEDGE = Pattern.compile(
            "\\b(?:(?:lacks?|lacking|without|has\\s+no|have\\s+no|insufficient|not\\s+have|den(?:y|ies|ied)(?:\\s+having)?)\\s+"
                    + "(?:sufficient\\s+|adequate\\s+|enough\\s+|any\\s+)?(?:knowledge|information)\\b|\\b(?:knowledge|information)\\s+(?:is\\s+)?"
                    + "(?:insufficient|lacking)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGAL_CONCLUSION = Pattern.compile("\\blegal\\s+conclusions?|conclusions?\\s+of\\s+law\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKS_FOR_ITSELF = Pattern.compile("\\bspeaks?\\s+for\\s+(?:itself|themselves)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_RESPONSE = Pattern.compile("\\bno\\s+(?:further\\s+)?(?:response|answer|reply)\\s+(?:is\\s+|being\\s+)?"
            + "(?:required|necessary|needed)|\\brequires?\\s+no\\s+(?:further\\s+)?(?:response|answer)|\\bnot\\s+required\\s+to\\s+(?:respond|answer)"
            + "|\\bneed\\s+not\\s+(?:respond|answer|be\\s+answered)", Pattern.CASE_INSENSITIVE);
    /** "directed to another defendant", "not directed at Harbor", "pertain to a co-defendant": no response from this one. */
    private static final Pattern DIRECTED = Pattern.compile("\\b(?:directed|addressed|made|asserted|pertain(?:s|ing)?|relat(?:e|es|ing))\\s+"
            + "(?:solely\\s+|only\\s+|exclusively\\s+)?(?:to|at|against)\\s+(?:an?\\s+)?(?:other|another|different|the\\s+other|co-?)\\s*"
            + "(?:defendants?|part(?:y|ies))\\b|\\bnot\\s+(?:directed|addressed)\\s+(?:to|at|against)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEITHER = Pattern.compile("neither\\s+admits?\\s+nor\\s+denies|neither\\s+admitted\\s+nor\\s+denied",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INCORPORATES = Pattern.compile("\\b(?:incorporates?|repeats?|restates?|realleges?|reasserts?)\\b[^.;]{0,60}?"
            + "\\b(?:responses?|answers?|admissions\\s+and\\s+denials)\\b", Pattern.CASE_INSENSITIVE);
    /** A short sentence after a want of knowledge that draws the denial from it: "It therefore denies them." */
    private static final Pattern THEREFORE_DENIES = Pattern.compile("^[^.;]{0,40}?\\b(?:therefore|thus|accordingly|consequently|on\\s+that\\s+basis"
            + "|on\\s+this\\s+basis|for\\s+that\\s+reason)\\b[^.;]{0,20}?\\bden(?:y|ies)\\b[^.;]{0,60}[.]?$", Pattern.CASE_INSENSITIVE);
    /** A hedged denial, which a ground for no response leaves without force. */
    private static final Pattern HEDGED = Pattern.compile("\\bto\\s+the\\s+extent\\b[^.;]*|(?:\\b(?:and|but)\\s+)?(?:defendants?\\s+)?"
            + "(?:specifically\\s+)?(?:denies|deny|rejects)\\s+(?:any\\s+and\\s+all|any|all|plaintiffs?['\u2019]?s?|the)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:characterizations?|interpretations?|paraphras(?:e|es|ing))\\b[^.;]*|(?:\\b(?:and|but)\\s+)?\\bden(?:y|ies)\\s+(?:any\\s+and\\s+all|any|all)"
            + "\\s+(?:allegations?|statements?|assertions?)\\s+(?:that\\s+(?:is|are)\\s+)?inconsistent\\s+with\\b[^.;]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMAINING_WORDS = Pattern.compile("\\b(?:remaining|remainder|all\\s+other|any\\s+other|otherwise|except|rest)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADMITTED_WORDS = Pattern.compile("\\badmits\\s+(?:only\\s+|solely\\s+|further\\s+)?(?:that\\s+)?(.+?)"
            + "(?=\\s*,\\s*(?:but|and|except)\\s|\\s+(?:and|but)\\s+(?:further\\s+|otherwise\\s+)?(?:defendants?\\s+)?(?:denies|deny|lacks|is\\s+without"
            + "|states|avers)\\b|\\s*;|\\.(?:\\s|$)|$)", Pattern.CASE_INSENSITIVE);

    private static final Pattern GENERAL_DENIAL = Pattern.compile("\\bgeneral(?:ly)?\\s+den(?:y|ies|ial)\\b|\\bdenies\\s+(?:generally\\s+)?"
            + "(?:each\\s+and\\s+every|every|all|all\\s+of\\s+the)\\s+(?:and\\s+all\\s+)?allegations?\\s+(?:of|in|contained\\s+in)\\s+(?:the|plaintiffs?['\u2019]?s?)"
            + "\\s+(?:unverified\\s+)?(?:complaint|petition)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CATCH_ALL = Pattern.compile("\\b(?:each\\s+and\\s+every|every|all|any)\\s+(?:remaining\\s+|other\\s+|of\\s+the\\s+)?"
            + "(?:factual\\s+)?allegations?\\b[^.;]*?\\b(?:not\\s+(?:specifically\\s+|expressly\\s+|otherwise\\s+)?(?:and\\s+\\w+\\s+)?(?:admitted|answered)"
            + "|(?:except|unless)\\s+(?:as\\s+)?(?:specifically\\s+|expressly\\s+|otherwise\\s+)?(?:admitted|answered))"
            + "|\\b(?:except|unless)\\s+(?:as\\s+)?(?:specifically|expressly|otherwise)\\s+admitted\\b[^.;]*\\b(?:each\\s+and\\s+every|every|all|any|each)"
            + "\\s+(?:remaining\\s+|other\\s+)?allegations?\\s+(?:of|in)\\s+the\\s+(?:complaint|petition)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADINGS = Pattern.compile("\\b(?:sub-?)?headings?\\b|\\bsection\\s+(?:titles|captions)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRAYER = Pattern.compile("\\bprayer\\b|\\bwherefore\\b|\\brelief\\s+(?:requested|sought|demanded|prayed)"
            + "|\\bentitled\\s+to\\s+(?:any\\s+)?(?:of\\s+the\\s+)?(?:relief|judgment|remedy|remedies)", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNNUMBERED = Pattern.compile("\\bunnumbered\\b|\\bintroductory\\b|\\bpreamble\\b|\\bopening\\s+paragraph"
            + "|\\bpreliminary\\s+statement\\b|\\bjury\\s+demand\\b|\\bdemand\\s+for\\s+(?:a\\s+)?jury", Pattern.CASE_INSENSITIVE);

    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[\\s(])(?:no|nos|inc|corp|co|ltd|llc|l\\.l\\.c|jr|sr|mr|mrs|ms|dr|st|v|vs|cal"
            + "|civ|proc|stat|ann|fed|r|p|u\\.s\\.c|u\\.s|id|e\\.g|i\\.e|art|sec|para|paras|cf|al|seq)$");

    private AnswerResponses() {
    }

    record Sentence(int start, int end, String text) {
    }

    static final class Group {
        final List<String> paragraphs;
        final boolean named;
        final ResponseScope scope;
        final List<Sentence> sentences = new ArrayList<>();

        Group(List<String> paragraphs, boolean named, ResponseScope scope) {
            this.paragraphs = paragraphs;
            this.named = named;
            this.scope = scope;
        }
    }

    /** A line that opens with the Answer's own number, which the pleading parser left in the text: "22. …", "27(a). …". */
    private static final Pattern OWN_NUMBER = Pattern.compile("^\\s*(\\d{1,3})(?:\\s*(\\((?:[a-z]{1,2}|[ivx]{1,4})\\))\\s*[.):]?|[.):])\\s+(?=\\S)");
    private static final Pattern SUB_LETTERED = Pattern.compile("^(\\d{1,5})\\s*\\(?(?:[a-z]{1,2}|[ivx]{1,4})\\)?$");

    /** A heading that names the paragraphs the words below it answer: "ANSWER TO PARAGRAPH 4", "PARAGRAPHS 5-7:", "¶ 8". */
    private static final Pattern PARAGRAPH_HEADING = Pattern.compile("(?:(?:ANSWERS?|RESPONSES?|Answers?|Responses?)\\s+(?:TO|to)\\s+)?"
            + "(?:PARAGRAPHS?|Paragraphs?|\u00b6\u00b6?)\\s*(?:NOS?\\.\\s*|Nos?\\.\\s*)?(\\d{1,5}(?:\\s*(?:-|\u2013|\u2014|through|THROUGH|to|TO|and|AND|,)"
            + "\\s*\\d{1,5})*)\\s*[:.]?");

    /** What a stretch of the Answer answers before its own words say otherwise, and its sentences. */
    private record Unit(List<String> paragraphs, ResponseScope scope, boolean subLettered, List<Sentence> sentences) {
    }

    static List<PleadedResponse> read(String text, List<SourceLine> lines, List<AnswerParser.Block> blocks) {
        if (RestatedAnswer.isRestating(blocks)) {
            return RestatedAnswer.read(text, lines, blocks);
        }
        List<Unit> units = new ArrayList<>();
        int last = -1;
        Segment previous = null;
        boolean underHeading = false;
        for (AnswerParser.Block b : blocks) {
            Segment segment = b.segment();
            SegmentKind kind = segment.kind();
            Matcher headed = PARAGRAPH_HEADING.matcher(b.text().strip());
            if (headed.matches() && kind != SegmentKind.NUMBERED_PARAGRAPH) {
                // "ANSWER TO PARAGRAPH 4", "Paragraphs 5-7" on a line of their own: the words below answer them
                units.add(new Unit(named("Paragraphs " + headed.group(1).toLowerCase(Locale.ROOT)), ResponseScope.PARAGRAPHS, false, new ArrayList<>()));
                underHeading = true;
                previous = segment;
                continue;
            }
            if (kind != SegmentKind.NUMBERED_PARAGRAPH && kind != SegmentKind.OTHER && kind != SegmentKind.PRAYER
                    && kind != SegmentKind.JURY_DEMAND) {
                underHeading = false;
                previous = segment;
                continue;
            }
            int from = b.start();
            Unit unit = null;
            if (segment != previous && kind == SegmentKind.OTHER && underHeading) {
                unit = null; // the response's words below its heading
            } else if (segment != previous && kind == SegmentKind.NUMBERED_PARAGRAPH) {
                underHeading = false;
                String label = segment.label();
                Matcher sub = SUB_LETTERED.matcher(label.strip());
                boolean lettered = sub.matches();
                String base = lettered ? PleadedResponse.canonical(sub.group(1)) : label;
                unit = new Unit(List.of(base), ResponseScope.PARAGRAPHS, lettered, new ArrayList<>());
                last = Math.max(last, number(base));
            } else if (segment != previous) {
                unit = new Unit(List.of(), kind == SegmentKind.PRAYER ? ResponseScope.PRAYER : ResponseScope.UNNUMBERED, false, new ArrayList<>());
            }
            // a paragraph the pleading parser did not set apart, its number out of the Answer's order ("22." after "17. … 23")
            Matcher own = OWN_NUMBER.matcher(b.text());
            if (kind != SegmentKind.PRAYER && own.lookingAt() && (segment == previous || kind == SegmentKind.OTHER)) {
                int n = Integer.parseInt(own.group(1));
                boolean lettered = own.group(2) != null;
                if (n > last || lettered && n == last) {
                    unit = new Unit(List.of(String.valueOf(n)), ResponseScope.PARAGRAPHS, lettered, new ArrayList<>());
                    from = b.start() + own.end();
                    last = n;
                }
            }
            if (unit != null) {
                Unit before = units.isEmpty() ? null : units.get(units.size() - 1);
                if (before != null && unit.subLettered() && before.scope() == ResponseScope.PARAGRAPHS && before.paragraphs().equals(unit.paragraphs())) {
                    unit = before; // "27(a). Admitted." and "27(b). Denied." answer paragraph 27 together
                } else {
                    units.add(unit);
                }
            }
            previous = segment;
            if (!units.isEmpty()) {
                units.get(units.size() - 1).sentences().addAll(sentences(text, from, b.end()));
            }
        }
        List<PleadedResponse> out = new ArrayList<>();
        for (Unit u : units) {
            readSegment(text, lines, u.sentences(), new Group(u.paragraphs(), false, u.scope()), out);
        }
        // a sentence about the prayer or the headings is read as soon as it is met; the list keeps the Answer's order
        out.sort(java.util.Comparator.comparingInt(PleadedResponse::start));
        return out;
    }

    private static int number(String label) {
        String c = PleadedResponse.canonical(label);
        return c.matches("\\d{1,9}") ? Integer.parseInt(c) : -1;
    }

    static void readSegment(String text, List<SourceLine> lines, List<Sentence> sentences, Group first, List<PleadedResponse> out) {
        Group current = first;
        for (Sentence s : sentences) {
            List<String> named = named(s.text());
            if (named.isEmpty()) {
                List<ResponseScope> scopes = wider(s.text());
                if (!scopes.isEmpty()) {
                    for (ResponseScope scope : scopes) {
                        Group g = new Group(List.of(), false, scope);
                        g.sentences.add(s);
                        emit(text, lines, g, out);
                    }
                    continue;
                }
            } else if (!named.equals(current.paragraphs)) {
                emit(text, lines, current, out);
                current = new Group(named, true, ResponseScope.PARAGRAPHS);
            }
            current.sentences.add(s);
        }
        emit(text, lines, current, out);
    }

    static void emit(String text, List<SourceLine> lines, Group g, List<PleadedResponse> out) {
        if (g.sentences.isEmpty()) {
            return;
        }
        StringBuilder words = new StringBuilder();
        for (Sentence s : g.sentences) {
            words.append(words.length() == 0 ? "" : " ").append(s.text());
        }
        Reading r = classify(words.toString(), g.scope);
        if (r == null) {
            return;
        }
        int start = g.sentences.get(0).start();
        int end = g.sentences.get(g.sentences.size() - 1).end();
        String form = r.form() != null ? r.form() : g.scope != ResponseScope.PARAGRAPHS ? g.scope.label() : g.named ? "by reference" : "numbered";
        List<String> paragraphs = g.scope == ResponseScope.PARAGRAPHS ? g.paragraphs : List.of();
        out.add(new PleadedResponse(g.scope, paragraphs, r.status(), start, end, PageLines.at(lines, start),
                PageLines.at(lines, Math.max(start, end - 1)), r.admitted(), form));
    }

    /** A status, the form when the words give one (else null), and the words admitted for a response in part. */
    record Reading(ResponseStatus status, String form, String admitted) {
    }

    /** The status of a response's words (see the class comment), or null when they neither admit, deny nor decline. */
    static Reading classify(String words, ResponseScope scope) {
        if (scope == ResponseScope.ALL && GENERAL_DENIAL.matcher(words).find()) {
            return new Reading(ResponseStatus.DENIED, "general denial", null);
        }
        if (scope == ResponseScope.REMAINING) {
            return new Reading(ResponseStatus.DENIED, "catch-all denial", null);
        }
        boolean speaks = SPEAKS_FOR_ITSELF.matcher(words).find();
        boolean legal = LEGAL_CONCLUSION.matcher(words).find();
        boolean neither = NEITHER.matcher(words).find();
        boolean directed = DIRECTED.matcher(words).find();
        boolean noResponse = speaks || legal || neither || directed || NO_RESPONSE.matcher(words).find();
        String plain = noResponse ? HEDGED.matcher(words).replaceAll(" ") : words;
        // the denial that follows a want of knowledge in its sentence ("… and therefore denies them") is part of it
        StringBuilder outsideKnowledge = new StringBuilder();
        boolean knowledge = false;
        boolean after = false;
        for (Sentence s : sentences(plain, 0, plain.length())) {
            Matcher k = WITHOUT_KNOWLEDGE.matcher(s.text());
            if (after && THEREFORE_DENIES.matcher(s.text()).matches()) {
                continue; // "… lacks knowledge or information … . It therefore denies them.": the denial is the want of knowledge's
            }
            after = false;
            if (k.find()) {
                knowledge = true;
                after = true;
                outsideKnowledge.append(s.text(), 0, k.start()).append(' ');
            } else {
                outsideKnowledge.append(s.text()).append(' ');
            }
        }
        String rest = NOT_A_DENIAL.matcher(NOT_AN_ADMISSION.matcher(outsideKnowledge).replaceAll(" ")).replaceAll(" ");
        boolean admits = ADMIT.matcher(rest).find();
        boolean denies = DENY.matcher(rest).find();
        boolean incorporates = INCORPORATES.matcher(words).find();
        if (admits && (denies || knowledge || noResponse)) {
            return new Reading(ResponseStatus.ADMITTED_IN_PART, REMAINING_WORDS.matcher(words).find() ? "remaining allegations" : "admitted in part",
                    admittedWords(words));
        }
        if (admits) {
            return new Reading(ResponseStatus.ADMITTED, null, null);
        }
        if (denies) {
            return new Reading(ResponseStatus.DENIED, null, null);
        }
        if (knowledge) {
            return new Reading(ResponseStatus.WITHOUT_KNOWLEDGE, null, null);
        }
        if (noResponse) {
            String form = speaks ? "speaks for itself" : legal ? "legal conclusion" : directed ? "directed to another defendant" : neither ? "neither admitted nor denied" : "no response required";
            return new Reading(ResponseStatus.NO_RESPONSE_REQUIRED, form, null);
        }
        if (incorporates) {
            return new Reading(ResponseStatus.NO_RESPONSE_REQUIRED, "incorporates earlier responses", null);
        }
        return null;
    }

    /** The words after the first "admits (that)", to the denial or the end of their clause. */
    static String admittedWords(String words) {
        Matcher m = ADMITTED_WORDS.matcher(words);
        while (m.find()) {
            String w = m.group(1).strip();
            if (!w.isEmpty() && !NOT_AN_ADMISSION.matcher(words.substring(Math.max(0, m.start() - 20), m.start() + 6)).find()) {
                return w;
            }
        }
        return null;
    }

    /** The complaint's paragraphs a sentence says it answers, in order, ranges spelt out; empty when it names none. */
    static List<String> named(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 80), m.start());
            boolean answered = ANSWERED_BEFORE.matcher(before).find() || ANSWERED_AFTER.matcher(sentence.substring(m.end())).find()
                    || sentence.substring(0, m.start()).isBlank();
            if (!answered) {
                continue;
            }
            Matcher item = RANGE_ITEM.matcher(m.group(1));
            while (item.find()) {
                int from = Integer.parseInt(item.group(1));
                int to = item.group(2) == null ? from : Integer.parseInt(item.group(2));
                if (to < from || to - from > 2000) {
                    to = from;
                }
                for (int n = from; n <= to; n++) {
                    out.add(String.valueOf(n));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The wider scopes a sentence that names no paragraph answers, if it answers any. */
    static List<ResponseScope> wider(String sentence) {
        List<ResponseScope> out = new ArrayList<>();
        boolean catchAll = CATCH_ALL.matcher(sentence).find() && DENY.matcher(sentence).find();
        if (!catchAll && GENERAL_DENIAL.matcher(sentence).find()) {
            out.add(ResponseScope.ALL);
        }
        if (catchAll) {
            out.add(ResponseScope.REMAINING);
        }
        if (HEADINGS.matcher(sentence).find() && classify(sentence, ResponseScope.HEADINGS) != null) {
            out.add(ResponseScope.HEADINGS);
        }
        if (PRAYER.matcher(sentence).find() && classify(sentence, ResponseScope.PRAYER) != null && !out.contains(ResponseScope.ALL)) {
            out.add(ResponseScope.PRAYER);
        }
        if (UNNUMBERED.matcher(sentence).find() && classify(sentence, ResponseScope.UNNUMBERED) != null) {
            out.add(ResponseScope.UNNUMBERED);
        }
        return out;
    }

    static List<Sentence> sentences(String text, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        int at = from;
        while (at < to) {
            while (at < to && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= to) {
                break;
            }
            int end = Math.min(to, sentenceEnd(text.substring(0, to), at));
            out.add(new Sentence(at, end, text.substring(at, end).strip()));
            at = end;
        }
        return out;
    }

    /** Where the sentence that starts at {@code from} ends: after its full stop (and a closing quote), or at the end. */
    static int sentenceEnd(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < t.length() && "\"'\u201d\u2019)".indexOf(t.charAt(end)) >= 0) {
                end++;
            }
            if (end >= t.length()) {
                return t.length();
            }
            if (!Character.isWhitespace(t.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < t.length() && Character.isWhitespace(t.charAt(next))) {
                next++;
            }
            if (next >= t.length()) {
                return t.length();
            }
            char n = t.charAt(next);
            boolean capital = Character.isUpperCase(n) || "\"\u201c(\u00b6".indexOf(n) >= 0;
            if (c == '.' && ABBREVIATION.matcher(t.substring(Math.max(from, i - 12), i).toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            if (capital) {
                return end;
            }
        }
        return t.length();
    }
}
