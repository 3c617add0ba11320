package org.claimbench.cli;

import java.util.ArrayList;
import java.util.List;

final class Numbers {

    private Numbers() {
    }

    /** "1–30, 33, 35–36" for a sorted list of paragraph numbers. */
    static String ranges(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(numbers.get(i)) : numbers.get(i) + "\u2013" + numbers.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
