package org.claimbench.ingest;

/** A document cannot be read; the message tells the user what is wrong and what to do. */
public class IngestException extends Exception {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
