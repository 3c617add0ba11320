package org.claimbench.ingest;

/** Generated PDFs for tests outside this package. */
public final class FixturePdfs {

    private FixturePdfs() {
    }

    /** The demo's California complaint on pleading paper. */
    public static byte[] pleadingPaper() {
        return Fixtures.pdf(Fixtures.text("/org/claimbench/demo/complaint.txt"), true, null, "COMPLAINT FOR DAMAGES").bytes();
    }

    /** The federal test complaint, {@code copies} times over, on pleading paper: a long filing for benchmarks. */
    public static byte[] longPleading(int copies) {
        String one = Fixtures.text("/fixtures/federal-complaint.txt");
        StringBuilder sb = new StringBuilder(one);
        int offset = 27;
        String body = one.substring(one.indexOf("1.Plaintiffs"), one.indexOf("PRAYER FOR RELIEF"));
        for (int i = 1; i < copies; i++) {
            StringBuilder renumbered = new StringBuilder();
            for (String line : body.split("\n", -1)) {
                var m = java.util.regex.Pattern.compile("^(\\d+)\\.(.*)$").matcher(line);
                renumbered.append(m.matches() ? (Integer.parseInt(m.group(1)) + offset) + "." + m.group(2) : line).append('\n');
            }
            sb.insert(sb.indexOf("PRAYER FOR RELIEF"), renumbered);
            offset += 27;
        }
        return Fixtures.pdf(sb.toString(), true, null, "CLASS ACTION COMPLAINT").bytes();
    }
}
