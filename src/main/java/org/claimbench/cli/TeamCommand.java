package org.claimbench.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.claimbench.store.CaseMembers;
import org.claimbench.store.CaseMembers.Member;
import org.claimbench.store.CaseMembers.Role;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimbench team …}: the users of a team store, and who may see and change each case. */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = {"The users of a team store (PostgreSQL, --db-url) and their roles in each case: owner, editor or viewer.",
                "The server enforces the roles. A laptop store has one user, who owns every case."},
        subcommands = {TeamCommand.AddUser.class, TeamCommand.Grant.class, TeamCommand.Revoke.class, TeamCommand.Members.class})
final class TeamCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The environment variable a new user's password may come from. */
    static final String NEW_PASSWORD_ENV = "CLAIMBENCH_NEW_USER_PASSWORD";

    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = {"Add a user to the team: a PostgreSQL role that may log in, member of " + CaseMembers.TEAM_ROLE + ".",
                    "Run it as the store's administrator. The password comes from --password-file, " + NEW_PASSWORD_ENV
                            + ", or is asked for."})
    static final class AddUser implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Parameters(paramLabel = "NAME", description = "The user's name: lower-case letters, digits and _.")
        String name;

        @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the new user's password.")
        Path passwordFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            char[] password = password();
            try (Store store = storeOptions.open()) {
                boolean made = store.members().addUser(name, password);
                PrintWriter out = spec.commandLine().getOut();
                out.println((made ? "Added " : "The user already existed; ") + name + (made ? " to the team" : " is in the team")
                        + (password == null ? ", with no password yet (the administrator sets one: ALTER ROLE " + name
                                + " PASSWORD …)." : "."));
                out.flush();
            } finally {
                if (password != null) {
                    java.util.Arrays.fill(password, '\0');
                }
            }
            return 0;
        }

        private char[] password() throws java.io.IOException {
            if (passwordFile != null) {
                List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new StoreException("The password file " + passwordFile + " is empty.");
                }
                return lines.get(0).toCharArray();
            }
            String env = System.getenv(NEW_PASSWORD_ENV);
            if (env != null && !env.isEmpty()) {
                return env.toCharArray();
            }
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Password for %s (empty for none): ", name);
                return typed == null || typed.length == 0 ? null : typed;
            }
            return null;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Give a team user a role in a case (replacing the one they had). Only an owner of the case may.")
    static final class Grant implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
        long caseId;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The team user.")
        String user;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, editor or owner.")
        String role;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Role r = Role.of(role);
            try (Store store = storeOptions.open()) {
                store.members().grant(caseId, user, r);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(user.strip() + " is now " + (r == Role.OWNER ? "an " : "a ") + r.word() + " of case " + caseId + ".");
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Take a team user out of a case. Only an owner of the case may; a case keeps at least one owner.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
        long caseId;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The team user.")
        String user;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            boolean was;
            try (Store store = storeOptions.open()) {
                was = store.members().revoke(caseId, user);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(was ? user.strip() + " is no longer a member of case " + caseId + "."
                    : user.strip() + " was not a member of case " + caseId + "; nothing was changed.");
            out.flush();
            return 0;
        }
    }

    @Command(name = "members", mixinStandardHelpOptions = true, description = "List the members of a case and their roles, owners first.")
    static final class Members implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--case", required = true, paramLabel = "ID", description = "The case (see `claimbench cases`).")
        long caseId;

        @Option(names = "--json", description = "Print [{\"user\": …, \"role\": \"owner\"}, …].")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            List<Member> members;
            try (Store store = storeOptions.open()) {
                members = store.members().members(caseId);
            }
            if (members.isEmpty()) {
                throw new StoreException("There is no case " + caseId + " that you are a member of.");
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> rows = members.stream().map(m -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("user", m.user());
                    row.put("role", m.role().word());
                    return row;
                }).toList();
                out.println(Json.MAPPER.writeValueAsString(rows));
            } else {
                for (Member m : members) {
                    out.printf("%-7s %s%n", m.role().word(), m.user());
                }
            }
            out.flush();
            return 0;
        }
    }
}
