package org.claimbench.domain;

/**
 * An affirmative defense the Answer pleads ("FIRST AFFIRMATIVE DEFENSE (Failure to State a Claim)"): its place among
 * the defenses (from 1), its title, and its words ({@code start..end} in the Answer's text, with their page:line).
 */
public record AffirmativeDefense(int ordinal, String title, int start, int end, PageLine first, PageLine last) {

    public AffirmativeDefense {
        if (ordinal < 1 || title == null || title.isBlank() || start < 0 || end < start) {
            throw new IllegalArgumentException("a defense has a place, a title and its words");
        }
    }
}
