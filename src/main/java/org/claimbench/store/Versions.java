package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CHECKLIST_ENTRY;
import static org.claimbench.store.generated.Tables.DOCUMENT;
import static org.claimbench.store.generated.Tables.LEGAL_CASE;
import static org.claimbench.store.generated.Tables.OUTLINE_NODE;
import static org.claimbench.store.generated.Tables.PASSAGE;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * One client's optimistic locks: the version of each editable row as this store last read it. An edit is written
 * only over that version, and bumps it; an edit over a row that someone else changed after it was read here is
 * refused with {@link Stale}, which names who changed it and when. A row this store never read is written as it comes
 * (a command that edits by id, say). The versions are learnt from every record read through jOOQ, so the services and
 * the window need not carry them: reading the case again is what "reload" means.
 */
final class Versions implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    /** An editable table: its id, version, who and when, and what it is called in a message. */
    record Editable(Table<?> table, Field<Long> id, Field<Long> version, Field<String> by, Field<OffsetDateTime> at, String noun) {
    }

    static final Editable CASE = new Editable(LEGAL_CASE, LEGAL_CASE.ID, LEGAL_CASE.ROW_VERSION, LEGAL_CASE.CHANGED_BY,
            LEGAL_CASE.CHANGED_AT, "case");
    static final Editable DOC = new Editable(DOCUMENT, DOCUMENT.ID, DOCUMENT.ROW_VERSION, DOCUMENT.CHANGED_BY, DOCUMENT.CHANGED_AT,
            "document");
    static final Editable NODE = new Editable(OUTLINE_NODE, OUTLINE_NODE.ID, OUTLINE_NODE.ROW_VERSION, OUTLINE_NODE.CHANGED_BY,
            OUTLINE_NODE.CHANGED_AT, "outline node");
    static final Editable HIGHLIGHT = new Editable(PASSAGE, PASSAGE.ID, PASSAGE.ROW_VERSION, PASSAGE.CHANGED_BY, PASSAGE.CHANGED_AT,
            "highlight");
    static final Editable ENTRY = new Editable(CHECKLIST_ENTRY, CHECKLIST_ENTRY.ID, CHECKLIST_ENTRY.ROW_VERSION,
            CHECKLIST_ENTRY.CHANGED_BY, CHECKLIST_ENTRY.CHANGED_AT, "checklist entry");
    private static final List<Editable> ALL = List.of(CASE, DOC, NODE, HIGHLIGHT, ENTRY);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** The version read of each row, by row id, for each table of {@link #ALL} in its order. */
    private final List<Map<Long, Long>> seen = ALL.stream().<Map<Long, Long>>map(e -> new ConcurrentHashMap<>()).toList();
    private final String user;

    Versions(String user) {
        this.user = user == null || user.isBlank() ? "someone" : user;
    }

    /** The versions of the store {@code dsl} belongs to. */
    static Versions of(DSLContext dsl) {
        for (ExecuteListenerProvider p : dsl.configuration().executeListenerProviders()) {
            if (p.provide() instanceof Versions v) {
                return v;
            }
        }
        throw new IllegalStateException("The store keeps no versions of its rows.");
    }

    /** Who this client is, as an edit records it. */
    String user() {
        return user;
    }

    /**
     * Where the id and version of each editable table sit among a result's fields: {@code slots[k]} is an index into
     * {@link #ALL}, {@code slots[k + 1]} and {@code slots[k + 2]} the id's and the version's positions. Worked out once
     * per result (its records share one row type), not once per record: a case's 5,000 passages are read in one go.
     */
    private record Slots(org.jooq.Row row, int[] slots) {
    }

    /** Where {@link Slots} of the result being read are kept in its execute context. */
    private static final Object SLOTS = new Object();

    /** Remembers the version of each editable row read. */
    @Override
    public void recordEnd(ExecuteContext ctx) {
        Record r = ctx.record();
        if (r == null) {
            return;
        }
        org.jooq.Row row = r.fieldsRow();
        Slots known = ctx.data(SLOTS) instanceof Slots s && s.row() == row ? s : null;
        if (known == null) {
            known = new Slots(row, slots(r));
            ctx.data(SLOTS, known);
        }
        int[] slots = known.slots();
        for (int k = 0; k < slots.length; k += 3) {
            if (r.get(slots[k + 1]) instanceof Number i && r.get(slots[k + 2]) instanceof Number v) {
                seen.get(slots[k]).put(i.longValue(), v.longValue());
            }
        }
    }

    /** Notes the version of a row read without a record (a result read by column). */
    void read(Editable e, long id, long version) {
        seen(e).put(id, version);
    }

    /** The editable tables whose id and version a record of these fields holds, with their positions (see {@link Slots}). */
    private static int[] slots(Record r) {
        int[] found = new int[ALL.size() * 3];
        int n = 0;
        for (int t = 0; t < ALL.size(); t++) {
            Editable e = ALL.get(t);
            int id = index(r, e.table, e.id);
            int version = id < 0 ? -1 : index(r, e.table, e.version);
            if (version >= 0) {
                found[n++] = t;
                found[n++] = id;
                found[n++] = version;
            }
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /** The position of {@code field} of {@code table} among the record's fields, matched by table and name; -1 if none. */
    private static int index(Record r, Table<?> table, Field<?> field) {
        Field<?>[] fields = r.fields();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] instanceof TableField<?, ?> f && f.getTable() != null && f.getTable().getName().equals(table.getName())
                    && f.getName().equals(field.getName())) {
                return i;
            }
        }
        return -1;
    }

    /** What an edit of a row sets besides its own fields: the next version, who and when. */
    Map<Field<?>, Object> bump(Editable e) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(e.version, e.version.plus(1L));
        m.put(e.by, user);
        m.put(e.at, Times.toDb(Times.now()));
        return m;
    }

    /** The condition an edit of row {@code id} is written under: the version read here, if it was read. */
    Condition unchanged(Editable e, long id) {
        Long v = seen(e).get(id);
        return v == null ? DSL.noCondition() : e.version.eq(v);
    }

    /**
     * After an edit of row {@code id} that changed {@code count} rows: refuses it if the row is there but was changed
     * since it was read here; otherwise forgets the version read, which the next read learns again.
     */
    void check(DSLContext dsl, Editable e, long id, int count) {
        Long read = seen(e).remove(id);
        if (count > 0 || read == null) {
            return;
        }
        Record3<Long, String, OffsetDateTime> now = dsl.select(e.version, e.by, e.at).from(e.table).where(e.id.eq(id)).fetchOne();
        if (now != null) {
            seen(e).put(id, read); // still stale until read again
            throw new Stale(e.noun, now.value2(), now.value3());
        }
    }

    /** Forgets every version read: after a transaction that was rolled back, what was read inside it may not be so. */
    void forget() {
        seen.forEach(Map::clear);
    }

    private Map<Long, Long> seen(Editable e) {
        for (int t = 0; t < ALL.size(); t++) {
            if (ALL.get(t) == e) {
                return seen.get(t);
            }
        }
        throw new IllegalArgumentException("Not an editable table: " + e.noun());
    }

    /** An edit over a row that someone else changed after it was read; nothing was written. */
    public static final class Stale extends StoreException {
        private static final long serialVersionUID = 1L;

        Stale(String noun, String by, OffsetDateTime at) {
            super("This " + noun + " was changed by " + (by == null ? "someone else" : by)
                    + (at == null ? "" : " at " + CLOCK.format(at.atZoneSameInstant(ZoneId.systemDefault())))
                    + " since you read it: reload? Your change was not saved.");
        }
    }
}
