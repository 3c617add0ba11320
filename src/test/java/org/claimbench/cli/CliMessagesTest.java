package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says: numbers with the right noun, plain sentences for wrong arguments and for passwords. */
class CliMessagesTest {

    @TempDir
    Path dir;

    static final String ONE_FLAG = """
            UNITED STATES DISTRICT COURT
            NORTHERN DISTRICT OF CALIFORNIA

            JANE ROE, Plaintiff,
            v.
            MERIDIAN CLOUD, INC., Defendant.

            Case No. 5:24-cv-00001

            COMPLAINT

            1. Plaintiff Jane Roe lives in San Mateo County.

            2. On information and belief, Meridian Cloud renewed the contract in 2016.

            3. Meridian Cloud is a Delaware corporation.
            """;

    @Test
    void plural() {
        assertEquals("1 paragraph", Plural.of(1, "paragraph"));
        assertEquals("0 paragraphs", Plural.of(0, "paragraph"));
        assertEquals("2 copies", Plural.of(2, "copy", "copies"));
        assertEquals("byte", Plural.noun(1, "byte", "bytes"));
    }

    @Test
    void oneFlaggedParagraphIsSaidInTheSingular() throws Exception {
        Path f = dir.resolve("roe.txt");
        Files.writeString(f, ONE_FLAG);
        CliTest.Result r = CliTest.run("analyze", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 paragraph flagged: information and belief (1)"), r.out());
        assertFalse(r.out().contains("paragraphs flagged"), r.out());
    }

    @Test
    void textNamedAsAPdfIsAnalysedAsTextWithANote() throws Exception {
        Path f = dir.resolve("roe.pdf");
        Files.writeString(f, ONE_FLAG);
        CliTest.Result r = CliTest.run("analyze", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("roe.pdf has the name of a PDF document, but it holds plain text, so it was read as text."), r.err());
        assertTrue(r.out().startsWith("roe.pdf \u2014 plain text"), r.out());
    }

    @Test
    void anEmptyFileIsRefusedBeforeTheStoreIsOpened() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        Path store = dir.resolve("store");
        CliTest.Result r = CliTest.run("import", empty.toString(), "--case", "1", "--data-dir", store.toString());
        assertEquals(ClaimBenchCli.FAILED, r.code());
        assertEquals("claimbench: empty.pdf is empty (0 bytes), so there is nothing to import. Check that it was saved or downloaded "
                + "completely.", r.err().strip());
        assertFalse(Files.exists(store), "the store was not even opened");
    }

    @Test
    void aNumberOptionGivenSomethingElseSaysWhichOptionWantsANumber() {
        CliTest.Result wait = CliTest.run("cases", "--wait", "abc", "--data-dir", dir.toString());
        assertEquals(2, wait.code());
        assertTrue(wait.err().startsWith("claimbench: --wait wants a whole number (SECONDS), such as --wait 30; \u201cabc\u201d is not one."),
                wait.err());
        assertFalse(wait.err().contains("is not an int"), wait.err());
        assertTrue(wait.err().contains("`claimbench cases --help` lists its options."), wait.err());

        CliTest.Result caseId = CliTest.run("report", "--case", "three", "--format", "pdf", "-o", "x.pdf", "--data-dir", dir.toString());
        assertEquals(2, caseId.code());
        assertTrue(caseId.err().startsWith("claimbench: --case wants a whole number (ID), such as --case 1; \u201cthree\u201d is not one."),
                caseId.err());
        assertFalse(caseId.err().contains("is not a long"), caseId.err());

        CliTest.Result counts = CliTest.run("report", "--case", "1", "--counts", "4,x", "--format", "pdf", "-o", "x.pdf", "--data-dir",
                dir.toString());
        assertEquals(2, counts.code());
        assertTrue(counts.err().startsWith("claimbench: --counts wants a whole number (ID)"), counts.err());

        CliTest.Result unknown = CliTest.run("cases", "--frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--frobnicate"), "other mistakes keep picocli's own account: " + unknown.err());
    }

    /** A terminal that answers the prompts from a list, and remembers them. */
    static final class Answers implements Passwords.Terminal {
        final Deque<String> answers;
        final List<String> prompts = new java.util.ArrayList<>();

        Answers(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public char[] readPassword(String prompt) {
            prompts.add(prompt);
            return answers.isEmpty() ? null : answers.pop().toCharArray();
        }
    }

    @Test
    void twoPasswordsThatDifferAreRefusedSayingWhatWasNotDone() {
        Answers typed = new Answers("tide pool 42", "tide pool 24");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Passwords.get("Password for the case file: ", "The case file was not written.", null, typed));
        assertEquals("The two passwords you typed are not the same. The case file was not written. Run the command again and type "
                + "the same password twice.", e.getMessage());
        assertEquals(List.of("Password for the case file: ", "The same password again: "), typed.prompts);

        assertEquals("tide pool 42", new String(Passwords.get("P: ", "Not done.", null, new Answers("tide pool 42", "tide pool 42"))));
        assertEquals("No password was typed. Not done.",
                assertThrows(IllegalArgumentException.class, () -> Passwords.get("P: ", "Not done.", null, new Answers())).getMessage());
        Answers once = new Answers("x");
        Passwords.get("Store password: ", null, null, once);
        assertEquals(1, once.prompts.size(), "a password that exists is asked for once");
        assertEquals("from env", new String(Passwords.get("P: ", "Not done.", "from env", null)));
    }
}
