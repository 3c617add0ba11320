package org.claimbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimbench.store.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code claimbench team …} on the tests' PostgreSQL server: users added, roles granted and revoked, held by the server. */
class TeamCommandTest {

    static final String PASSWORD = "team-cli-password";
    private static final AtomicInteger USERS = new AtomicInteger();

    @TempDir
    Path dir;

    String url;
    Path passwords;
    Path newPassword;
    String anna;
    String vic;
    String otto;

    @BeforeEach
    void server() throws Exception {
        url = TestPostgres.freshUrl();
        String n = ProcessHandle.current().pid() + "_" + USERS.incrementAndGet();
        anna = "tc_anna_" + n;
        vic = "tc_vic_" + n;
        otto = "tc_otto_" + n;
        passwords = dir.resolve("pgpass");
        StringBuilder lines = new StringBuilder("127.0.0.1:" + TestPostgres.port() + ":*:" + TestPostgres.USER + ":" + TestPostgres.PASSWORD + "\n");
        for (String user : List.of(anna, vic, otto)) {
            lines.append("127.0.0.1:").append(TestPostgres.port()).append(":*:").append(user).append(':').append(PASSWORD).append('\n');
        }
        Files.writeString(passwords, lines);
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        newPassword = dir.resolve("new-password");
        Files.writeString(newPassword, PASSWORD + "\n");
    }

    CliTest.Result as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db-url", url, "--db-user", user, "--db-password-file", passwords.toString(),
                "--data-dir", dir.resolve("data").toString()));
        return CliTest.run(all.toArray(String[]::new));
    }

    static CliTest.Result ok(CliTest.Result r) {
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void an_owner_grants_and_revokes_and_the_server_holds_everyone_to_their_role() throws Exception {
        for (String user : List.of(anna, vic, otto)) {
            CliTest.Result added = ok(as(TestPostgres.USER, "team", "add-user", user, "--password-file", newPassword.toString()));
            assertEquals("Added " + user + " to the team.", added.out().trim());
        }
        assertTrue(ok(as(TestPostgres.USER, "team", "add-user", vic)).out().startsWith("The user already existed; " + vic + " is in the team"));

        long caseId = Long.parseLong(ok(as(anna, "demo")).out().trim());
        assertEquals(vic + " is now a viewer of case " + caseId + ".",
                ok(as(anna, "team", "grant", "--case", String.valueOf(caseId), "--user", vic, "--role", "viewer")).out().trim());
        JsonNode members = new ObjectMapper().readTree(ok(as(anna, "team", "members", "--case", String.valueOf(caseId), "--json")).out());
        assertEquals("[{\"user\":\"" + anna + "\",\"role\":\"owner\"},{\"user\":\"" + vic + "\",\"role\":\"viewer\"}]", members.toString());
        assertEquals("owner   " + anna + "\nviewer  " + vic,
                ok(as(vic, "team", "members", "--case", String.valueOf(caseId))).out().strip().replace("\r", ""));

        assertEquals(0, new ObjectMapper().readTree(ok(as(otto, "cases", "--json")).out()).size(), "an outsider lists no case");
        Path stolen = dir.resolve("stolen.claimcase");
        CliTest.Result export = as(otto, "export", "--case", String.valueOf(caseId), "-o", stolen.toString());
        assertEquals(ClaimBenchCli.FAILED, export.code(), export.out());
        assertFalse(Files.exists(stolen), "nothing of the case was written for an outsider");

        assertEquals(1, new ObjectMapper().readTree(ok(as(vic, "cases", "--json")).out()).size());
        Path copy = dir.resolve("copy.claimcase");
        ok(as(vic, "export", "--case", String.valueOf(caseId), "-o", copy.toString()));
        assertTrue(Files.size(copy) > 0, "a viewer may take a copy");
        Path report = dir.resolve("report.csv");
        ok(as(vic, "report", "--case", String.valueOf(caseId), "--format", "csv", "-o", report.toString()));
        assertTrue(Files.size(report) > 0, "and print the report");
        ok(as(vic, "passages", "--case", String.valueOf(caseId), "--json"));
        ok(as(vic, "flags", "--case", String.valueOf(caseId), "--json"));
        CliTest.Result grant = as(vic, "team", "grant", "--case", String.valueOf(caseId), "--user", otto, "--role", "editor");
        assertEquals(ClaimBenchCli.FAILED, grant.code());
        assertEquals("claimbench: Only an owner of this case can do that: ask its owner.", grant.err().trim());

        CliTest.Result last = as(anna, "team", "revoke", "--case", String.valueOf(caseId), "--user", anna);
        assertEquals(ClaimBenchCli.FAILED, last.code());
        assertTrue(last.err().contains("a case keeps an owner"), last.err());
        assertEquals(vic + " is no longer a member of case " + caseId + ".",
                ok(as(anna, "team", "revoke", "--case", String.valueOf(caseId), "--user", vic)).out().trim());
        assertEquals(0, new ObjectMapper().readTree(ok(as(vic, "cases", "--json")).out()).size(), "revoked, the viewer lists no case");

        JsonNode activity = new ObjectMapper().readTree(ok(as(anna, "activity", "--case", String.valueOf(caseId), "--json")).out());
        assertTrue(activity.size() > 5, activity.toString());
        assertEquals(anna, activity.get(0).get("user").asText());
        assertEquals("case", activity.get(0).get("kind").asText());
        assertEquals("added", activity.get(0).get("action").asText());
        assertEquals("Roe v. Meridian Cloud, Inc. (demo)", activity.get(0).get("description").asText());
        String csv = ok(as(anna, "activity", "--case", String.valueOf(caseId), "--csv")).out();
        assertTrue(csv.startsWith("at,user,kind,id,action,description\r\n"), csv);
        assertEquals(activity.size() + 1, csv.split("\r\n").length);
        CliTest.Result none = as(otto, "activity", "--case", String.valueOf(caseId));
        assertEquals(ClaimBenchCli.FAILED, none.code());
        assertEquals("claimbench: There is no case " + caseId + " that you are a member of.", none.err().trim());
    }

    @Test
    void a_role_must_be_one_of_three_and_the_user_must_exist() {
        ok(as(TestPostgres.USER, "team", "add-user", anna, "--password-file", newPassword.toString()));
        long caseId = Long.parseLong(ok(as(anna, "demo")).out().trim());
        CliTest.Result role = as(anna, "team", "grant", "--case", String.valueOf(caseId), "--user", anna, "--role", "boss");
        assertEquals("claimbench: A role is viewer, editor or owner, not boss.", role.err().trim());
        CliTest.Result nobody = as(anna, "team", "grant", "--case", String.valueOf(caseId), "--user", "nobody_here", "--role", "viewer");
        assertEquals(ClaimBenchCli.FAILED, nobody.code());
        assertTrue(nobody.err().contains("There is no user nobody_here on the server"), nobody.err());
        CliTest.Result notAdmin = as(anna, "team", "add-user", otto);
        assertEquals(ClaimBenchCli.FAILED, notAdmin.code());
        assertTrue(notAdmin.err().contains("Only the store's administrator"), notAdmin.err());
    }

    @Test
    void a_case_moves_from_a_laptop_to_the_team_store_where_the_one_who_imports_it_owns_it() throws Exception {
        ok(as(TestPostgres.USER, "team", "add-user", anna, "--password-file", newPassword.toString()));
        ok(as(TestPostgres.USER, "team", "add-user", otto, "--password-file", newPassword.toString()));
        Path laptop = dir.resolve("laptop");
        String laptopCase = ok(CliTest.run("demo", "--data-dir", laptop.toString())).out().trim();
        Path file = dir.resolve("roe.claimcase");
        ok(CliTest.run("export", "--case", laptopCase, "-o", file.toString(), "--data-dir", laptop.toString()));

        long teamCase = Long.parseLong(ok(as(anna, "import-case", file.toString())).out().trim());
        JsonNode cases = new ObjectMapper().readTree(ok(as(anna, "cases", "--json")).out());
        assertEquals(1, cases.size());
        assertEquals(teamCase, cases.get(0).get("id").asLong());
        assertEquals("owner   " + anna, ok(as(anna, "team", "members", "--case", String.valueOf(teamCase))).out().strip());
        assertEquals(0, new ObjectMapper().readTree(ok(as(otto, "cases", "--json")).out()).size());

        Path back = dir.resolve("back.claimcase");
        ok(as(anna, "export", "--case", String.valueOf(teamCase), "-o", back.toString()));
        ok(CliTest.run("import-case", back.toString(), "--data-dir", laptop.toString()));
        assertEquals(2, new ObjectMapper().readTree(ok(CliTest.run("cases", "--json", "--data-dir", laptop.toString())).out()).size(),
                "the case came back to the laptop beside the one it left");
    }

    @Test
    void a_laptop_store_has_one_user() {
        for (String[] args : List.of(new String[] {"team", "members", "--case", "1"}, new String[] {"team", "add-user", "anna"},
                new String[] {"team", "grant", "--case", "1", "--user", "anna", "--role", "viewer"},
                new String[] {"team", "revoke", "--case", "1", "--user", "anna"}, new String[] {"activity", "--case", "1"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--data-dir", dir.resolve("laptop").toString()));
            CliTest.Result r = CliTest.run(all.toArray(String[]::new));
            assertEquals(ClaimBenchCli.FAILED, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("a laptop store has one user"), r.err());
        }
    }
}
