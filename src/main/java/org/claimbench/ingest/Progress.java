package org.claimbench.ingest;

/** Where a long read reports how far it is, and learns whether the user cancelled it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(String message, long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(String message, long done, long total);

    boolean isCancelled();

    default void checkCancelled() throws CancelledException {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
