package org.claimbench.analysis.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.claimbench.domain.AlignedRow;
import org.claimbench.domain.AmendmentKind;
import org.claimbench.domain.CountChange;
import org.claimbench.domain.CountChangeKind;
import org.claimbench.domain.PartyChange;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.PleadedCount;

/** The one-line summary of a comparison, in plain words with singular and plural right. */
final class Summary {

    private Summary() {
    }

    static String of(List<AlignedRow> rows, List<CountChange> counts, List<PartyChange> parties) {
        List<String> groups = new ArrayList<>();
        String paragraphs = paragraphs(rows);
        groups.add(paragraphs);
        List<String> countParts = new ArrayList<>();
        countPart(countParts, counts, CountChangeKind.DROPPED, "dropped");
        countPart(countParts, counts, CountChangeKind.ADDED, "added");
        countPart(countParts, counts, CountChangeKind.RENAMED, "renamed");
        for (CountChange c : counts) {
            if (c.kind() == CountChangeKind.RENUMBERED) {
                countParts.add(name(c.before()) + " is now " + name(c.after()));
            }
        }
        List<CountChange> retargeted = counts.stream().filter(c -> c.before() != null && c.after() != null && c.againstChanged()).toList();
        if (!retargeted.isEmpty()) {
            countParts.add(names(retargeted.stream().map(CountChange::after).toList()) + " pleaded against other parties");
        }
        if (!countParts.isEmpty()) {
            groups.add(String.join("; ", countParts));
        }
        List<String> partyParts = new ArrayList<>();
        for (PartyChange.Kind kind : PartyChange.Kind.values()) {
            for (PartyRole role : PartyRole.values()) {
                long n = parties.stream().filter(p -> p.kind() == kind && (p.party().role() == null ? PartyRole.OTHER : p.party().role()) == role).count();
                if (n > 0) {
                    String noun = switch (role) {
                        case PLAINTIFF -> n == 1 ? "plaintiff" : "plaintiffs";
                        case DEFENDANT -> n == 1 ? "defendant" : "defendants";
                        case OTHER -> n == 1 ? "other party" : "other parties";
                    };
                    partyParts.add(n + " " + noun + " " + kind.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (!partyParts.isEmpty()) {
            groups.add(String.join(", ", partyParts));
        }
        return String.join("; ", groups);
    }

    private static String paragraphs(List<AlignedRow> rows) {
        List<String> parts = new ArrayList<>();
        Predicate<AlignedRow> numbered = AlignedRow::numbered;
        Object[][] kinds = {
            {AmendmentKind.ADDED, "added"}, {AmendmentKind.REMOVED, "removed"}, {AmendmentKind.CHANGED, "changed"},
            {AmendmentKind.RENUMBERED, "renumbered"}, {AmendmentKind.SPLIT, "split"}, {AmendmentKind.MERGED, "merged"},
        };
        for (Object[] k : kinds) {
            AmendmentKind kind = (AmendmentKind) k[0];
            // a split counts the old paragraphs split, a merge the old paragraphs merged
            long n = rows.stream().filter(numbered).filter(r -> r.kind() == kind)
                    .mapToLong(r -> kind == AmendmentKind.MERGED ? r.before().size() : 1).sum();
            if (n > 0) {
                parts.add(parts.isEmpty() ? n + (n == 1 ? " paragraph " : " paragraphs ") + k[1] : n + " " + k[1]);
            }
        }
        if (parts.isEmpty()) {
            return rows.stream().anyMatch(numbered) ? "No paragraph changed" : "No numbered paragraphs";
        }
        return String.join(", ", parts);
    }

    private static void countPart(List<String> out, List<CountChange> counts, CountChangeKind kind, String verb) {
        List<PleadedCount> these = counts.stream().filter(c -> c.kind() == kind)
                .map(c -> c.after() != null ? c.after() : c.before()).toList();
        if (!these.isEmpty()) {
            out.add(names(these) + " " + verb);
        }
    }

    /** "Count IV", "Counts IV and V", "Counts II, IV and V". */
    static String names(List<PleadedCount> counts) {
        if (counts.size() == 1) {
            return name(counts.get(0));
        }
        List<String> labels = counts.stream().map(Summary::bare).toList();
        boolean plain = counts.stream().allMatch(Summary::numbered);
        String list = String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
        return plain ? "Counts " + list : list;
    }

    static String name(PleadedCount c) {
        return numbered(c) ? "Count " + c.label().strip() : bare(c);
    }

    private static boolean numbered(PleadedCount c) {
        return c.label() != null && c.label().strip().matches("(?i)[ivxlcdm]+|\\d+");
    }

    private static String bare(PleadedCount c) {
        if (numbered(c)) {
            return c.label().strip();
        }
        if (c.label() != null && !c.label().isBlank()) {
            return c.label().strip();
        }
        return c.title() == null || c.title().isBlank() ? "a count" : "\u201c" + c.title().strip() + "\u201d";
    }
}
