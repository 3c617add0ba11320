package org.claimbench.domain;

/** A line of a paginated original, cited as page:line (3:12). Both start at 1. */
public record PageLine(int page, int line) implements Comparable<PageLine> {

    public PageLine {
        if (page < 1 || line < 1) {
            throw new IllegalArgumentException("page and line start at 1: " + page + ":" + line);
        }
    }

    @Override
    public int compareTo(PageLine o) {
        return page != o.page ? Integer.compare(page, o.page) : Integer.compare(line, o.line);
    }

    @Override
    public String toString() { return page + ":" + line; }

    /** "3:12", "3:12–15" or "3:27–4:2"; null when {@code first} is null. */
    public static String span(PageLine first, PageLine last) {
        if (first == null) {
            return null;
        }
        if (last == null || last.equals(first)) {
            return first.toString();
        }
        if (last.page == first.page) {
            return first + "\u2013" + last.line;
        }
        return first + "\u2013" + last;
    }
}
