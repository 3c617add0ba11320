package org.claimbench.ui.document;

import org.claimbench.ui.common.Forms;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;
import org.claimbench.domain.SegmentKind;
import org.claimbench.domain.ShortNames;
import org.claimbench.domain.TextSource;
import org.claimbench.service.DocumentView;

/**
 * What ClaimBench knows of the document on show: its short name for cites and, for an Answer, the complaint it answers
 * (the fields that can be changed here),
 * its file, when it was imported, its pages and paragraphs, and how its text was obtained (from the file, or
 * recognised from page images, with the engine, language, confidence and the corrections made since). Read from the
 * loaded view: nothing is fetched on the FX thread.
 */
public final class DocumentPropertiesDialog {

    private DocumentPropertiesDialog() {
    }

    public static void show(Window owner, LoadedDocument loaded, DocumentViewModel model) {
        if (loaded == null) {
            return;
        }
        Document now = model.documentNow(loaded.view().document().id());
        Document d = now != null ? now : loaded.view().document();
        String worked = ShortNames.defaultFor(d.kind(), d.title());
        TextField shortName = new TextField(d.shortName() == null ? "" : d.shortName());
        shortName.setId("document-short-name");
        shortName.setPromptText(worked);
        shortName.setPrefColumnCount(16);
        shortName.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= ShortNames.MAX ? c : null));
        Label hint = new Label("Cites name the document so: \u201c\u2026\u201d " + d.citeName() + " \u00b6 12. Leave it blank for "
                + worked + ", worked out from its kind and title.");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.getStyleClass().add("muted");
        GridPane g = Forms.grid();
        g.addRow(0, new Label("Short name"), shortName);
        g.add(hint, 1, 1);
        int row = 2;
        ComboBox<Document> answers = null;
        if (d.kind() == DocumentKind.ANSWER) {
            // which complaint the Answer answers: changing it reads the Answer's responses against the one chosen
            answers = new ComboBox<>(FXCollections.observableArrayList(model.complaints()));
            answers.setId("document-answers");
            answers.setPromptText("no complaint");
            answers.setConverter(new StringConverter<>() {
                @Override
                public String toString(Document c) {
                    return c == null ? "" : c.title() + " (" + c.citeName() + ")";
                }

                @Override
                public Document fromString(String s) {
                    return null;
                }
            });
            Document answered = model.answered(d.id());
            answers.getItems().stream().filter(c -> answered != null && c.id() == answered.id()).findFirst().ifPresent(answers::setValue);
            Label answersHint = new Label("The complaint whose paragraphs this Answer's responses are read against.");
            answersHint.setWrapText(true);
            answersHint.setMaxWidth(460);
            answersHint.getStyleClass().add("muted");
            g.addRow(row++, new Label("Answers"), answers);
            g.add(answersHint, 1, row++);
        }
        ComboBox<Document> chosen = answers;
        for (String[] r : rows(loaded.view())) {
            Label value = new Label(r[1]);
            value.setWrapText(true);
            value.setMaxWidth(460);
            value.setId("document-property-" + r[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
            g.addRow(row++, new Label(r[0]), value);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Document properties");
        dialog.setHeaderText(d.title());
        dialog.getDialogPane().setContent(g);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            model.editShortName(d.id(), shortName.getText());
            if (chosen != null && chosen.getValue() != null) {
                model.answerAgainst(d.id(), chosen.getValue().id());
            }
        });
    }

    /** The properties as label and value, in the order shown. */
    static java.util.List<String[]> rows(DocumentView v) {
        Document d = v.document();
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"Kind", d.kind().label()});
        rows.add(new String[] {"File", d.fileName() == null ? "(none)" : d.fileName()});
        rows.add(new String[] {"Imported", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(d.created())});
        int pages = v.lines().isEmpty() ? 0 : v.lines().get(v.lines().size() - 1).page();
        long paragraphs = v.segments().stream().filter(s -> s.kind() == SegmentKind.NUMBERED_PARAGRAPH).count();
        rows.add(new String[] {"Pages", pages == 0 ? "not paginated" : String.valueOf(pages)});
        rows.add(new String[] {"Numbered paragraphs", String.valueOf(paragraphs)});
        rows.add(new String[] {"Counts", String.valueOf(v.counts().size())});
        rows.add(new String[] {"Citations", String.valueOf(v.citations().size())});
        TextSource s = v.textSource();
        rows.add(new String[] {"Text", switch (s.kind()) {
            case TextSource.TEXT_LAYER -> "read from the PDF's own text layer";
            case TextSource.FILE_TEXT -> "read from the file's own text";
            case TextSource.OCR -> "recognised from page images (OCR)";
            default -> "partly recognised from page images (OCR), partly read from the text layer";
        }});
        if (s.recognised()) {
            rows.add(new String[] {"Recognition", s.engine() + ", language " + s.language() + ": " + s.pagesRecognised() + " of "
                    + s.pages() + " pages"});
            rows.add(new String[] {"Confidence", String.format(Locale.ROOT, "%.0f of 100 on average over %,d words; %,d read with less than %.0f",
                    s.meanConfidence(), s.words(), s.uncertainWords(), TextSource.UNCERTAIN_BELOW)});
            rows.add(new String[] {"Uncertain words", v.uncertainWords().size() + " still marked (F7 steps through them)"});
            rows.add(new String[] {"Corrections", v.corrections().size() + " made by you"});
        }
        rows.add(new String[] {"SHA-256", d.sha256()});
        return rows;
    }
}
