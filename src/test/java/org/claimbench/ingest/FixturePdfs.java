package org.claimbench.ingest;

/** Generated PDFs for tests outside this package. */
public final class FixturePdfs {

    private FixturePdfs() {
    }

    /** The demo's California complaint on pleading paper. */
    public static byte[] pleadingPaper() {
        return Fixtures.pdf(Fixtures.text("/org/claimbench/demo/complaint.txt"), true, null, "COMPLAINT FOR DAMAGES").bytes();
    }

    /**
     * A long filing on pleading paper, shaped like a real one: the federal test complaint's caption and opening,
     * its factual allegations (¶¶ 11–20) repeated {@code copies} times and numbered on, then its three counts, prayer
     * and signature once.
     */
    public static byte[] longPleading(int copies) {
        return Fixtures.pdf(longText(copies), true, null, "CLASS ACTION COMPLAINT").bytes();
    }

    static String longText(int copies) {
        String one = Fixtures.text("/fixtures/federal-complaint.txt");
        int factsStart = one.indexOf("11. Brightline's checkout page");
        int factsEnd = one.indexOf("V. CLASS ALLEGATIONS");
        String head = one.substring(0, factsStart);
        String facts = one.substring(factsStart, factsEnd);
        String tail = one.substring(factsEnd);
        StringBuilder sb = new StringBuilder(head);
        int next = 11;
        java.util.regex.Pattern numbered = java.util.regex.Pattern.compile("^(\\d+)\\.(.*)$");
        for (int i = 0; i < copies; i++) {
            for (String line : facts.split("\n", -1)) {
                var m = numbered.matcher(line);
                sb.append(m.matches() ? (next++) + "." + m.group(2) : line).append('\n');
            }
        }
        int shift = next - 21;
        StringBuilder rest = new StringBuilder();
        for (String line : tail.split("\n", -1)) {
            var m = numbered.matcher(line);
            boolean inPrayerOrLater = rest.indexOf("PRAYER FOR RELIEF") >= 0;
            rest.append(m.matches() && !inPrayerOrLater ? (Integer.parseInt(m.group(1)) + shift) + "." + m.group(2) : line).append('\n');
        }
        return sb.append(rest).toString();
    }
}
