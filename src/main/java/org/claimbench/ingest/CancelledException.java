package org.claimbench.ingest;

/** The user cancelled a long read; nothing was kept. */
public class CancelledException extends IngestException {

    public CancelledException() {
        super("Cancelled. Nothing was imported.");
    }
}
