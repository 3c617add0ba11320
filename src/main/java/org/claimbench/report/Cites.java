package org.claimbench.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a statute cite on one line in the report: "18 U.S.C. § 1962" and "Cal. Bus. & Prof. Code § 17200" get
 * non-breaking spaces inside, so that a narrow column breaks before or after the cite, never inside it; so do
 * "¶ 27" and "§ 17200".
 */
final class Cites {

    static final char NBSP = '\u00a0';

    /** "§ 1962", "§§ 1591, 1595", "¶ 27": the sign and its first number. */
    private static final Pattern SIGN = Pattern.compile("([\u00a7\u00b6]{1,2}) (?=\\d)");
    /** The code's name before the sign: "18 U.S.C. §", "Cal. Civ. Code §", "Bus. & Prof. Code §". */
    private static final Pattern CODE = Pattern.compile("(?:\\d+ )?(?:(?:[A-Z][A-Za-z.]*|&) ){1,5}(?=\u00a7)");
    /** A title and its code without the sign: "18 U.S.C. 1962", "16 C.F.R. 310.3". */
    private static final Pattern TITLE = Pattern.compile("\\b(\\d+) (U\\.S\\.C\\.|C\\.F\\.R\\.)(?: (?=\\d))?");

    private Cites() {
    }

    static String keepTogether(String s) {
        if (s == null || s.indexOf(' ') < 0) {
            return s;
        }
        String out = SIGN.matcher(s).replaceAll("$1" + NBSP);
        Matcher m = CODE.matcher(out);
        StringBuilder b = new StringBuilder(out.length());
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group().replace(' ', NBSP)));
        }
        m.appendTail(b);
        Matcher t = TITLE.matcher(b.toString());
        StringBuilder c = new StringBuilder(b.length());
        while (t.find()) {
            t.appendReplacement(c, Matcher.quoteReplacement(t.group().replace(' ', NBSP)));
        }
        t.appendTail(c);
        return c.toString();
    }
}
