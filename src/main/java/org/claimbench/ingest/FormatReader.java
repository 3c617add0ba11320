package org.claimbench.ingest;

import java.util.List;
import java.util.Set;

/**
 * Reads the files of one or more formats into lines with their page:line and role: the first stage of an import. A
 * new format is one class that implements this and one line in {@link #ALL}; {@link Readers} picks the reader by the
 * file's content.
 */
public interface FormatReader {

    /** The formats it reads. */
    Set<DocumentFormat> formats();

    /**
     * Reads a file whose content is {@code format}: pages of a PDF or images laid out (and recognised where they are
     * scans, as {@code ocr} says, on up to {@code threads} threads), the others line by line.
     */
    Readers.Read read(byte[] bytes, DocumentFormat format, OcrOptions ocr, Progress progress, int threads) throws IngestException;

    /** The readers of every format ClaimBench reads. */
    List<FormatReader> ALL = List.of(
            of(Set.of(DocumentFormat.PDF), (b, f, o, p, t) -> Readers.Read.of(f, PdfReader.layout(b, p, t, o))),
            of(Set.of(DocumentFormat.PNG, DocumentFormat.JPEG, DocumentFormat.TIFF),
                    (b, f, o, p, t) -> Readers.Read.of(f, ImagePages.layout(b, f, p, t, o))),
            of(Set.of(DocumentFormat.DOCX), (b, f, o, p, t) -> Readers.Read.of(f, DocxReader.read(b, p))),
            of(Set.of(DocumentFormat.HTML), (b, f, o, p, t) -> Readers.Read.of(f, HtmlReader.read(TextDecoder.decode(b)))),
            of(Set.of(DocumentFormat.MARKDOWN), (b, f, o, p, t) -> Readers.Read.of(f, MarkdownReader.read(TextDecoder.decode(b)))),
            of(Set.of(DocumentFormat.TEXT), (b, f, o, p, t) -> Readers.Read.of(f, TextLines.of(TextDecoder.decode(b)))));

    /** What a reader does with a file, as a function. */
    @FunctionalInterface
    interface Reading {
        Readers.Read read(byte[] bytes, DocumentFormat format, OcrOptions ocr, Progress progress, int threads) throws IngestException;
    }

    /** A reader made of its formats and a function. */
    static FormatReader of(Set<DocumentFormat> formats, Reading reader) {
        return new FormatReader() {
            @Override
            public Set<DocumentFormat> formats() {
                return formats;
            }

            @Override
            public Readers.Read read(byte[] bytes, DocumentFormat format, OcrOptions ocr, Progress progress, int threads)
                    throws IngestException {
                return reader.read(bytes, format, ocr, progress, threads);
            }
        };
    }
}
