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
}
