package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.claimbench.ingest.FixturePdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged PDF's library warnings go to the log in the data folder, not to the user's terminal. */
class LibraryLogTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedPdfsWarningsGoToTheLogFileNotTheTerminal() throws Exception {
        byte[] pdf = FixturePdfs.pleadingPaper();
        // damage one compressed stream: PDFBox warns, and reads what it can
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int stream = latin.indexOf("stream", latin.indexOf("FlateDecode")) + "stream".length() + 1;
        for (int i = 10; i < 40; i++) {
            pdf[stream + i] = (byte) (pdf[stream + i] ^ 0x5a);
        }
        Path file = dir.resolve("damaged.pdf");
        Files.write(file, pdf);
        Path home = dir.resolve("home");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.claimbench.Launcher",
                "analyze", file.toString());
        pb.environment().put("CLAIMBENCH_HOME", home.toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "analyze finished");
        String err = Files.readString(dir.resolve("err.txt"));
        String out = Files.readString(dir.resolve("out.txt"));
        Path log = home.resolve("claimbench-cli.log");
        assertTrue(Files.exists(log), "the log is in the data folder");
        String logged = Files.readString(log);
        assertTrue(logged.contains("org.apache.pdfbox"), logged);
        assertFalse(err.contains("org.apache"), err);
        assertFalse(err.contains("WARN"), err);
        if (p.exitValue() == 0) {
            assertTrue(out.contains("PDF document"), out);
        } else {
            assertEquals(1, err.strip().split("\n").length, "a refusal is one line: " + err);
        }
    }
}
