package org.claimbench.ingest;

import java.util.List;

import org.claimbench.domain.DocumentKind;

/**
 * Turns the lines of a document into its structure: the last stage of an import. The pleading parser reads
 * complaints and every other kind; an Answer, whose paragraphs respond to a complaint's, is read by
 * {@link AnswerParser}, which adds its responses and defenses. {@link #forKind} chooses.
 */
public interface DocumentParser {

    ParsedPleading parse(List<RawLine> lines);

    /** The parser for documents of {@code kind} (null: not known yet, read as a pleading). */
    static DocumentParser forKind(DocumentKind kind) {
        return kind == DocumentKind.ANSWER ? new AnswerParser() : new PleadingParser();
    }
}
