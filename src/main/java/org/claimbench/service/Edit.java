package org.claimbench.service;

/**
 * One user edit, committed to the store when applied, and reversible. {@link #apply} may be called again after
 * {@link #revert} (redo), and then brings back exactly what it made the first time, ids included.
 * Both do store work: call them off the UI thread.
 */
public interface Edit {

    /** What the edit menu says: "Undo Highlight". */
    String label();

    void apply();

    void revert();

    /** Whether applying or reverting the edit changes a document's text, so that a view of it must be read again. */
    default boolean changesText() {
        return false;
    }

    /** True for an edit that turned out to change nothing (there was nothing to add): it is not kept for undo. */
    default boolean changesNothing() {
        return false;
    }

    /**
     * Several edits as one, reverted in reverse order. If a part is refused (someone else changed its rows since, say),
     * the parts already done are taken back again, so that the whole is done or not at all.
     */
    static Edit of(String label, Edit... parts) {
        return new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void apply() {
                for (int i = 0; i < parts.length; i++) {
                    try {
                        parts[i].apply();
                    } catch (RuntimeException e) {
                        for (int j = i - 1; j >= 0; j--) {
                            takeBack(e, parts[j]::revert);
                        }
                        throw e;
                    }
                }
            }

            @Override
            public void revert() {
                for (int i = parts.length - 1; i >= 0; i--) {
                    try {
                        parts[i].revert();
                    } catch (RuntimeException e) {
                        for (int j = i + 1; j < parts.length; j++) {
                            takeBack(e, parts[j]::apply);
                        }
                        throw e;
                    }
                }
            }
        };
    }

    /** Takes back a part already done of an edit that failed; a failure to do so is kept with the first one. */
    private static void takeBack(RuntimeException failure, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException again) {
            failure.addSuppressed(again);
        }
    }
}
