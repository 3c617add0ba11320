package org.claimbench.ui;

import org.claimbench.ui.wording.WordingRulesDialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.claimbench.domain.DocumentKind;
import org.claimbench.ingest.FixturePdfs;

/**
 * Takes the user guide's screenshots of the import flow on a real window. Run by hand on a display (or under
 * xvfb-run): {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=org.claimbench.ui.GuideScreenshots -Dexec.args=docs/images}
 */
public final class GuideScreenshots {

    private GuideScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path data = Files.createTempDirectory("claimbench-guide");
        Path pdf = data.resolve("roe-v-meridian-complaint.pdf");
        Files.write(pdf, FixturePdfs.pleadingPaper());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ClaimBenchApp app = new ClaimBenchApp(new AppOptions(data.toString(), null));
        app.init();
        Platform.runLater(() -> app.start(new Stage()));
        waitFor(() -> app.model() != null && app.model().document().loadedDocumentProperty().get() != null);

        // the working loop on the demo case: a contradicted allegation, with find open
        fx(() -> app.model().session().snapshotProperty().get().outline().stream().filter(n -> n.title().startsWith("\u00b6 40")).findFirst()
                .ifPresent(n -> app.model().session().selectedNodeProperty().set(n)));
        Thread.sleep(500);
        fx(() -> {
            app.window().documentPane().showFind();
        });
        fx(() -> {
            var field = (javafx.scene.control.TextField) app.window().stage().getScene().lookup("#find-field");
            field.setText("renew");
        });
        fx(() -> app.model().session().snapshotProperty().get().outline().stream().filter(n -> n.title().startsWith("\u00b6 40")).findFirst()
                .ifPresent(n -> app.model().document().focusPassage(app.model().evidence().linkedPassages(n).get(0).passage())));
        Thread.sleep(1200);
        shoot(app, out.resolve("working-loop.png"));

        // the evidence dialog, for the allegation pleaded on information and belief
        fx(() -> app.model().session().snapshotProperty().get().outline().stream().filter(n -> n.title().startsWith("\u00b6 18")).findFirst()
                .ifPresent(n -> app.model().session().selectedNodeProperty().set(n)));
        Thread.sleep(500);
        Platform.runLater(() -> app.window().evidencePane().addEvidence());
        waitFor(() -> javafx.stage.Window.getWindows().size() > 1);
        fx(() -> {
            var dialog = javafx.stage.Window.getWindows().stream().filter(w -> w != app.window().stage()).findFirst().orElseThrow();
            var description = (javafx.scene.control.TextField) dialog.getScene().lookup("#evidence-description");
            description.setText("Deposition of Meridian's solutions engineer");
            ((javafx.scene.control.TextField) dialog.getScene().lookup("#evidence-source")).setText("Notice of deposition");
        });
        Thread.sleep(800);
        shootAndClose(otherWindow(app), out.resolve("evidence-dialog.png"));
        fx(() -> app.window().documentPane().showFind());
        fx(() -> ((javafx.scene.control.TextField) app.window().stage().getScene().lookup("#find-field")).setText(""));

        // wording flags: the allegation of ¶ 18 with its flags, one confirmed, in the checklist pane and the text
        fx(() -> app.model().session().snapshotProperty().get().outline().stream().filter(n -> n.title().startsWith("\u00b6 18")).findFirst()
                .ifPresent(n -> app.model().session().selectedNodeProperty().set(n)));
        waitFor(() -> !app.model().wording().flagsOf(app.model().session().selectedNodeProperty().get()).isEmpty());
        fx(() -> {
            var f = app.model().wording().flagsOf(app.model().session().selectedNodeProperty().get()).get(0);
            app.model().wording().decideFlag(f.documentId(), f.flag(), org.claimbench.domain.FlagVerdict.CONFIRMED);
        });
        waitFor(() -> !app.model().session().snapshotProperty().get().flagDecisions().isEmpty());
        fx(() -> {
            var area = app.window().documentPane().textArea();
            int at = app.model().wording().flagsOf(app.model().session().selectedNodeProperty().get()).get(0).flag().start();
            area.showParagraphAtTop(Math.max(0, area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 3));
            area.moveTo(at);
            area.requestFocus();
        });
        Thread.sleep(1200);
        shoot(app, out.resolve("wording-flags.png"));
        fx(() -> app.model().edits().undo());
        Thread.sleep(500);

        // what a count incorporates: Count II takes in Count I too
        fx(() -> app.model().session().snapshotProperty().get().outline().stream().filter(n -> n.title().startsWith("Count II ")).findFirst()
                .ifPresent(n -> app.model().session().selectedNodeProperty().set(n)));
        Thread.sleep(800);
        shoot(app, out.resolve("incorporation.png"));

        // a search of the whole case
        fx(() -> app.window().searchCase());
        fx(() -> {
            var search = app.window().searchWindow().stage().getScene();
            ((javafx.scene.control.TextField) search.lookup("#case-search-field")).setText("renew");
            ((javafx.scene.control.Button) search.lookup("#case-search-button")).fire();
        });
        Thread.sleep(1500);
        shootAndClose(app.window().searchWindow().stage(), out.resolve("case-search.png"));

        // the list of flags, two of them decided
        fx(() -> app.window().reviewFlags());
        fx(() -> {
            var rows = app.window().flagReview().table().getItems();
            app.model().wording().decideFlag(rows.get(0).documentId(), rows.get(0).flag(), org.claimbench.domain.FlagVerdict.CONFIRMED);
        });
        Thread.sleep(400);
        fx(() -> {
            var rows = app.window().flagReview().table().getItems();
            app.model().wording().decideFlag(rows.get(2).documentId(), rows.get(2).flag(), org.claimbench.domain.FlagVerdict.DISMISSED);
        });
        waitFor(() -> app.model().session().snapshotProperty().get().flagDecisions().size() == 2);
        fx(() -> app.window().flagReview().table().getSelectionModel().select(3));
        Thread.sleep(800);
        shootAndClose(otherWindow(app), out.resolve("flag-review.png"));
        fx(() -> app.model().edits().undo());
        Thread.sleep(300);
        fx(() -> app.model().edits().undo());
        Thread.sleep(300);

        // the wording rules dialog, shot and closed without saving
        Platform.runLater(() -> app.model().wording().loadWordingRules((builtIn, user) ->
                WordingRulesDialog.edit(app.window().stage(), builtIn, user)));
        waitFor(() -> javafx.stage.Window.getWindows().size() > 1);
        Thread.sleep(800);
        shootAndClose(otherWindow(app), out.resolve("wording-rules.png"));

        // the import goes into a new case, as it does when no case is open
        fx(() -> app.model().caseFiles().newCase("Roe v. Meridian Cloud, Inc."));
        waitFor(() -> app.model().session().snapshotProperty().get() != null && app.model().session().documents().isEmpty());
        fx(() -> app.model().importing().importFile(pdf, DocumentKind.COMPLAINT, null));
        waitFor(() -> app.model().document().loadedDocumentProperty().get() != null
                && pdf.getFileName().toString().equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));
        fx(() -> app.model().outline().buildOutlineFromCounts());
        waitFor(() -> app.model().session().snapshotProperty().get().outline().size() == 3);
        fx(() -> {
            var area = app.window().documentPane().textArea();
            int at = area.getText().indexOf("On information and belief, Meridian's solutions engineer");
            area.showParagraphAtTop(Math.max(0, area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor() - 3));
            area.moveTo(at);
            area.requestFocus();
        });
        Thread.sleep(1500);
        shoot(app, out.resolve("imported-complaint.png"));

        // the original page beside the text: a passage of the imported complaint highlighted, selected and boxed on its page
        fx(() -> {
            String text = app.window().documentPane().textArea().getText();
            int at = text.indexOf("On information and belief, Meridian's solutions engineer");
            app.model().document().highlight(at, at + "On information and belief, Meridian's solutions engineer".length());
        });
        waitFor(() -> app.model().session().selectedPassageProperty().get() != null);
        fx(() -> app.model().pages().showingProperty().set(true));
        fx(() -> app.model().document().focusPassage(app.model().session().selectedPassageProperty().get()));
        Thread.sleep(3000);
        shoot(app, out.resolve("page-view.png"));
        fx(() -> app.model().pages().showingProperty().set(false));
        fx(() -> app.model().edits().undo());
        Thread.sleep(500);

        // View ▸ How the document was read: the same complaint, line by line, scrolled to its first paragraphs
        fx(() -> app.model().importing().showLayoutOf(app.model().session().selectedDocumentProperty().get()));
        waitFor(() -> app.window().layoutWindow() != null && app.window().layoutWindow().stage().isShowing());
        fx(() -> {
            var table = app.window().layoutWindow().table();
            int at = 0;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).text().startsWith("INTRODUCTION")) {
                    at = i;
                    break;
                }
            }
            table.scrollTo(Math.max(0, at - 6));
            table.getSelectionModel().select(at);
        });
        Thread.sleep(1000);
        shootAndClose(app.window().layoutWindow().stage(), out.resolve("layout-view.png"));

        // a scanned page, recognised: its uncertain words underlined, the first one selected, then the correction dialog
        Path scan = data.resolve("scanned-page.pdf");
        Files.write(scan, FixturePdfs.scannedComplaint(1));
        fx(() -> app.model().importing().importFile(scan, DocumentKind.EXHIBIT, "Complaint as served (scan)"));
        waitFor(() -> app.model().document().loadedDocumentProperty().get() != null
                && scan.getFileName().toString().equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));
        fx(() -> {
            var area = app.window().documentPane().textArea();
            area.requestFocus();
            area.moveTo(0);
            app.window().documentPane().stepUncertain(1);
        });
        Thread.sleep(1200);
        shoot(app, out.resolve("scanned-text.png"));
        Platform.runLater(() -> app.window().documentPane().correctRecognisedText());
        waitFor(() -> javafx.stage.Window.getWindows().size() > 1);
        Thread.sleep(800);
        shootAndClose(otherWindow(app), out.resolve("correct-text.png"));

        // an amended complaint compared with the complaint it amends, side by side
        Path amended = data.resolve("roe-v-meridian-first-amended-complaint.txt");
        Files.writeString(amended, amendedComplaint());
        fx(() -> app.model().importing().importFile(amended, DocumentKind.AMENDED_COMPLAINT, "First amended complaint"));
        waitFor(() -> app.model().document().loadedDocumentProperty().get() != null
                && amended.getFileName().toString().equals(app.model().document().loadedDocumentProperty().get().view().document().fileName()));
        fx(() -> app.window().compareVersions());
        waitFor(() -> !app.window().compareWindow().rows().getItems().isEmpty());
        fx(() -> {
            var rows = app.window().compareWindow().rows();
            rows.getItems().stream().filter(r -> r.where().startsWith("\u00b6 20")).findFirst().ifPresent(r -> {
                rows.getSelectionModel().select(r);
                rows.scrollTo(Math.max(0, rows.getItems().indexOf(r) - 2));
            });
        });
        Thread.sleep(1200);
        shootAndClose(app.window().compareWindow().stage(), out.resolve("compare-versions.png"));
        Platform.exit();
        System.exit(0);
    }

    /**
     * The demo complaint as amended: a second defendant in the caption and a paragraph about it (the later paragraphs
     * renumbered), words changed in three paragraphs, and one paragraph taken out.
     */
    private static String amendedComplaint() throws java.io.IOException {
        String text;
        try (var in = GuideScreenshots.class.getResourceAsStream("/org/claimbench/demo/complaint.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        text = text.replace("MERIDIAN CLOUD, INC., a Delaware corporation; and DOES",
                        "MERIDIAN CLOUD, INC., a Delaware corporation; HALVERSON DATA SERVICES LLC, a California limited liability company; and DOES")
                .replace("COMPLAINT FOR DAMAGES", "FIRST AMENDED COMPLAINT FOR DAMAGES")
                .replace("at an annual fee of $1,240,000.", "at an annual fee of $1,420,000, paid in advance each August.")
                .replace("Upon information and belief, Meridian knew that", "Meridian's own account plans for QuickPost record that")
                .replace("Meridian knew or should have known that QuickPost", "Meridian knew, from the report attached as Exhibit A and from its account team, that QuickPost");
        StringBuilder b = new StringBuilder();
        int shift = 0;
        boolean prayer = false;
        for (String line : text.split("\n", -1)) {
            prayer |= line.startsWith("PRAYER");
            var m = java.util.regex.Pattern.compile("^(\\d+)\\. (.*)$").matcher(line);
            if (!prayer && m.matches()) {
                int n = Integer.parseInt(m.group(1));
                if (m.group(2).contains("allegedly allowed QuickPost")) {
                    shift--;
                    continue; // the paragraph and its blank line go
                }
                b.append(n + shift).append(". ").append(m.group(2)).append('\n');
                if (n == 8) {
                    shift++;
                    b.append('\n').append(n + shift).append(". Defendant Halverson Data Services LLC is a California limited liability company")
                            .append(" that resold Meridian's hosting capacity to QuickPost from 2015 until the site was seized.\n");
                }
                continue;
            }
            b.append(line).append('\n');
        }
        return b.toString().replace("\n\n\n", "\n\n");
    }

    /** The window on show besides the main one: a dialog, or the list of flags. */
    private static javafx.stage.Window otherWindow(ClaimBenchApp app) throws Exception {
        javafx.stage.Window[] found = new javafx.stage.Window[1];
        fx(() -> found[0] = javafx.stage.Window.getWindows().stream().filter(w -> w != app.window().stage() && w.isShowing())
                .findFirst().orElseThrow());
        return found[0];
    }

    /** Saves a window's scene as a PNG, then closes the window. */
    private static void shootAndClose(javafx.stage.Window window, Path file) throws Exception {
        fx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null), "png", file.toFile());
            } catch (Exception e) {
                e.printStackTrace();
            }
            ((Stage) window).close();
        });
    }

    private static void shoot(ClaimBenchApp app, Path file) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(app.window().stage().getScene().snapshot(null), null), "png", file.toFile());
            } catch (Exception e) {
                e.printStackTrace();
            }
            done.countDown();
        });
        done.await(10, TimeUnit.SECONDS);
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            r.run();
            done.countDown();
        });
        done.await(10, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            boolean[] ok = new boolean[1];
            fx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }
}
