package org.claimbench.ui.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimbench.domain.AnchorState;
import org.claimbench.domain.FlagVerdict;
import org.claimbench.domain.Link;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.PageLine;
import org.claimbench.domain.PageLines;
import org.claimbench.domain.Passage;
import org.claimbench.domain.Segment;
import org.claimbench.domain.SupportLevel;
import org.claimbench.domain.TextCorrection;
import org.claimbench.domain.UncertainWord;
import org.claimbench.service.CaseSnapshot;

/** What the card over the text says of the character under the mouse: where it is, and every mark on it. */
final class HoverText {

    private HoverText() {
    }

    static List<String> at(LoadedDocument shown, CaseSnapshot s, int offset) {
        List<String> lines = new ArrayList<>();
        Segment seg = shown.view().segmentAt(offset);
        PageLine pl = PageLines.at(shown.view().lines(), offset);
        String cite = seg != null && seg.cite() != null ? seg.cite() : "";
        String where = cite + (pl != null ? (cite.isEmpty() ? "" : " \u00b7 ") + "page " + pl : "");
        if (!where.isEmpty()) {
            lines.add(where);
        }
        for (UncertainWord w : shown.view().uncertainWords()) {
            if (offset >= w.start() && offset < w.end()) {
                lines.add(String.format(Locale.ROOT, "Recognised with %.0f%% confidence \u2014 check it against the page;"
                        + " Ctrl+Shift+W corrects it", w.confidence()));
            }
        }
        for (TextCorrection c : shown.view().corrections()) {
            if (offset >= c.start() && offset < c.end()) {
                lines.add("Corrected by you: recognised as \u201c" + c.original() + "\u201d");
            }
        }
        long docId = shown.view().document().id();
        for (var f : shown.flags()) {
            if (offset >= f.start() && offset < f.end()) {
                FlagVerdict v = s.decisions().verdict(docId, f);
                lines.add("\u2691 " + f.label() + (v == FlagVerdict.CONFIRMED ? " \u2014 confirmed by you"
                        : v == FlagVerdict.DISMISSED ? " \u2014 dismissed by you"
                        : " \u2014 a reading aid: you decide (Ctrl+Shift+Y confirms, Ctrl+Shift+N dismisses)"));
            }
        }
        Map<Long, OutlineNode> nodes = new HashMap<>();
        s.outline().forEach(n -> nodes.put(n.id(), n));
        for (Passage p : s.passages()) {
            if (p.documentId() != docId || offset < p.start() || offset >= p.end()) {
                continue;
            }
            for (Link l : s.links()) {
                if (l.passageId() == p.id() && nodes.containsKey(l.nodeId())) {
                    SupportLevel lvl = s.support().get(l.nodeId());
                    lines.add((lvl == null ? "" : lvl.symbol() + " ") + l.role().name().toLowerCase(Locale.ROOT) + " \u2192 "
                            + nodes.get(l.nodeId()).title());
                }
            }
            if (p.note() != null) {
                lines.add("Note: " + p.note());
            }
            if (p.anchor() == AnchorState.CORRECTED) {
                lines.add("Highlighted before a correction: its quote keeps the words as first read, \u201c"
                        + (p.quote().length() > 80 ? p.quote().substring(0, 79) + "\u2026" : p.quote()) + "\u201d");
            }
        }
        return lines;
    }
}
