package org.claimbench.ingest;

import java.util.List;

import org.claimbench.domain.DocumentKind;

/**
 * Turns the lines of a document into its structure: the last stage of an import. The pleading parser reads
 * complaints and every other kind today; a kind of document with a structure of its own (an Answer, paragraph by
 * paragraph) gets a parser of its own here, chosen by {@link #forKind}.
 */
public interface DocumentParser {

    ParsedPleading parse(List<RawLine> lines);

    /** The parser for documents of {@code kind} (null: not known yet, read as a pleading). */
    static DocumentParser forKind(DocumentKind kind) {
        return new PleadingParser();
    }
}
