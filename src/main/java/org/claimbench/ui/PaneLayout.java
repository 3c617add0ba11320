package org.claimbench.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import org.claimbench.service.UserSettings;

/**
 * The panes side by side: the text always, then the original page, the outline and the evidence, each shown or
 * hidden by the user. Which are shown, and where the dividers stand for each arrangement, are kept for the next start.
 */
final class PaneLayout {

    static final String PAGE_VIEW = "window.pageView";
    static final String HIDDEN = "window.hidden";

    private final SplitPane panes = new SplitPane();
    private final UserSettings settings;
    private final Node text;
    private final Node page;
    private final Node outline;
    private final Node evidence;
    private final BooleanProperty pageShown;
    private final BooleanProperty outlineShown = new SimpleBooleanProperty(true);
    private final BooleanProperty evidenceShown = new SimpleBooleanProperty(true);
    private boolean arranging;

    PaneLayout(UserSettings settings, Node text, Node page, BooleanProperty pageShown, Node outline, Node evidence) {
        this.settings = settings;
        this.text = text;
        this.page = page;
        this.outline = outline;
        this.evidence = evidence;
        this.pageShown = pageShown;
        panes.setId("main-panes");
        List<String> hidden = Arrays.asList(settings.get(HIDDEN, "").split(","));
        outlineShown.set(!hidden.contains("outline"));
        evidenceShown.set(!hidden.contains("evidence"));
        if (Boolean.parseBoolean(settings.get(PAGE_VIEW, "false"))) {
            pageShown.set(true);
        }
        arrange();
        pageShown.addListener((obs, was, on) -> {
            settings.set(PAGE_VIEW, on ? "true" : null);
            arrange();
        });
        outlineShown.addListener((obs, was, on) -> changedHidden());
        evidenceShown.addListener((obs, was, on) -> changedHidden());
        panes.getDividers().addListener((ListChangeListener<SplitPane.Divider>) c -> watchDividers());
        watchDividers();
    }

    SplitPane panes() {
        return panes;
    }

    BooleanProperty outlineShownProperty() {
        return outlineShown;
    }

    BooleanProperty evidenceShownProperty() {
        return evidenceShown;
    }

    private void changedHidden() {
        List<String> hidden = new ArrayList<>();
        if (!outlineShown.get()) {
            hidden.add("outline");
        }
        if (!evidenceShown.get()) {
            hidden.add("evidence");
        }
        settings.set(HIDDEN, hidden.isEmpty() ? null : String.join(",", hidden));
        arrange();
    }

    private void arrange() {
        List<Node> wanted = new ArrayList<>(List.of(text));
        if (pageShown.get()) {
            wanted.add(page);
        }
        if (outlineShown.get()) {
            wanted.add(outline);
        }
        if (evidenceShown.get()) {
            wanted.add(evidence);
        }
        if (wanted.equals(panes.getItems())) {
            return;
        }
        arranging = true;
        try {
            panes.getItems().setAll(wanted);
            panes.setDividerPositions(widths());
        } finally {
            arranging = false;
        }
    }

    /** The arrangement on show, as a key: "text,page,outline,evidence" and the like. */
    private String arrangement() {
        return panes.getItems().stream().map(n -> n == text ? "text" : n == page ? "page" : n == outline ? "outline" : "evidence")
                .collect(Collectors.joining(","));
    }

    /** The dividers as last left in this arrangement, or the text taking a good half and the others sharing the rest. */
    private double[] widths() {
        int n = panes.getItems().size();
        double[] defaults = n == 3 && !pageShown.get() ? new double[] {0.44, 0.74} : n == 4 ? new double[] {0.32, 0.62, 0.81}
                : evenly(n);
        String kept = settings.get("window.dividers." + arrangement(), null);
        if (kept == null) {
            return defaults;
        }
        try {
            double[] d = Arrays.stream(kept.split(",")).mapToDouble(Double::parseDouble).toArray();
            boolean sane = d.length == defaults.length;
            for (int i = 0; sane && i < d.length; i++) {
                sane = d[i] > 0 && d[i] < 1 && (i == 0 || d[i] > d[i - 1]);
            }
            return sane ? d : defaults;
        } catch (NumberFormatException e) {
            return defaults;
        }
    }

    private static double[] evenly(int n) {
        double[] d = new double[Math.max(0, n - 1)];
        for (int i = 0; i < d.length; i++) {
            d[i] = 0.5 + 0.5 * i / Math.max(1, d.length); // the text half, the others the rest
        }
        return d;
    }

    private void watchDividers() {
        for (SplitPane.Divider d : panes.getDividers()) {
            d.positionProperty().addListener((obs, was, now) -> {
                if (!arranging) {
                    settings.set("window.dividers." + arrangement(), Arrays.stream(panes.getDividerPositions())
                            .mapToObj(x -> String.format(Locale.ROOT, "%.4f", x)).collect(Collectors.joining(",")));
                }
            });
        }
    }
}
