package org.claimbench.ingest;

/** What the recognition benchmark (org.claimbench.bench) needs from this package's tests. */
public final class OcrBench {

    private OcrBench() {
    }

    /** The test complaint of {@link ScannedComplaintTest}, printed with its filing stamp: a PDF with a text layer. */
    public static byte[] printed() throws java.io.IOException {
        return FilingStamp.apply(Fixtures.pdf(ScannedComplaintTest.SOURCE, true, null, "COMPLAINT FOR DAMAGES").bytes(),
                ScannedComplaintTest.STAMP);
    }

    /** The printed complaint scanned: every page an image at 300 dpi, turned by 1°, with grain and dust. */
    public static byte[] scanned(byte[] printed) {
        return ScannedPdfs.scanAll(printed, 1.0, 7);
    }

    /** A read with recognition on up to {@code threads} threads. */
    public static Readers.Read read(String name, byte[] bytes, int threads) throws IngestException {
        return Readers.read(name, bytes, OcrOptions.DEFAULT, Progress.NONE, threads);
    }

    /** The character error rate of the text lines of {@code got} against those of {@code want}. */
    public static double characterErrorRate(Readers.Read want, Readers.Read got) {
        return CharacterErrors.rate(CharacterErrors.body(want.lines()), CharacterErrors.body(got.lines()));
    }
}
