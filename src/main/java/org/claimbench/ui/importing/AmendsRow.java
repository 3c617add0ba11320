package org.claimbench.ui.importing;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.claimbench.domain.Document;
import org.claimbench.domain.DocumentKind;

/**
 * The Import dialog's row "This amends: [pleading ▾]": which complaint of the case on show the file amends, or
 * nothing; for an Answer, "This answers: [complaint ▾]". Shown for a complaint or an amended complaint going into that case; it starts at the newest pleading when
 * the file is proposed as an amended complaint, and follows the kind chosen until the user picks a pleading.
 */
final class AmendsRow {

    /** "nothing": the file amends no pleading. */
    static final Document NOTHING = new Document(-1, -1, DocumentKind.OTHER, "nothing", null, null, null, null, -1, null, null);

    private AmendsRow() {
    }

    /** Adds the row to {@code grid} at {@code row}; null (no row) when the case on show has no pleading to amend. */
    static ChoiceBox<Document> add(GridPane grid, int row, ImportViewModel.Proposal proposal, ChoiceBox<DocumentKind> kind,
                                   RadioButton openCase) {
        if (proposal.openCase() == null || proposal.pleadings().isEmpty()) {
            return null;
        }
        ChoiceBox<Document> amends = new ChoiceBox<>();
        amends.setId("import-amends");
        amends.getItems().addAll(proposal.pleadings());
        amends.getItems().add(NOTHING);
        amends.setConverter(new StringConverter<>() {
            @Override
            public String toString(Document d) {
                return d == null ? "" : d == NOTHING ? "nothing" : d.title() + " (" + d.kind().label().toLowerCase(java.util.Locale.ROOT) + ")";
            }

            @Override
            public Document fromString(String s) {
                return null;
            }
        });
        amends.setTooltip(new Tooltip("The highlights of the pleading it amends are carried into this one: the same words at once, "
                + "changed or missing words to the review queue (Edit \u25b8 Review waiting highlights\u2026)"));
        boolean[] chosen = {false};
        amends.setValue(defaultFor(proposal, kind.getValue()));
        amends.setOnAction(e -> chosen[0] = true);
        kind.valueProperty().addListener((o, was, k) -> {
            if (!chosen[0]) {
                amends.setValue(defaultFor(proposal, k));
                chosen[0] = false; // set by the dialog, not by the user
            }
        });
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> kind.getValue() == DocumentKind.ANSWER ? "This answers" : "This amends",
                kind.valueProperty()));
        BooleanBinding shown = Bindings.createBooleanBinding(() -> (ImportViewModel.mayAmend(kind.getValue())
                || kind.getValue() == DocumentKind.ANSWER) && openCase.isSelected(), kind.valueProperty(), openCase.selectedProperty());
        for (javafx.scene.Node n : java.util.List.of(label, amends)) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
        grid.addRow(row, label, amends);
        return amends;
    }

    private static Document defaultFor(ImportViewModel.Proposal proposal, DocumentKind kind) {
        Document d = proposal.amendsFor(kind);
        return d == null ? NOTHING : d;
    }
}
