package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.store.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The commands on a store on the tests' PostgreSQL server, chosen with --db-url, --db-user and a password file. */
class PostgresCliTest {

    @TempDir
    Path dir;

    String url;
    Path passwords;

    @BeforeEach
    void server() throws Exception {
        url = TestPostgres.freshUrl();
        passwords = dir.resolve("pgpass");
        Files.writeString(passwords, "# the tests' server\nelsewhere:5432:*:claimbench:wrong\n127.0.0.1:" + TestPostgres.port() + ":*:"
                + TestPostgres.USER + ":" + TestPostgres.PASSWORD + "\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
    }

    /** The command with the server's options (and a data folder of its own for logs and rules). */
    CliTest.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url, "--db-user", TestPostgres.USER, "--db-password-file", passwords.toString(),
                "--data-dir", dir.resolve("data").toString()));
        return CliTest.run(all.toArray(String[]::new));
    }

    @Test
    void demo_cases_and_import_work_on_the_server() throws Exception {
        CliTest.Result empty = run("cases");
        assertEquals(0, empty.code(), empty.err());
        assertTrue(empty.out().startsWith("No cases in claimbench@127.0.0.1:" + TestPostgres.port() + "/"), empty.out());

        CliTest.Result demo = run("demo");
        assertEquals(0, demo.code(), demo.err());
        long caseId = Long.parseLong(demo.out().trim());

        CliTest.Result cases = run("cases", "--json");
        assertEquals(0, cases.code(), cases.err());
        JsonNode json = new ObjectMapper().readTree(cases.out());
        assertEquals(1, json.size());
        assertEquals(caseId, json.get(0).get("id").asLong());
        assertEquals("Roe v. Meridian Cloud, Inc. (demo)", json.get(0).get("title").asText());

        Path complaint = dir.resolve("harlow-complaint.txt");
        try (var in = getClass().getResourceAsStream("/fixtures/federal-complaint.txt")) {
            Files.write(complaint, in.readAllBytes());
        }
        CliTest.Result imported = run("import", complaint.toString(), "--case", String.valueOf(caseId), "--kind", "complaint");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("27 numbered paragraphs, 3 counts"), imported.err());
        long docId = Long.parseLong(imported.out().trim());

        CliTest.Result passages = run("passages", "--case", String.valueOf(caseId), "--json");
        assertEquals(0, passages.code(), passages.err());
        assertTrue(new ObjectMapper().readTree(passages.out()).size() > 0, "the demo's highlights are read back: " + passages.out());
        CliTest.Result report = run("cases");
        assertTrue(report.out().contains("Roe v. Meridian Cloud, Inc. (demo)"), report.out());
        assertTrue(docId > 0);
        assertFalse(Files.exists(dir.resolve("data").resolve("claimbench.mv.db")), "nothing went to the embedded store");
    }

    @Test
    void a_wrong_password_in_the_file_is_said_plainly() throws Exception {
        Files.writeString(passwords, "*:*:*:" + TestPostgres.USER + ":not-it\n");
        CliTest.Result r = run("cases");
        assertEquals(ClaimBenchCli.FAILED, r.code());
        assertTrue(r.err().startsWith("claimbench: The PostgreSQL server at 127.0.0.1:" + TestPostgres.port()
                + " refused the user claimbench with that password."), r.err());
    }

    @Test
    void a_password_file_others_may_read_is_refused() throws Exception {
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-r--r--"));
        CliTest.Result r = run("cases");
        assertEquals(ClaimBenchCli.FAILED, r.code());
        assertTrue(r.err().contains("may be read by others") && r.err().contains("chmod 600"), r.err());
    }

    @Test
    void commands_on_the_embedded_stores_files_refuse_a_server() {
        for (String command : List.of("restore", "encrypt-store", "decrypt-store")) {
            List<String> args = new ArrayList<>(List.of(command));
            if (command.equals("restore")) {
                args.add(dir.resolve("some-backup.zip").toString());
            }
            CliTest.Result r = run(args.toArray(String[]::new));
            assertEquals(ClaimBenchCli.FAILED, r.code(), command);
            assertTrue(r.err().contains("works on the embedded store in the data folder"), r.err());
        }
        CliTest.Result backup = run("backup");
        assertEquals(ClaimBenchCli.FAILED, backup.code());
        assertTrue(backup.err().contains("ClaimBench does not back it up"), backup.err());
    }
}
