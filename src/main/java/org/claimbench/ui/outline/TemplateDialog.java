package org.claimbench.ui.outline;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import org.claimbench.analysis.ElementTemplates;
import org.claimbench.domain.OutlineNode;
import org.claimbench.ui.session.Dialogs;

/** Outline ▸ Apply element template and Save count as template. */
public final class TemplateDialog {

    private TemplateDialog() {
    }

    /** The templates in order of fit for the selected count, the best marked; the one chosen is applied. */
    public static void apply(Window owner, OutlineViewModel model, Dialogs dialogs) {
        OutlineNode count = model.selectedCount();
        if (count == null) {
            dialogs.error("No count selected", "Select a count (or anything under it) in the outline first.");
            return;
        }
        model.loadTemplates(count, list -> {
            ListView<ElementTemplates.Template> view = new ListView<>();
            view.setId("template-list");
            view.getItems().setAll(list);
            view.setPrefSize(560, 360);
            view.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(ElementTemplates.Template t, boolean empty) {
                    super.updateItem(t, empty);
                    setText(empty || t == null ? null : t.name() + "  \u2014  " + t.elements().size() + " elements"
                            + (getIndex() == 0 ? "  (suggested)" : ""));
                }
            });
            view.getSelectionModel().selectFirst();
            Dialog<ElementTemplates.Template> d = new Dialog<>();
            d.initOwner(owner);
            d.setTitle("Apply element template");
            d.setHeaderText("Add the elements of a cause of action to \u201c" + count.title() + "\u201d");
            d.getDialogPane().setContent(view);
            d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            d.setResultConverter(b -> b == ButtonType.OK ? view.getSelectionModel().getSelectedItem() : null);
            d.showAndWait().ifPresent(t -> model.applyTemplate(count, t));
        });
    }

    public static void save(OutlineViewModel model, Dialogs dialogs) {
        OutlineNode count = model.selectedCount();
        if (count == null) {
            dialogs.error("No count selected", "Select a count (or anything under it) in the outline first.");
            return;
        }
        dialogs.askText("Save count as template", "Name of the template (its elements are those of \u201c" + count.title() + "\u201d)", "")
                .ifPresent(name -> model.saveCountAsTemplate(count, name));
    }
}
