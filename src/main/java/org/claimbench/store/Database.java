package org.claimbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.jooq.SQLDialect;

/**
 * The database a {@link Store} runs on: where its connections come from, which SQL dialect jOOQ writes, which Flyway
 * script folders build its schema, and how a consistent copy of it is taken while it is open. The repositories and
 * the services above them do not know which database they run on; the embedded H2 file ({@link H2Database}) is the
 * one a laptop uses.
 */
public interface Database extends AutoCloseable {

    /** What the store is, for messages and the window's title: a data folder, a server, "memory". */
    String description();

    /**
     * Whether this program is the only one that writes to the database while it has it open: true for a data folder
     * (its file is locked) and memory; false for a server that others use too, and for any database that does not say.
     */
    default boolean exclusive() {
        return false;
    }

    /** The dialect jOOQ renders for this database. */
    SQLDialect dialect();

    /**
     * How jOOQ writes SQL for this database, beyond its dialect: the name case, for one. The store adds its own settings
     * (no execute logging) to these.
     */
    default org.jooq.conf.Settings settings() {
        return new org.jooq.conf.Settings();
    }

    /** Who this client is, as the store records who changed a row last: the login name, or the server's user name. */
    default String user() {
        return System.getProperty("user.name");
    }

    /**
     * Flyway's script locations: the plain DDL shared by every database (also read by the code generator) first,
     * then the scripts written for this database alone (triggers, for example).
     */
    List<String> migrationLocations();

    /** A connection from the database's pool; the caller closes it, which gives it back. */
    Connection connect() throws SQLException;

    /** The folder the database keeps its files in, or null when it keeps none here (in memory, or on a server). */
    Path folder();

    /**
     * Writes a consistent copy of the open database, taken through {@code connection}, to the file {@code target}
     * (which does not exist yet), while other connections keep working.
     */
    void backup(Connection connection, Path target) throws SQLException;

    /**
     * The exception to show for a failure to open or migrate the database: the database's own words turned into what
     * the user can do about it.
     */
    default StoreException explainOpenFailure(RuntimeException failure) {
        return failure instanceof StoreException se ? se : new StoreException("Cannot open the store " + description() + ": "
                + failure.getMessage(), failure);
    }

    /**
     * Starts telling {@code listener} of the changes other programs make to the store, until the returned handle is
     * closed. A store only one program uses at a time (the laptop's) has nothing to tell, and tells nothing.
     */
    default AutoCloseable watch(ChangeListener listener) {
        return () -> { };
    }

    /**
     * Who must migrate the store's schema, when it is not this user: the role that owns its tables on a server, if this
     * user neither is it nor acts for it. Null when this user may migrate it (an embedded store's only user may).
     */
    default String schemaOwnerIfNotMine(Connection connection) throws SQLException {
        return null;
    }

    /** What to say when the store's schema is at version {@code found} and this ClaimBench knows versions up to {@code known}. */
    default String schemaTooNew(int found, int known) {
        return "The store " + description() + " has schema version " + found + ", and this ClaimBench knows versions up to " + known
                + ": a newer ClaimBench has opened it. Update ClaimBench to open it; nothing was changed.";
    }

    /**
     * What to say when the store's schema is at version {@code found} (-1: this user may not read it), this ClaimBench
     * needs {@code needed}, and only {@code owner} may migrate it.
     */
    default String schemaTooOld(int found, int needed, String owner) {
        return "The store " + description() + " has schema version " + found + ", and this ClaimBench needs version " + needed
                + ". Open it once as " + owner + ", who may upgrade it; nothing was changed.";
    }

    /** Gives back every connection and releases the database's files or session. */
    @Override
    void close();
}
