package org.claimbench.domain;

/** One printed line of a paginated original and the range of normalised text it became. */
public record SourceLine(int ordinal, int page, int line, int start, int end) {

    public PageLine pageLine() { return new PageLine(page, line); }
}
