package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.domain.ResponseStatus;
import org.claimbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** import --answers: the Answer is read against its complaint, paragraph by paragraph, and stored with it. */
class AnswerImportCliTest {

    @TempDir
    Path dir;

    private Path fixture(String resource, String name) throws Exception {
        Path f = dir.resolve(name);
        try (var in = getClass().getResourceAsStream(resource)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void aGeneralDenialDeniesEveryParagraphOfTheComplaintItAnswers() throws Exception {
        long caseId = Long.parseLong(CliTest.run("demo", "--data-dir", dir.toString()).out().trim());
        CliTest.Result complaint = CliTest.run("import", fixture("/fixtures/orchard-complaint.txt", "orchard.txt").toString(), "--case",
                String.valueOf(caseId), "--kind", "complaint", "--data-dir", dir.toString());
        assertEquals(0, complaint.code(), complaint.err());
        long complaintId = Long.parseLong(complaint.out().trim());
        Path answer = fixture("/fixtures/answers/california-answer.txt", "answer.txt");
        CliTest.Result r = CliTest.run("import", answer.toString(), "--case", String.valueOf(caseId), "--answers", String.valueOf(complaintId),
                "--json", "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(complaintId, j.get("answers").asLong());
        int paragraphs;
        long answerId = j.get("document").asLong();
        try (Store store = Store.open(dir)) {
            paragraphs = (int) store.documents().segments(complaintId).stream()
                    .filter(s -> s.kind() == org.claimbench.domain.SegmentKind.NUMBERED_PARAGRAPH).count();
            assertEquals(paragraphs, store.answers().responses(answerId).size(), "one response per paragraph of the complaint");
            assertTrue(store.answers().responses(answerId).stream().allMatch(x -> x.status() == ResponseStatus.DENIED));
            assertEquals(5, store.answers().defenses(answerId).size());
        }
        assertEquals(paragraphs, j.at("/responses/denied").asInt());

        CliTest.Result text = CliTest.run("import", answer.toString(), "--case", String.valueOf(caseId), "--data-dir", dir.toString(),
                "--kind", "answer");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.err().contains("Read against document " + complaintId + ": " + paragraphs + " denied; 5 affirmative defenses"),
                text.err());

        CliTest.Result wrong = CliTest.run("import", answer.toString(), "--case", String.valueOf(caseId), "--answers", String.valueOf(answerId),
                "--data-dir", dir.toString());
        assertNotEquals(0, wrong.code());
        assertTrue(wrong.err().contains("An Answer answers a complaint"), wrong.err());
    }

    @Test
    void linkAnswerReadsAStoredAnswerAgainstAnotherComplaintOfItsCase() throws Exception {
        long caseId = Long.parseLong(CliTest.run("demo", "--data-dir", dir.toString()).out().trim());
        long demoComplaint;
        try (Store store = Store.open(dir)) {
            demoComplaint = store.documents().list(caseId).stream().filter(d -> d.kind().isComplaint()).findFirst().orElseThrow().id();
        }
        CliTest.Result complaint = CliTest.run("import", fixture("/fixtures/orchard-complaint.txt", "orchard.txt").toString(), "--case",
                String.valueOf(caseId), "--kind", "complaint", "--data-dir", dir.toString());
        long orchard = Long.parseLong(complaint.out().trim());
        Path answer = fixture("/fixtures/answers/terse-answer.txt", "answer.txt");
        long answerId = Long.parseLong(CliTest.run("import", answer.toString(), "--case", String.valueOf(caseId), "--answers",
                String.valueOf(demoComplaint), "--data-dir", dir.toString()).out().trim());

        CliTest.Result r = CliTest.run("link-answer", String.valueOf(answerId), "--answers", String.valueOf(orchard), "--json",
                "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(answerId, j.get("document").asLong());
        assertEquals(orchard, j.get("answers").asLong());
        try (Store store = Store.open(dir)) {
            assertEquals(orchard, store.answers().answers(answerId).orElseThrow());
            var responses = store.answers().responses(answerId);
            assertEquals(17, responses.size(), "the orchard complaint's 17 paragraphs");
            assertEquals(java.util.List.of(ResponseStatus.ADMITTED, ResponseStatus.DENIED, ResponseStatus.ADMITTED_IN_PART),
                    responses.stream().limit(3).map(x -> x.status()).toList());
        }
        assertEquals(2, j.at("/responses/admitted").asInt(), "¶ 1, and ¶ 17 of the terse Answer's ¶¶ 17–19: the orchard has 17 paragraphs");

        CliTest.Result again = CliTest.run("link-answer", String.valueOf(answerId), "--answers", String.valueOf(orchard), "--data-dir", dir.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("already answers") && again.err().contains("Nothing was changed"), again.err());
        assertTrue(again.out().startsWith("Document " + answerId + " read against document " + orchard + ": "), again.out());

        CliTest.Result wrong = CliTest.run("link-answer", String.valueOf(orchard), "--answers", String.valueOf(demoComplaint), "--data-dir",
                dir.toString());
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().startsWith("claimbench: ") && wrong.err().contains("is not an Answer"), wrong.err());
        CliTest.Result missing = CliTest.run("link-answer", "9999", "--answers", String.valueOf(orchard), "--data-dir", dir.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Document 9999 does not exist."), missing.err());
    }
}
