package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CASE_MEMBER;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Who may see and change a case: its members, each an owner, an editor or a viewer. On a team store the PostgreSQL
 * server enforces the roles with row-level security (db/postgres, V15), and team users are PostgreSQL roles, members
 * of the group role {@value #TEAM_ROLE}. A laptop store has one user, who owns every case: there is nothing to grant.
 */
public final class CaseMembers {

    /** The group role whose members may use a team store's tables. */
    public static final String TEAM_ROLE = "claimbench_team";

    /** A member's role in a case. */
    public enum Role {
        OWNER, EDITOR, VIEWER;

        /** "owner", "editor", "viewer". */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The role named by {@code word} (any case), or a message listing the roles. */
        public static Role of(String word) {
            try {
                return valueOf(word.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new StoreException("A role is viewer, editor or owner, not " + word + ".");
            }
        }
    }

    /** One member of a case. */
    public record Member(long caseId, String user, Role role) {
    }

    /** A team user's name: a PostgreSQL role written in lower case, as it would be without quotes. */
    private static final Pattern USER_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DSLContext dsl;
    private final String description;

    CaseMembers(DSLContext dsl, String description) {
        this.dsl = dsl;
        this.description = description;
    }

    /** Whether the server enforces the roles: a team store on PostgreSQL. */
    public boolean enforced() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    private void requireTeamStore() {
        if (!enforced()) {
            throw new StoreException("The store " + description + " is a laptop store, and a laptop store has one user, who owns "
                    + "every case. Team users and their roles are for a team store on a PostgreSQL server (--db-url).");
        }
    }

    private static String checkName(String user) {
        String u = user == null ? "" : user.strip();
        if (!USER_NAME.matcher(u).matches()) {
            throw new StoreException("A team user's name is lower-case letters, digits and _, starting with a letter, at most 63 "
                    + "characters: not " + user + ".");
        }
        return u;
    }

    /**
     * Adds the user {@code name} to the team: a PostgreSQL role that may log in (with {@code password}, when one is given),
     * member of {@value #TEAM_ROLE}. A role that exists already joins the team, its password unchanged unless one is given.
     * Run by the store's administrator (a role that may create roles). Returns whether the role was made.
     */
    public boolean addUser(String name, char[] password) {
        requireTeamStore();
        String user = checkName(name);
        try {
            return dsl.transactionResult(cfg -> {
                DSLContext tx = DSL.using(cfg);
                boolean exists = tx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
                        .where(DSL.field(DSL.name("rolname"), String.class).eq(user)));
                if (!exists) {
                    tx.execute("CREATE ROLE {0} LOGIN", DSL.name(user));
                }
                if (password != null && password.length > 0) {
                    tx.execute("ALTER ROLE {0} PASSWORD {1}", DSL.name(user), DSL.inline(new String(password)));
                }
                tx.execute("GRANT {0} TO {1}", DSL.name(TEAM_ROLE), DSL.name(user));
                return !exists;
            });
        } catch (org.jooq.exception.DataAccessException e) {
            String state = e.sqlState();
            if ("42501".equals(state)) {
                throw new StoreException("Only the store's administrator, a PostgreSQL role that may create roles (CREATEROLE), "
                        + "can add team users; nothing was changed.", e);
            }
            throw Writes.refused(e);
        }
    }

    /** The members of case {@code caseId} that the user may see: owners first, then editors and viewers, by name. */
    public List<Member> members(long caseId) {
        requireTeamStore();
        return dsl.selectFrom(CASE_MEMBER).where(CASE_MEMBER.CASE_ID.eq(caseId)).fetch().stream()
                .map(r -> new Member(r.getCaseId(), r.getUserName(), Role.valueOf(r.getRole())))
                .sorted(java.util.Comparator.comparing(Member::role).thenComparing(Member::user)).toList();
    }

    /**
     * Gives {@code user} the role {@code role} in case {@code caseId} (replacing the one they had). Only an owner of the
     * case may; the server refuses anyone else. A case keeps at least one owner.
     */
    public void grant(long caseId, String user, Role role) {
        requireTeamStore();
        String u = checkName(user);
        Writes.run(dsl, tx -> {
            if (!tx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
                    .where(DSL.field(DSL.name("rolname"), String.class).eq(u)))) {
                throw new StoreException("There is no user " + u + " on the server: add them first with `claimbench team add-user "
                        + u + "`.");
            }
            requireCase(tx, caseId);
            if (role != Role.OWNER) {
                keepAnOwner(tx, caseId, u);
            }
            tx.insertInto(CASE_MEMBER).set(CASE_MEMBER.CASE_ID, caseId).set(CASE_MEMBER.USER_NAME, u).set(CASE_MEMBER.ROLE, role.name())
                    .onConflict(CASE_MEMBER.CASE_ID, CASE_MEMBER.USER_NAME).doUpdate().set(CASE_MEMBER.ROLE, role.name())
                    .execute();
        });
    }

    /** Takes {@code user} out of case {@code caseId}. Only an owner may; the last owner cannot be taken out. Whether they were in. */
    public boolean revoke(long caseId, String user) {
        requireTeamStore();
        String u = checkName(user);
        return Writes.inTransaction(dsl, tx -> {
            requireCase(tx, caseId);
            keepAnOwner(tx, caseId, u);
            return tx.deleteFrom(CASE_MEMBER).where(CASE_MEMBER.CASE_ID.eq(caseId), CASE_MEMBER.USER_NAME.eq(u)).execute() > 0;
        });
    }

    private static void requireCase(DSLContext tx, long caseId) {
        if (!tx.fetchExists(CASE_MEMBER, CASE_MEMBER.CASE_ID.eq(caseId))) {
            throw new StoreException("There is no case " + caseId + " that you are a member of.");
        }
    }

    private static void keepAnOwner(DSLContext tx, long caseId, String user) {
        boolean isOwner = tx.fetchExists(CASE_MEMBER, CASE_MEMBER.CASE_ID.eq(caseId), CASE_MEMBER.USER_NAME.eq(user),
                CASE_MEMBER.ROLE.eq(Role.OWNER.name()));
        if (isOwner && tx.fetchCount(CASE_MEMBER, CASE_MEMBER.CASE_ID.eq(caseId), CASE_MEMBER.ROLE.eq(Role.OWNER.name())) == 1) {
            throw new StoreException(user + " is the only owner of case " + caseId + ", and a case keeps an owner: make someone "
                    + "else its owner first.");
        }
    }
}
