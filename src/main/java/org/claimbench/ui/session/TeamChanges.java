package org.claimbench.ui.session;

import java.util.Objects;
import java.util.concurrent.Executor;

import org.claimbench.service.CaseSnapshot;
import org.claimbench.store.ChangeListener;

/**
 * Keeps the open case as the team store has it: when another user (or another program) changes the case on show, it is
 * read again on the interactive lane and shown with the reader's selection kept, and the status bar says who changed
 * what. Notices that come while a refresh is under way make one more refresh after it, not one each. While the line to
 * the server is down this says so; when it is back, the case is read again, since anything may have changed meanwhile.
 */
public final class TeamChanges implements ChangeListener {

    private final CaseSession session;
    private final EditController edits;
    private final Executor fx;
    /** The stamps of the texts of the case on show as last read (see CaseService.textStamps); null until read. */
    private java.util.Map<Long, Integer> texts;
    private Long textsOf;
    /** A refresh is on the lane; another notice makes {@link #again} true, for one refresh more once it is back. */
    private boolean refreshing;
    private boolean again;

    /** @param fx runs a step on the FX thread (Platform::runLater in the window) */
    public TeamChanges(CaseSession session, EditController edits, Executor fx) {
        this.session = Objects.requireNonNull(session);
        this.edits = Objects.requireNonNull(edits);
        this.fx = Objects.requireNonNull(fx);
        session.onShown(this::readTexts);
        if (session.current() != null) {
            readTexts(session.current());
        }
    }

    /** Reads the stamps of a case's texts when it comes on show, to tell later whether someone else corrected one. */
    private void readTexts(CaseSnapshot s) {
        long id = s.legalCase().id();
        if (textsOf != null && textsOf == id) {
            return;
        }
        textsOf = id;
        texts = null;
        session.tasks().run("Reading the texts' stamps", () -> session.cases().textStamps(id), stamps -> {
            if (textsOf != null && textsOf == id && texts == null) {
                texts = stamps;
            }
        }, e -> org.slf4j.LoggerFactory.getLogger(TeamChanges.class)
                .warn("Could not read the stamps of the texts of case {}: another user's corrections show when it is opened again", id, e));
    }

    @Override
    public void caseChanged(long caseId) {
        fx.execute(() -> {
            Long open = session.caseId();
            if (open != null && open == caseId) {
                refresh(open);
            }
        });
    }

    @Override
    public void connection(boolean up) {
        fx.execute(() -> {
            session.setStoreConnected(up);
            Long open = session.caseId();
            if (up && open != null) { // while it is down, the status bar's name of the store says so
                refresh(open);
            }
        });
    }

    /** What a refresh read: the case as it is now (null when it is gone), and who changed it last. */
    private record Fresh(CaseSnapshot snapshot, String lastChange, java.util.Map<Long, Integer> texts) {
    }

    private void refresh(long caseId) {
        if (refreshing) {
            again = true;
            return;
        }
        refreshing = true;
        session.tasks().run("Refreshing", () -> session.cases().exists(caseId)
                ? new Fresh(session.cases().snapshot(caseId), session.cases().lastChange(caseId).orElse(null),
                        session.cases().textStamps(caseId))
                : new Fresh(null, null, null), fresh -> {
            done(caseId);
            Long open = session.caseId();
            if (open == null || open != caseId) {
                return; // the reader went to another case meanwhile
            }
            if (fresh.snapshot() == null) {
                session.clear();
                session.say("The case that was on show is no longer in the team store for you: another user deleted it, "
                        + "or took you off it");
                return;
            }
            session.show(fresh.snapshot(), Selection.KEEP);
            boolean textChanged = texts != null && Objects.equals(textsOf, caseId) && !texts.equals(fresh.texts());
            texts = fresh.texts();
            textsOf = caseId;
            if (textChanged) {
                edits.textChangedElsewhere(); // a correction: the text on show is read again
            }
            session.say(fresh.lastChange() == null ? "The case was changed on the team store; shown as it is now"
                    : fresh.lastChange() + "; shown as it is now");
        }, e -> {
            done(caseId);
            session.say("The case could not be read again: " + CaseSession.messageOf(e));
        });
    }

    private void done(long caseId) {
        refreshing = false;
        if (again) {
            again = false;
            Long open = session.caseId();
            if (open != null && open == caseId) {
                refresh(caseId);
            }
        }
    }
}
