package org.claimbench.ui.session;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.Disputes;
import org.claimbench.domain.AnswerResponse;
import org.claimbench.domain.ResponseStatus;
import org.claimbench.service.CaseSnapshot;

/**
 * The defendant's Answer as the rooms show it: what it says of each allegation (worked out once per snapshot, not per
 * row drawn), the Answer document each response comes from, and the words of a response, read from the Answer's text.
 */
public final class AnswerReading {

    /** The longest stretch of a response's words a tooltip or the evidence pane shows. */
    static final int MAX_WORDS = 600;

    /** The snapshot {@link #answered} and {@link #answerOf} were worked out for. */
    private CaseSnapshot of;
    private Map<Long, Disputes.Answered> answered = Map.of();
    private Map<AnswerResponse, Long> answerOf = Map.of();

    /** What the Answer says of each allegation it touches, by node id; empty before an Answer is read. */
    public synchronized Map<Long, Disputes.Answered> answered(CaseSnapshot s) {
        refresh(s);
        return answered;
    }

    /** The Answer document a response of {@code s} comes from, or null. */
    public synchronized Long answerOf(CaseSnapshot s, AnswerResponse r) {
        refresh(s);
        return answerOf.get(r);
    }

    private void refresh(CaseSnapshot s) {
        if (s == of) {
            return;
        }
        of = s;
        if (s == null || s.responsesBySegment().isEmpty()) {
            answered = Map.of();
            answerOf = Map.of();
            return;
        }
        answered = Map.copyOf(s.answered());
        Map<AnswerResponse, Long> m = new HashMap<>();
        s.responsesBySegment().forEach((segment, r) -> {
            Long answer = s.answerOf(segment);
            if (answer != null) {
                m.put(r, answer);
            }
        });
        answerOf = m;
    }

    /** The words of a response in the Answer's text, on one line and cut at a readable length; empty when it has none. */
    public static String words(String answerText, AnswerResponse r) {
        if (answerText == null || r.status() == ResponseStatus.NOT_ANSWERED || r.start() < 0 || r.end() > answerText.length()
                || r.end() <= r.start()) {
            return "";
        }
        String w = answerText.substring(r.start(), r.end()).replaceAll("\\s+", " ").strip();
        return w.length() > MAX_WORDS ? w.substring(0, MAX_WORDS - 1).strip() + "\u2026" : w;
    }

    /** "Denied — numbered response\n“Denied.”": the status, the form the response took, and its words. */
    public static String describe(AnswerResponse r, String words) {
        return describe("\u00b6 " + r.paragraph(), r, words);
    }

    /** {@link #describe(AnswerResponse, String)} for what {@code what} names: "The prayer: Denied — prayer…". */
    public static String describe(String what, AnswerResponse r, String words) {
        // a form that only repeats the status ("No response required — no response required") is said once
        String form = r.form() == null || r.form().isBlank() || r.form().strip().equalsIgnoreCase(r.status().label()) ? ""
                : " \u2014 " + r.form();
        String admitted = r.admitted() == null || r.admitted().isBlank() ? "" : "\nAdmitted: " + r.admitted().strip();
        String said = words == null || words.isEmpty() ? "" : "\n\u201c" + words + "\u201d";
        String where = r.first() == null ? "" : " (Answer " + r.first() + ")";
        return what + ": " + capitalised(r.status().label()) + form + where + admitted + said;
    }

    /** The style class of a status's mark: "response-denied", "response-admitted-in-part"… */
    public static String styleOf(ResponseStatus status) {
        return "response-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every style class {@link #styleOf} gives, to take off a reused mark. */
    public static List<String> styles() {
        return java.util.Arrays.stream(ResponseStatus.values()).map(AnswerReading::styleOf).toList();
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
