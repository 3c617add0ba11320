package org.claimbench.ui.session;

/**
 * What to select once a case is shown: a document, an outline node and a passage, each by id. A null id keeps what
 * is selected now (in the same case), or takes the default (in another case).
 */
public record Selection(Long documentId, Long nodeId, Long passageId) {

    /** Keep what is selected. */
    public static final Selection KEEP = new Selection(null, null, null);

    public static Selection document(long id) {
        return new Selection(id, null, null);
    }

    public static Selection node(long id) {
        return new Selection(null, id, null);
    }

    public static Selection passage(long id) {
        return new Selection(null, null, id);
    }

    /**
     * Where a task that runs on a worker notes what it made, for the window to select when the task is done. One
     * per task: it is filled on the worker and read on the FX thread after the task has ended.
     */
    public static final class Made {
        private volatile Long documentId;
        private volatile Long nodeId;
        private volatile Long passageId;

        public void document(long id) {
            documentId = id;
        }

        public void node(long id) {
            nodeId = id;
        }

        public void passage(long id) {
            passageId = id;
        }

        public Selection selection() {
            return new Selection(documentId, nodeId, passageId);
        }
    }
}
