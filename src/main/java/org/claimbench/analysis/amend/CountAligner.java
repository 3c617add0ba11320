package org.claimbench.analysis.amend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimbench.domain.CountChange;
import org.claimbench.domain.CountChangeKind;
import org.claimbench.domain.Party;
import org.claimbench.domain.PartyChange;
import org.claimbench.domain.PartyRole;
import org.claimbench.domain.PleadedCount;

/**
 * Counts and parties of two versions. Counts are aligned in order: first those whose normalised title occurs once on
 * each side (kept in order), then, between those, a count with the same number and a similar title
 * ({@link Amendments#TITLE_SIMILAR}, Dice over title words), then one in the same place between the anchors with a
 * similar title. Parties are compared by role and normalised name.
 */
final class CountAligner {

    private CountAligner() {
    }

    static List<CountChange> counts(List<PleadedCount> before, List<PleadedCount> after) {
        List<PleadedCount> olds = new ArrayList<>(before);
        List<PleadedCount> news = new ArrayList<>(after);
        olds.sort(Comparator.comparingInt(PleadedCount::ordinal));
        news.sort(Comparator.comparingInt(PleadedCount::ordinal));
        int[] match = new int[olds.size()];
        java.util.Arrays.fill(match, -1);
        boolean[] taken = new boolean[news.size()];
        // 1. titles that occur once on each side, in order
        Map<String, int[]> seen = new LinkedHashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            int[] s = seen.computeIfAbsent(title(olds.get(i)), k -> new int[] {0, -1, 0, -1});
            s[0]++;
            s[1] = i;
        }
        for (int j = 0; j < news.size(); j++) {
            int[] s = seen.get(title(news.get(j)));
            if (s != null) {
                s[2]++;
                s[3] = j;
            }
        }
        int lastJ = -1;
        for (int[] s : seen.values().stream().sorted(Comparator.comparingInt(s -> s[1])).toList()) {
            if (s[0] == 1 && s[2] == 1 && !title(olds.get(s[1])).isEmpty() && s[3] > lastJ) {
                match[s[1]] = s[3];
                taken[s[3]] = true;
                lastJ = s[3];
            }
        }
        // 2. and 3. between anchors: same number and similar title, then same place and similar title
        int i = 0;
        while (i < olds.size()) {
            if (match[i] >= 0) {
                i++;
                continue;
            }
            int i1 = i;
            while (i1 < olds.size() && match[i1] < 0) {
                i1++;
            }
            int j0 = i == 0 ? 0 : match[i - 1] + 1;
            int j1 = i1 < olds.size() ? match[i1] : news.size();
            int floor = j0;
            for (int k = i; k < i1; k++) {
                for (int j = floor; j < j1; j++) {
                    if (!taken[j] && sameLabel(olds.get(k), news.get(j)) && dice(olds.get(k).title(), news.get(j).title()) >= Amendments.TITLE_SIMILAR) {
                        match[k] = j;
                        taken[j] = true;
                        floor = j + 1;
                        break;
                    }
                }
            }
            for (int k = i; k < i1; k++) {
                int j = j0 + (k - i);
                if (match[k] < 0 && j < j1 && !taken[j] && (k == i || match[k - 1] < j) && (k + 1 >= i1 || match[k + 1] < 0 || match[k + 1] > j)
                        && dice(olds.get(k).title(), news.get(j).title()) >= Amendments.TITLE_SIMILAR) {
                    match[k] = j;
                    taken[j] = true;
                }
            }
            i = i1;
        }
        List<CountChange> out = new ArrayList<>();
        int j = 0;
        for (int k = 0; k < olds.size(); k++) {
            if (match[k] < 0) {
                out.add(new CountChange(CountChangeKind.DROPPED, olds.get(k), null, List.of(), List.of()));
                continue;
            }
            while (j < match[k]) {
                if (!taken[j]) {
                    out.add(new CountChange(CountChangeKind.ADDED, null, news.get(j), List.of(), List.of()));
                }
                j++;
            }
            out.add(change(olds.get(k), news.get(match[k])));
            j = match[k] + 1;
        }
        for (; j < news.size(); j++) {
            if (!taken[j]) {
                out.add(new CountChange(CountChangeKind.ADDED, null, news.get(j), List.of(), List.of()));
            }
        }
        return out;
    }

    private static CountChange change(PleadedCount old, PleadedCount now) {
        Set<String> oldAgainst = new HashSet<>();
        old.against().forEach(p -> oldAgainst.add(name(p)));
        Set<String> newAgainst = new HashSet<>();
        now.against().forEach(p -> newAgainst.add(name(p)));
        List<String> added = now.against().stream().filter(p -> !oldAgainst.contains(name(p))).toList();
        List<String> dropped = old.against().stream().filter(p -> !newAgainst.contains(name(p))).toList();
        CountChangeKind kind;
        if (!sameLabel(old, now)) {
            kind = CountChangeKind.RENUMBERED;
        } else if (!title(old).equals(title(now))) {
            kind = CountChangeKind.RENAMED;
        } else if (!added.isEmpty() || !dropped.isEmpty()) {
            kind = CountChangeKind.RETARGETED;
        } else {
            kind = CountChangeKind.UNCHANGED;
        }
        return new CountChange(kind, old, now, added, dropped);
    }

    private static boolean sameLabel(PleadedCount x, PleadedCount y) {
        return Words.normalised(x.label()).equals(Words.normalised(y.label()));
    }

    private static final Set<String> NOT_TITLE = Set.of("count", "claim", "cause", "of", "action", "for", "against", "all", "defendants", "defendant");

    /** A count's title in normalised words. */
    static String title(PleadedCount c) {
        return Words.normalised(c.title());
    }

    static double dice(String x, String y) {
        Set<String> a = words(x);
        Set<String> b = words(y);
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Words.normalised(s).split(" ")) {
            if (!w.isEmpty() && !NOT_TITLE.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    // ---- parties -----------------------------------------------------------------------------------

    private static final Map<String, String> COMPANY = Map.ofEntries(
            Map.entry("corporation", "corp"), Map.entry("incorporated", "inc"), Map.entry("company", "co"),
            Map.entry("limited", "ltd"), Map.entry("l l c", "llc"), Map.entry("the", ""), Map.entry("and", "&"));

    /** A party's name for comparing: lower case, punctuation and spacing dropped, company forms shortened, "&" for "and", no leading "the". */
    static String name(String s) {
        String n = " " + Words.normalised(s == null ? "" : s.replace("&", " and ")) + " ";
        n = n.replace(" l l c ", " llc ").replace(" l p ", " lp ");
        StringBuilder sb = new StringBuilder();
        for (String w : n.strip().split(" ")) {
            String v = COMPANY.getOrDefault(w, w);
            if (!v.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(v);
            }
        }
        return sb.toString();
    }

    static List<PartyChange> parties(List<Party> before, List<Party> after) {
        Map<String, Integer> olds = tally(before);
        Map<String, Integer> news = tally(after);
        List<PartyChange> out = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (Party p : sorted(before)) {
            String key = key(p);
            if (used.merge(key, 1, Integer::sum) > news.getOrDefault(key, 0)) {
                out.add(new PartyChange(PartyChange.Kind.DROPPED, p));
            }
        }
        used.clear();
        for (Party p : sorted(after)) {
            String key = key(p);
            if (used.merge(key, 1, Integer::sum) > olds.getOrDefault(key, 0)) {
                out.add(new PartyChange(PartyChange.Kind.ADDED, p));
            }
        }
        return out;
    }

    private static List<Party> sorted(List<Party> parties) {
        List<Party> out = new ArrayList<>(parties);
        out.sort(Comparator.comparing((Party p) -> p.role() == null ? PartyRole.OTHER : p.role()).thenComparingInt(Party::position));
        return out;
    }

    private static String key(Party p) {
        return (p.role() == null ? PartyRole.OTHER : p.role()) + "|" + name(p.name());
    }

    private static Map<String, Integer> tally(List<Party> parties) {
        Map<String, Integer> out = new HashMap<>();
        for (Party p : parties) {
            out.merge(key(p), 1, Integer::sum);
        }
        return out;
    }
}
