package org.claimbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection of its own, for the notices a team store's server sends when a transaction that changed a
 * case commits (db/postgres V16: channel {@code claimbench_change}, text "CASE APPLICATION"). Notices of this program's
 * own connections (its application name) are left out. When the connection breaks, the listener says so and dials
 * again, every few seconds, until it is back or closed.
 */
final class ChangeNotices implements AutoCloseable {

    static final String CHANNEL = "claimbench_change";
    /** How long to wait for a notice before checking that the line is still up and that nobody closed it. */
    private static final int WAIT_MS = 500;
    private static final long CHECK_EVERY_MS = 20_000;
    private static final long[] REDIAL_MS = {1_000, 2_000, 5_000};

    private final String url;
    private final Properties login;
    private final String ownName;
    private final ChangeListener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    ChangeNotices(String url, String user, char[] password, String ownName, ChangeListener listener) {
        this.url = url;
        this.ownName = ownName;
        this.listener = listener;
        this.login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", new String(password));
        login.setProperty("ApplicationName", ownName);
        login.setProperty("connectTimeout", "10");
        login.setProperty("tcpKeepAlive", "true");
        this.thread = new Thread(this::run, "claimbench-change-notices");
        thread.setDaemon(true);
    }

    ChangeNotices start() {
        thread.start();
        return this;
    }

    /** "CASE APPLICATION" into the case's number, or -1 when the notice is this program's own or not understood. */
    static long caseOf(String payload, String ownName) {
        if (payload == null) {
            return -1;
        }
        int space = payload.indexOf(' ');
        String number = space < 0 ? payload : payload.substring(0, space);
        String from = space < 0 ? "" : payload.substring(space + 1);
        if (from.equals(ownName)) {
            return -1;
        }
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void run() {
        boolean up = true; // as far as the listener knows: the store has just opened
        int failures = 0;
        while (!closed) {
            try (Connection c = java.sql.DriverManager.getConnection(url, login)) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                failures = 0;
                if (!up) {
                    up = true;
                    listener.connection(true);
                }
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                if (up) {
                    up = false;
                    listener.connection(false);
                }
                pause(REDIAL_MS[Math.min(failures++, REDIAL_MS.length - 1)]);
            } finally {
                connection = null;
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long checked = System.currentTimeMillis();
        while (!closed) {
            PGNotification[] notices = pg.getNotifications(WAIT_MS);
            if (notices != null) {
                for (PGNotification n : notices) {
                    long caseId = CHANNEL.equals(n.getName()) ? caseOf(n.getParameter(), ownName) : -1;
                    if (caseId >= 0) {
                        listener.caseChanged(caseId);
                    }
                }
            }
            if (System.currentTimeMillis() - checked > CHECK_EVERY_MS) {
                try (Statement st = c.createStatement()) { // a line that died without a word is found out here
                    st.execute("SELECT 1");
                }
                checked = System.currentTimeMillis();
            }
        }
    }

    private void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing a line that is already gone: nothing more to do
            }
        }
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        login.remove("password");
    }
}
