package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimbench.domain.DocumentKind;
import org.claimbench.service.AmendmentServiceTest;
import org.claimbench.service.Services;
import org.claimbench.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** compare, import --amends and passages, as a script would call them. */
class AmendmentCliTest {

    @TempDir
    Path dir;

    @Test
    void compareListsWhatChangedAsTextAndAsJson() throws Exception {
        Path old = Files.writeString(dir.resolve("ashdown.txt"), AmendmentServiceTest.ORIGINAL);
        Path now = Files.writeString(dir.resolve("ashdown-fac.txt"), AmendmentServiceTest.AMENDED);
        CliTest.Result text = CliTest.run("compare", old.toString(), now.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("1 paragraph added"), text.out());
        assertTrue(text.out().contains("renumbered ¶ 1 \u2192 ¶ 2"), text.out());
        assertTrue(text.out().contains("{+late+}"), text.out());

        CliTest.Result json = CliTest.run("compare", old.toString(), now.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertEquals(1, j.at("/paragraphs/added").asInt());
        assertEquals(4, j.at("/paragraphs/renumbered").asInt());
        boolean dropped = false;
        for (JsonNode c : j.get("counts")) {
            dropped |= c.get("kind").asText().equals("dropped") && c.at("/before/title").asText().contains("NEGLIGENCE");
        }
        assertTrue(dropped, j.get("counts").toString());
        assertEquals("added", j.at("/parties/0/change").asText());
        assertEquals("defendant", j.at("/parties/0/role").asText());

        CliTest.Result missing = CliTest.run("compare", old.toString(), dir.resolve("nope.txt").toString());
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().contains("There is no file"), missing.err());
    }

    @Test
    void importAmendsCarriesTheHighlightsAndListsThoseThatNeedReview() throws Exception {
        long caseId;
        long original;
        try (Store store = Store.open(dir)) {
            Services s = Services.of(store, dir);
            caseId = s.cases().create("Ashdown v. Blue Heron Marina").id();
            original = s.importer().importBytesChecked(caseId, "ashdown.txt", AmendmentServiceTest.ORIGINAL.getBytes(),
                    DocumentKind.COMPLAINT, null, org.claimbench.ingest.OcrOptions.DEFAULT, null,
                    org.claimbench.ingest.Progress.NONE).document().id();
            String text = store.documents().text(original);
            for (String words : new String[] {"promised in writing", "In November 2022 the marina left the boat in the water"}) {
                int at = text.indexOf(words);
                s.editor().highlight(original, at, at + words.length(), p -> { }).apply();
            }
        }
        Path now = Files.writeString(dir.resolve("ashdown-fac.txt"), AmendmentServiceTest.AMENDED);
        CliTest.Result r = CliTest.run("import", now.toString(), "--case", String.valueOf(caseId), "--amends", String.valueOf(original),
                "--json", "--data-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(original, j.get("amends").asLong());
        assertEquals(1, j.at("/passages/exact").asInt());
        assertEquals(1, j.at("/passages/changed").asInt());
        assertEquals("¶ 3", j.at("/needsReview/0/oldParagraph").asText());
        assertEquals("¶ 4", j.at("/needsReview/0/newParagraph").asText());

        CliTest.Result passages = CliTest.run("passages", "--case", String.valueOf(caseId), "--json", "--data-dir", dir.toString());
        assertEquals(0, passages.code(), passages.err());
        JsonNode list = new ObjectMapper().readTree(passages.out());
        assertEquals(3, list.size(), "two old passages and the one carried at once");
        int carriedFrom = 0;
        for (JsonNode p : list) {
            carriedFrom += p.get("carriedFrom").isNull() ? 0 : 1;
        }
        assertEquals(1, carriedFrom);

        CliTest.Result again = CliTest.run("import", now.toString(), "--case", String.valueOf(caseId), "--amends", "99999",
                "--data-dir", dir.toString());
        assertNotEquals(0, again.code());
        assertTrue(again.err().contains("99999"), again.err());
    }
}
