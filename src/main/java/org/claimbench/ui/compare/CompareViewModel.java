package org.claimbench.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.Comparison;
import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.Segment;
import org.claimbench.report.Redline;
import org.claimbench.service.AmendmentService;
import org.claimbench.service.AtomicFiles;
import org.claimbench.ui.document.DocumentViewModel;
import org.claimbench.ui.session.CaseSession;

/**
 * View ▸ Compare with the version it amends: two complaints of the open case side by side, paragraph by paragraph,
 * compared on the long lane. The rows are filtered by what became of them (all changes by default: the paragraphs
 * that kept their words are left out); a row is shown in the text; the comparison is written as a redline.
 */
public final class CompareViewModel {

    /** Which rows are listed. */
    public enum Filter {
        CHANGES("All changes"), ALL("Every paragraph"), CHANGED("Changed"), ADDED("Added"), REMOVED("Removed");

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        public String label() { return label; }

        /** Whether a row of {@code kind} is listed under this filter. */
        public boolean test(AmendmentKind kind) {
            return switch (this) {
                case CHANGES -> !kind.sameWords();
                case ALL -> true;
                case CHANGED -> kind == AmendmentKind.CHANGED || kind == AmendmentKind.SPLIT || kind == AmendmentKind.MERGED;
                case ADDED -> kind == AmendmentKind.ADDED;
                case REMOVED -> kind == AmendmentKind.REMOVED;
            };
        }
    }

    /** One row as listed: the comparison's row and its text in runs, old and new. */
    public record Row(AlignedRow row, Redline.Row shown) {
        public AmendmentKind kind() { return row.kind(); }

        public String where() { return shown.where(); }
    }

    /** A comparison on show: the two versions, in the order old, new. */
    private record Shown(Document old, Document now, Comparison comparison, List<Row> rows) {
    }

    private final CaseSession session;
    private final AmendmentService amendments;
    private final DocumentViewModel document;

    private final ObservableList<Document> pleadings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Document> oldDocument = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Document> newDocument = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Filter> filter = new ReadOnlyObjectWrapper<>(Filter.CHANGES);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> countChanges = FXCollections.observableArrayList();
    private final ObservableList<String> partyChanges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exportable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Document> pleadingsView = FXCollections.unmodifiableObservableList(pleadings);
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> countChangesView = FXCollections.unmodifiableObservableList(countChanges);
    private final ObservableList<String> partyChangesView = FXCollections.unmodifiableObservableList(partyChanges);
    private final Map<Filter, ReadOnlyStringWrapper> filterLabels = new EnumMap<>(Filter.class);
    private final BooleanBinding available = Bindings.size(pleadings).greaterThanOrEqualTo(2);
    /** Counts the comparisons asked for; one whose number is no longer the latest is not shown. */
    private final AtomicInteger generation = new AtomicInteger();
    private Shown shown;

    public CompareViewModel(CaseSession session, AmendmentService amendments, DocumentViewModel document) {
        this.session = session;
        this.amendments = amendments;
        this.document = document;
        for (Filter f : Filter.values()) {
            filterLabels.put(f, new ReadOnlyStringWrapper(f.label()));
        }
        session.documents().addListener((ListChangeListener<Document>) c -> readPleadings());
        session.onOtherCase(this::clear);
        readPleadings();
    }

    /** Whether a document can be compared: a complaint or an amended complaint. */
    static boolean comparable(Document d) {
        return d != null && (d.kind() == DocumentKind.COMPLAINT || d.kind() == DocumentKind.AMENDED_COMPLAINT);
    }

    private void readPleadings() {
        List<Document> now = session.documents().stream().filter(CompareViewModel::comparable).toList();
        pleadings.setAll(now);
        if (oldDocument.get() != null && !now.contains(oldDocument.get()) || newDocument.get() != null && !now.contains(newDocument.get())) {
            clear(); // a version compared was deleted, or renamed: the choice starts again
        }
    }

    /**
     * Chooses the two versions as the window opens, and compares them: the document on show and the pleading it
     * amends; else the pleading that amends the one on show; else the latest amended complaint and the one it amends;
     * else the last two complaints of the case.
     */
    public void compareShown() {
        Document[] pair = defaults(session.selectedDocumentProperty().get());
        if (pair == null) {
            clear();
            say("Compare needs two complaints of the case: import the amended complaint (Ctrl+I) as amending the first.");
            return;
        }
        if (pair[0].equals(oldDocument.get()) && pair[1].equals(newDocument.get()) && (shown != null || comparing.get())) {
            return; // already on show
        }
        choose(pair[0], pair[1]);
    }

    private Document[] defaults(Document onShow) {
        List<Document> all = List.copyOf(pleadings);
        if (all.size() < 2) {
            return null;
        }
        if (comparable(onShow) && onShow.supersedesId() != null) {
            Document amended = byId(all, onShow.supersedesId());
            if (amended != null) {
                return new Document[] {amended, onShow};
            }
        }
        if (comparable(onShow)) {
            for (Document d : all) {
                if (onShow.id() == (d.supersedesId() == null ? -1 : d.supersedesId())) {
                    return new Document[] {onShow, d};
                }
            }
        }
        List<Document> ordered = all.stream().sorted(Comparator.comparingInt(Document::position)).toList();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Document d = ordered.get(i);
            Document amended = d.supersedesId() == null ? null : byId(all, d.supersedesId());
            if (amended != null) {
                return new Document[] {amended, d};
            }
        }
        return new Document[] {ordered.get(ordered.size() - 2), ordered.get(ordered.size() - 1)};
    }

    private static Document byId(List<Document> documents, long id) {
        return documents.stream().filter(d -> d.id() == id).findFirst().orElse(null);
    }

    /** Compares {@code old} with {@code now} on the long lane; the rows replace those on show when they come. */
    public void choose(Document old, Document now) {
        int mine = generation.incrementAndGet();
        oldDocument.set(old);
        newDocument.set(now);
        forget();
        if (old == null || now == null) {
            say("Choose the earlier version on the left and the amended one on the right.");
            return;
        }
        if (old.id() == now.id()) {
            say("Choose two different versions: a complaint compared with itself has no changes.");
            return;
        }
        comparing.set(true);
        say("Comparing \u201c" + now.title() + "\u201d with \u201c" + old.title() + "\u201d\u2026");
        long oldId = old.id();
        long newId = now.id();
        session.tasks().runLong("Comparing the two versions", progress -> {
            progress.update("Comparing the two versions", -1, -1);
            Comparison c = amendments.compare(oldId, newId);
            progress.checkCancelled();
            List<Row> made = new ArrayList<>(c.rows().size());
            for (AlignedRow r : c.rows()) {
                made.add(new Row(r, Redline.row(c, r)));
            }
            return new Shown(old, now, c, List.copyOf(made));
        }, s -> {
            if (mine == generation.get()) {
                show(s);
            }
        }, e -> {
            if (mine == generation.get()) {
                comparing.set(false);
                say("The two versions could not be compared.");
                session.fail("The two versions could not be compared", e);
            }
        });
    }

    private void show(Shown s) {
        shown = s;
        comparing.set(false);
        exportable.set(true);
        summary.set(s.comparison().summary());
        countChanges.setAll(Redline.countChanges(s.comparison()));
        partyChanges.setAll(Redline.partyChanges(s.comparison()));
        for (Filter f : Filter.values()) {
            long n = s.rows().stream().filter(r -> f.test(r.kind())).count();
            filterLabels.get(f).set(String.format(Locale.ROOT, "%s (%,d)", f.label(), n));
        }
        say("");
        applyFilter();
    }

    /** Lists the rows {@code f} lets through. */
    public void setFilter(Filter f) {
        filter.set(f == null ? Filter.CHANGES : f);
        applyFilter();
    }

    private void applyFilter() {
        if (shown == null) {
            rows.clear();
            return;
        }
        Filter f = filter.get();
        rows.setAll(shown.rows().stream().filter(r -> f.test(r.kind())).toList());
    }

    /** Shows a row's paragraph in the text pane: in the new version, or in the old one for a removed paragraph. */
    public void open(Row row) {
        if (row == null || shown == null) {
            return;
        }
        List<Segment> side = row.row().after().isEmpty() ? row.row().before() : row.row().after();
        Document d = row.row().after().isEmpty() ? shown.old() : shown.now();
        if (side.isEmpty()) {
            return;
        }
        document.showSpot(d.id(), side.get(0).start(), side.get(side.size() - 1).end());
    }

    /** The name a redline file is offered under: "First amended complaint — redline". */
    public String redlineName() {
        return shown == null ? "redline" : shown.now().title() + " \u2014 redline";
    }

    /** Writes the comparison on show as a redline, on the long lane, whole or not at all. */
    public void exportRedline(Redline.Format format, Path target) {
        Shown s = shown;
        if (s == null) {
            return;
        }
        session.tasks().runLong("Writing the redline", progress -> {
            Redline.Model m = Redline.of(s.comparison(), s.old().title(), s.now().title());
            progress.checkCancelled();
            AtomicFiles.write(target, "The redline", out -> Redline.write(m, format, out));
            return target;
        }, path -> session.say("Saved the redline to " + path), e -> session.fail("The redline could not be saved", e));
    }

    /** Forgets the comparison on show (another case, or a version deleted); one still running is not shown. */
    public void clear() {
        generation.incrementAndGet();
        oldDocument.set(null);
        newDocument.set(null);
        forget();
        say("");
    }

    private void forget() {
        shown = null;
        comparing.set(false);
        exportable.set(false);
        summary.set("");
        countChanges.clear();
        partyChanges.clear();
        rows.clear();
        for (Filter f : Filter.values()) {
            filterLabels.get(f).set(f.label());
        }
    }

    private void say(String message) {
        status.set(message);
    }

    public CaseSession session() { return session; }

    /** The complaints and amended complaints of the open case, the versions one can compare. */
    public ObservableList<Document> pleadings() { return pleadingsView; }

    /** True when the case has two versions to compare (View ▸ Compare is enabled). */
    public BooleanBinding availableProperty() { return available; }

    public ReadOnlyObjectProperty<Document> oldDocumentProperty() { return oldDocument.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Document> newDocumentProperty() { return newDocument.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Filter> filterProperty() { return filter.getReadOnlyProperty(); }

    /** "Changed (22)": a filter's name with how many rows it lets through. */
    public ReadOnlyStringProperty filterLabel(Filter f) { return filterLabels.get(f).getReadOnlyProperty(); }

    /** The rows the filter lets through, in the order of the texts. */
    public ObservableList<Row> rows() { return rowsView; }

    /** The comparison's summary: "14 paragraphs added, 3 removed, 22 changed; Count IV dropped; 2 defendants added". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** The counts that came, went or changed, a sentence each. */
    public ObservableList<String> countChanges() { return countChangesView; }

    /** The parties that joined or left. */
    public ObservableList<String> partyChanges() { return partyChangesView; }

    /** What the window is doing or what is missing ("Comparing …", "Choose two different versions"); empty when all is well. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty comparingProperty() { return comparing.getReadOnlyProperty(); }

    /** True while a comparison is on show (Export redline is enabled). */
    public ReadOnlyBooleanProperty exportableProperty() { return exportable.getReadOnlyProperty(); }
}
