package org.claimbench.ui.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The report's preview: it opens with the first page, and each further page takes the place kept for it as it is
 * rendered. Printing waits for the last page; saving the PDF does not need the pages at all.
 */
final class PreviewWindow implements ReportViewModel.PreviewSink {

    /** The widest a page is shown, in pixels. */
    private static final double WIDTH = 820;

    private final Window owner;
    private final String paper;
    private final java.util.function.BiConsumer<ReportViewModel.ReportPages, Window> print;
    private final Consumer<ReportViewModel.ReportPages> save;
    private final Stage stage = new Stage();
    private final VBox column = new VBox(16);
    private final Label count = new Label();
    private final Button printButton = new Button("Print\u2026");
    private List<Image> images;
    private byte[] pdf;
    private int done;

    PreviewWindow(Window owner, String paper, java.util.function.BiConsumer<ReportViewModel.ReportPages, Window> print,
                  Consumer<ReportViewModel.ReportPages> save) {
        this.owner = owner;
        this.paper = paper;
        this.print = print;
        this.save = save;
    }

    @Override
    public void started(byte[] pdf, int pages, Image first) {
        this.pdf = pdf;
        this.images = new ArrayList<>(Collections.nCopies(pages, (Image) null));
        stage.initOwner(owner);
        stage.setTitle("Report preview \u2014 " + pages + (pages == 1 ? " page" : " pages"));
        column.setId("report-pages");
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(16));
        column.getStyleClass().add("report-pages");
        double height = WIDTH * first.getHeight() / first.getWidth();
        for (int i = 0; i < pages; i++) {
            // the place of a page not yet rendered, the size it will have, so that the scroll bar does not jump
            Label waiting = new Label("Page " + (i + 1) + "\u2026");
            StackPane place = new StackPane(waiting);
            place.getStyleClass().addAll("report-page", "report-page-waiting");
            place.setPrefSize(Math.min(WIDTH, first.getWidth()), Math.min(height, first.getHeight()));
            place.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
            column.getChildren().add(place);
        }
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        printButton.setId("preview-print");
        printButton.setDisable(true);
        printButton.setOnAction(e -> print.accept(new ReportViewModel.ReportPages(pdf, List.copyOf(images)), stage));
        Button savePdf = new Button("Save as PDF\u2026");
        savePdf.setId("preview-save-pdf");
        savePdf.setOnAction(e -> save.accept(new ReportViewModel.ReportPages(pdf, List.of())));
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        count.setId("preview-count");
        count.getStyleClass().add("muted");
        BorderPane root = new BorderPane(scroll);
        root.setTop(new ToolBar(printButton, savePdf, close, count));
        Scene scene = new Scene(root, 900, Math.min(1000, owner.getHeight()));
        scene.getStylesheets().add(PreviewWindow.class.getResource("/org/claimbench/ui/app.css").toExternalForm());
        stage.setScene(scene);
        page(0, first);
        stage.show();
    }

    @Override
    public void page(int index, Image image) {
        if (images.get(index) == null) {
            done++;
        }
        images.set(index, image);
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(WIDTH, image.getWidth()));
        view.getStyleClass().add("report-page");
        column.getChildren().set(index, view);
        int pages = images.size();
        count.setText(done < pages ? "Rendering page " + (done + 1) + " of " + pages + ", " + paper
                : pages + (pages == 1 ? " page, " : " pages, ") + paper);
        printButton.setDisable(done < pages);
    }

    @Override
    public boolean wanted() {
        return stage.isShowing();
    }
}
