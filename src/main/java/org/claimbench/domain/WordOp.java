package org.claimbench.domain;

/**
 * A run of words of one {@link DiffOp} kind, with its place in both texts (UTF-16 offsets, end exclusive). An
 * {@code INSERT} has an empty old range where the words would go in the old text; a {@code DELETE} has an empty new
 * range where the words stood, seen from the new text. A run never crosses from one segment into another, so a
 * redline can be laid out segment by segment.
 */
public record WordOp(DiffOp op, int oldStart, int oldEnd, int newStart, int newEnd, int words) {

    public WordOp {
        if (oldStart < 0 || oldEnd < oldStart || newStart < 0 || newEnd < newStart) {
            throw new IllegalArgumentException("bad word run " + oldStart + ".." + oldEnd + " / " + newStart + ".." + newEnd);
        }
        if (op == DiffOp.INSERT && oldEnd != oldStart || op == DiffOp.DELETE && newEnd != newStart) {
            throw new IllegalArgumentException(op + " has words on one side only");
        }
    }
}
