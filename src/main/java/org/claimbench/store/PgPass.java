package org.claimbench.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A password file in PostgreSQL's own format ({@code ~/.pgpass}, the one psql reads): one line per server,
 * {@code host:port:database:user:password}, where {@code *} matches anything and {@code \:} and {@code \\} stand for a
 * colon and a backslash; {@code #} starts a comment line. Like psql, ClaimBench refuses a file that anyone but its
 * owner may read.
 */
public final class PgPass {

    private PgPass() {
    }

    /** The variable that may hold a team store's password. */
    public static final String PASSWORD_ENV = "CLAIMBENCH_DB_PASSWORD";

    /**
     * The password for {@code user} on the database of {@code url} where the user keeps it: {@value #PASSWORD_ENV}, else
     * the default password file (as psql finds it); empty when neither has it. {@code env} reads the environment.
     */
    public static Optional<char[]> lookup(java.util.function.UnaryOperator<String> env, String url, String user) {
        String fromEnv = env.apply(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv.toCharArray());
        }
        Map<String, String> vars = new java.util.HashMap<>();
        for (String name : List.of("PGPASSFILE", "APPDATA")) {
            String v = env.apply(name);
            if (v != null) {
                vars.put(name, v);
            }
        }
        return find(defaultFile(vars), url, user);
    }

    /** {@code PGPASSFILE}, else {@code %APPDATA%\postgresql\pgpass.conf} on Windows, else {@code ~/.pgpass}. */
    public static Path defaultFile(Map<String, String> env) {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String appData = env.get("APPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return Path.of(System.getProperty("user.home"), ".pgpass");
    }

    /**
     * The password for {@code user} on the database of {@code url}, from the first line of {@code file} that matches; empty
     * when the file does not exist or no line matches.
     */
    public static Optional<char[]> find(Path file, String url, String user) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new StoreException("The password file " + file + " may be read by others, so ClaimBench does not use it. "
                        + "Make it yours alone (chmod 600 " + file + ").");
            }
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (Windows): the profile folder protects it
        } catch (IOException e) {
            throw new StoreException("The password file " + file + " cannot be read: " + e.getMessage(), e);
        }
        URI u = URI.create(url.strip().substring("jdbc:".length()));
        String host = u.getHost() == null ? "localhost" : u.getHost();
        String port = String.valueOf(u.getPort() < 0 ? 5432 : u.getPort());
        String path = u.getPath() == null ? "" : u.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new StoreException("The password file " + file + " cannot be read: " + e.getMessage(), e);
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() == 5 && matches(f.get(0), host) && matches(f.get(1), port) && matches(f.get(2), database)
                    && matches(f.get(3), user)) {
                return Optional.of(f.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** The line's fields, split at unescaped colons, the escapes undone; the last field takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
