package org.claimbench.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write the store's rules refused, said in the user's words: which field, what it holds, what the store
 * allows. The database's own message (column types, the SQL statement) stays in the log.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    /** Tables in the user's words, as the owner of a field: "the case's", "a party's". */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("LEGAL_CASE", "the case"),
            Map.entry("PARTY", "a party"),
            Map.entry("DOCUMENT", "a document"),
            Map.entry("SEGMENT", "a paragraph of a document"),
            Map.entry("PLEADED_COUNT", "a pleaded count"),
            Map.entry("CITATION", "a citation"),
            Map.entry("PASSAGE", "a highlight"),
            Map.entry("OUTLINE_NODE", "an outline node"),
            Map.entry("PASSAGE_LINK", "a link"),
            Map.entry("EVIDENCE_ITEM", "an evidence item"),
            Map.entry("CHECKLIST_ENTRY", "a checklist entry"),
            Map.entry("FLAG_DECISION", "a decision on a wording flag"));

    /** What each rule asks, for the rules a user's data can break. */
    private static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("LEGAL_CASE_TITLE_CK", "the case needs a title"),
            Map.entry("LEGAL_CASE_UPDATED_CK", "the case is said to be changed before it was made"),
            Map.entry("PARTY_ROLE_CK", "a party's role must be plaintiff, defendant or other"),
            Map.entry("PARTY_NAME_CK", "a party needs a name"),
            Map.entry("DOCUMENT_KIND_CK", "a document's kind must be complaint, amended complaint, answer, exhibit, commentary or other"),
            Map.entry("DOCUMENT_TITLE_CK", "a document needs a title"),
            Map.entry("DOCUMENT_SUPERSEDES_SELF_CK", "a document cannot supersede itself"),
            Map.entry("DOCUMENT_SHORT_NAME_CK", "a document's short name cannot be blank"),
            Map.entry("PASSAGE_COLOR_CK", "a highlight's colour must be one of the highlight colours"),
            Map.entry("PASSAGE_ANCHOR_CK", "a highlight's anchor is not one ClaimBench knows"),
            Map.entry("PASSAGE_RANGE_CK", "a highlight's place in its document is out of range"),
            Map.entry("OUTLINE_NODE_SELF_CK", "an outline node cannot be its own parent"),
            Map.entry("OUTLINE_NODE_TITLE_CK", "an outline node needs a title"),
            Map.entry("OUTLINE_NODE_KIND_CK", "an outline node's kind must be count, element or allegation"),
            Map.entry("PASSAGE_LINK_UK", "the same highlight is linked to the same node twice in the same role"),
            Map.entry("PASSAGE_LINK_ROLE_CK", "a link's role is not one ClaimBench knows"),
            Map.entry("CHECKLIST_UK", "the same evidence item is on the same node's checklist twice"),
            Map.entry("CHECKLIST_STATUS_CK", "a checklist entry's status is not one ClaimBench knows"),
            Map.entry("CHECKLIST_WEIGHT_CK", "a checklist entry's weight is not one ClaimBench knows"),
            Map.entry("EVIDENCE_DESC_CK", "an evidence item needs a description"),
            Map.entry("EVIDENCE_BASIS_CK", "an evidence item's basis is not one ClaimBench knows"),
            Map.entry("FLAG_DECISION_UK", "the same wording flag is decided twice"),
            Map.entry("FLAG_DECISION_VERDICT_CK", "a decision on a wording flag must confirm or dismiss it"));

    private static final Pattern TOO_LONG = Pattern.compile(
            "(?i)Value too long for column \"?(\\w+)\\s+(?:CHARACTER VARYING|VARCHAR|CHARACTER)\\((\\d+)\\)\"?.*?\\((\\d+)\\)\"?");
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:insert\\s+into|update|merge\\s+into)\\s+(?:\"?PUBLIC\"?\\.)?\"?(\\w+)\"?");
    private static final Pattern CONSTRAINT = Pattern.compile("(?i)\"?(?:PUBLIC\\.)?([A-Z_]+_(?:CK|UK|FK))\\b");

    /** The user's message for a refused write, or null when it is not one of the store's rules. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ValueTooLong v) {
                return tooLong(v.table, v.column, v.length, v.limit);
            }
        }
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return null;
        }
        String m = sql.getMessage() == null ? "" : sql.getMessage();
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("22001")) {
            Matcher t = TOO_LONG.matcher(m);
            if (t.find()) {
                return tooLong(table(m), t.group(1), Long.parseLong(t.group(3)), Long.parseLong(t.group(2)));
            }
            return "A value is longer than the store takes.";
        }
        if (state.equals("42501")) {
            String access = refusedAccess(m);
            if (access != null) {
                return access;
            }
        }
        if (state.startsWith("23")) {
            Matcher c = CONSTRAINT.matcher(m);
            String rule = c.find() ? RULES.get(c.group(1).toUpperCase(Locale.ROOT)) : null;
            if (rule != null) {
                return "The store refused it: " + rule + ".";
            }
            if (state.equals("23502")) {
                return "The store refused it: a value it needs is missing.";
            }
            if (state.equals("23505")) {
                return "The store refused it: the same record appears twice.";
            }
            if (state.equals("23503") || state.equals("23506")) {
                return "The store refused it: it refers to something that is not there.";
            }
            return "The store refused it: a value breaks one of its rules.";
        }
        return null;
    }

    /** What a team store's server refused, for the user's role in the case (db/postgres, V15). */
    static final String READ_ONLY = "You can only read this case: ask its owner for editor rights.";
    static final String OWNER_ONLY = "Only an owner of this case can do that: ask its owner.";
    static final String NOT_A_MEMBER = "You are not a member of this case: ask its owner to add you.";

    private static String refusedAccess(String message) {
        if (message.contains("claimbench: read only")) {
            return READ_ONLY;
        }
        if (message.contains("claimbench: owner only")) {
            return OWNER_ONLY;
        }
        if (message.contains("claimbench: not a member") || message.contains("row-level security")) {
            return NOT_A_MEMBER;
        }
        return null; // another right the role lacks (creating roles, say): said by whoever asked
    }

    private static String tooLong(String table, String column, long length, long limit) {
        return String.format(Locale.ROOT, "%s is %,d characters long; the store takes at most %,d.", capitalise(field(table, column)),
                length, limit);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String table(String message) {
        Matcher t = TABLE.matcher(message);
        return t.find() ? t.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** "the case's title", "a party's name", or the column in plain words when the table is not known. */
    private static String field(String table, String column) {
        String owner = table == null ? null : TABLES.get(table);
        String name = column.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (name.equals("color")) {
            name = "colour";
        }
        return owner == null ? "a " + name : owner + "\u2019s " + name;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
