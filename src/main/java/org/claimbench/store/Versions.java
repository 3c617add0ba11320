package org.claimbench.store;

import static org.claimbench.store.generated.Tables.CHECKLIST_ENTRY;
import static org.claimbench.store.generated.Tables.DOCUMENT;
import static org.claimbench.store.generated.Tables.EVIDENCE_ITEM;
import static org.claimbench.store.generated.Tables.LEGAL_CASE;
import static org.claimbench.store.generated.Tables.OUTLINE_NODE;
import static org.claimbench.store.generated.Tables.PASSAGE;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
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
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.impl.DSL;

/**
 * One client's optimistic locks: the version of each editable row as this store last read it. An edit is written
 * only over that version, and bumps it; an edit over a row that someone else changed after it was read here is
 * refused with {@link StaleEdit}, which names who changed it and when. A row this store never read is written as it comes
 * (a command that edits by id, say). The versions are learnt from every record read through jOOQ, so the services and
 * the window need not carry them: reading the case again is what "reload" means.
 *
 * <p>An undo (or a redo) is guarded by another version: the one this client's own last write left on the row, whatever
 * was read since. Reading the case again after someone else changed the row must not let an undo write over their change:
 * the undo is refused like a stale edit ({@link StaleEdit#undo()}). What a transaction wrote counts once it is committed.
 */
final class Versions implements ExecuteListener, TransactionListener {

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
    static final Editable ITEM = new Editable(EVIDENCE_ITEM, EVIDENCE_ITEM.ID, EVIDENCE_ITEM.ROW_VERSION, EVIDENCE_ITEM.CHANGED_BY,
            EVIDENCE_ITEM.CHANGED_AT, "evidence item");
    private static final List<Editable> ALL = List.of(CASE, DOC, NODE, HIGHLIGHT, ENTRY, ITEM);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    /** The version each row was left at by this client's last committed write of it. */
    private final Map<String, Long> left = new ConcurrentHashMap<>();
    /** Per thread: the writes of each transaction not yet committed, the innermost on top. */
    private final ThreadLocal<Deque<Pending>> pending = ThreadLocal.withInitial(ArrayDeque::new);
    /** Per thread: how deep in {@link #undoing} the work is. */
    private final ThreadLocal<int[]> undoing = ThreadLocal.withInitial(() -> new int[1]);
    private final String user;

    /** The versions written in one transaction, counted when it commits. */
    private record Pending(TransactionContext ctx, Map<String, Long> left) {
    }

    /** How one write of one row is guarded: the version it expects (null: none), and whether it undoes or redoes. */
    record Guard(Editable e, long id, Long expected, boolean undo) {
        Condition condition() {
            return expected == null ? DSL.noCondition() : e.version.eq(expected);
        }
    }

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
                seen.put(key(ALL.get(slots[k]), i.longValue()), v.longValue());
            }
        }
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

    /** Notes the version of a row read without a record (a result read by column). */
    void read(Editable e, long id, long version) {
        seen.put(key(e, id), version);
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

    /**
     * How an edit of row {@code id} is guarded: by the version read here, if it was read; inside {@link #undoing}, by the
     * version this client's last write left, if it wrote the row.
     */
    Guard guard(Editable e, long id) {
        String k = key(e, id);
        boolean undo = undoing.get()[0] > 0;
        Long mine = undo ? leftAt(k) : null;
        return new Guard(e, id, mine != null ? mine : seen.get(k), undo);
    }

    /**
     * How a delete of row {@code id} is guarded: not at all, except inside {@link #undoing}, where a row this client
     * wrote (or made) is deleted only as this client left it.
     */
    Guard deleting(Editable e, long id) {
        boolean undo = undoing.get()[0] > 0;
        return new Guard(e, id, undo ? leftAt(key(e, id)) : null, undo);
    }

    /**
     * After a write guarded by {@code g} that changed {@code count} rows: refuses it if the row is there but was changed
     * since (by someone else); otherwise notes the version the write left, and forgets the version read, which the next
     * read learns again.
     */
    void check(DSLContext dsl, Guard g, int count) {
        Editable e = g.e();
        String k = key(e, g.id());
        Long read = seen.remove(k);
        if (count > 0) {
            Long now = g.expected() != null ? Long.valueOf(g.expected() + 1)
                    : dsl.select(e.version).from(e.table).where(e.id.eq(g.id())).fetchOne(e.version);
            if (now != null) {
                wrote(k, now);
            }
            return;
        }
        if (g.expected() == null) {
            return;
        }
        Record3<Long, String, OffsetDateTime> now = dsl.select(e.version, e.by, e.at).from(e.table).where(e.id.eq(g.id())).fetchOne();
        if (now != null) {
            Long keep = g.undo() ? read : g.expected();
            if (keep != null) {
                seen.put(k, keep); // still stale until read again
            }
            throw new StaleEdit(e.noun, now.value2(), now.value3() == null ? null : CLOCK.format(now.value3().atZoneSameInstant(
                    ZoneId.systemDefault())), g.undo());
        }
    }

    /** After a delete guarded by {@code g} that removed {@code count} rows: refuses it if the row is there, changed since. */
    void checkDelete(DSLContext dsl, Guard g, int count) {
        String k = key(g.e(), g.id());
        if (count > 0) {
            seen.remove(k);
            left.remove(k);
            return;
        }
        check(dsl, g, 0);
    }

    /** Notes a row this client has just made (or put back): it starts at version 1. */
    void made(Editable e, long id) {
        wrote(key(e, id), 1L);
    }

    /** Runs {@code work} as an undo or a redo: its writes are guarded by the versions this client's own writes left. */
    <T> T undoing(java.util.function.Supplier<T> work) {
        int[] depth = undoing.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }

    /**
     * Before a row known by a compound key {@code k} (a flag decision: its document, place and kind) is replaced or taken
     * away: inside {@link #undoing}, refuses it if the row there now ({@code currentId}, 0 for none) is not the one this
     * client's own last write left, naming who wrote the one there now ({@code by}, {@code at}).
     */
    void checkReplacing(String k, long currentId, String noun, String by, OffsetDateTime at) {
        if (undoing.get()[0] == 0) {
            return;
        }
        Long mine = leftAt(k);
        if (mine != null && mine != currentId) {
            throw new StaleEdit(noun, currentId == 0 ? null : by, at == null || currentId == 0 ? null
                    : CLOCK.format(at.atZoneSameInstant(ZoneId.systemDefault())), true);
        }
    }

    /** Notes the row this client's write left under the compound key {@code k} (0: none), once its transaction commits. */
    void replaced(String k, long id) {
        wrote(k, id);
    }

    private void wrote(String k, long version) {
        Deque<Pending> open = pending.get();
        if (open.isEmpty()) {
            left.put(k, version);
        } else {
            open.peek().left().put(k, version);
        }
    }

    private Long leftAt(String k) {
        for (Pending p : pending.get()) { // innermost first
            Long v = p.left().get(k);
            if (v != null) {
                return v;
            }
        }
        return left.get(k);
    }

    @Override
    public void beginStart(TransactionContext ctx) {
        pending.get().push(new Pending(ctx, new LinkedHashMap<>()));
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        Deque<Pending> open = pending.get();
        if (open.isEmpty() || open.peek().ctx() != ctx) {
            return;
        }
        Pending done = open.pop();
        if (open.isEmpty()) {
            left.putAll(done.left());
        } else {
            open.peek().left().putAll(done.left());
        }
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        Deque<Pending> open = pending.get();
        if (!open.isEmpty() && open.peek().ctx() == ctx) {
            open.pop(); // nothing of it was written
        }
    }

    /** Forgets every version read: after a transaction that was rolled back, what was read inside it may not be so. */
    void forget() {
        seen.clear();
    }

    private static String key(Editable e, long id) {
        return e.table.getName() + ":" + id;
    }
}
