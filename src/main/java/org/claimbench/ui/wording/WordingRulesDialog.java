package org.claimbench.ui.wording;

import org.claimbench.ui.common.Forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.claimbench.analysis.WordingScreen;

/**
 * The wording rules: each rule can be switched off, and given terms of the user's own (plain words or phrases,
 * separated by commas). A rule of the user's own adds a kind of flag. What the user changes is kept apart from the
 * built-in lexicon, so a newer built-in lexicon still reaches them.
 */
public final class WordingRulesDialog {

    private WordingRulesDialog() {
    }

    /** What the dialog shows of one rule, and what the user made of it. */
    record RuleChoice(String id, String kind, String description, boolean builtIn, boolean enabled, String terms,
                      List<String> userPatterns) {
    }

    public static Optional<WordingScreen.Lexicon> edit(Window owner, WordingScreen.Lexicon builtIn, WordingScreen.Lexicon user) {
        List<RuleChoice> choices = choices(builtIn, user);
        Dialog<WordingScreen.Lexicon> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Wording rules");
        d.setHeaderText("Switch rules off, or add words of your own to a rule. Terms are plain words or phrases, separated by commas; "
                + "a term matches whole words, in any case. The screen only suggests: you confirm or dismiss each flag.");
        GridPane g = Forms.grid();
        g.setId("wording-rules");
        List<CheckBox> boxes = new ArrayList<>();
        List<TextField> fields = new ArrayList<>();
        List<RuleChoice> rows = new ArrayList<>();
        Label head1 = new Label("Rule");
        Label head2 = new Label("Your terms");
        head1.getStyleClass().add("section-title");
        head2.getStyleClass().add("section-title");
        g.addRow(0, head1, head2);
        java.util.function.Consumer<RuleChoice> addRow = c -> {
            CheckBox on = new CheckBox(c.kind().replace('-', ' ') + (c.builtIn() ? "" : " (yours)"));
            on.setId("rule-" + c.id());
            on.setSelected(c.enabled());
            Label desc = new Label(c.description() == null ? "" : c.description());
            desc.getStyleClass().add("muted");
            desc.setWrapText(true);
            desc.setMaxWidth(320);
            TextField terms = new TextField(c.terms());
            terms.setId("terms-" + c.id());
            terms.setPromptText(c.builtIn() ? "e.g. " + example(c.kind()) : "words or phrases, separated by commas");
            terms.setPrefColumnCount(36);
            terms.disableProperty().bind(on.selectedProperty().not());
            rows.add(c);
            boxes.add(on);
            fields.add(terms);
            g.addRow(rows.size(), new VBox(2, on, desc), terms);
            GridPane.setHgrow(terms, Priority.ALWAYS);
        };
        choices.forEach(addRow);
        Button add = new Button("New rule of your own\u2026");
        add.setId("new-wording-rule");
        add.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog();
            ask.initOwner(d.getDialogPane().getScene().getWindow());
            ask.setTitle("New rule");
            ask.setHeaderText("Name the kind of wording this rule flags, e.g. \u201cvague time\u201d.");
            ask.showAndWait().map(WordingRulesDialog::slug).filter(s -> !s.isEmpty()).ifPresent(kind -> {
                String id = "user-" + kind;
                if (rows.stream().noneMatch(r -> r.id().equals(id))) {
                    addRow.accept(new RuleChoice(id, kind, "A rule of your own.", false, true, "", List.of()));
                    fields.get(fields.size() - 1).requestFocus();
                }
            });
        });
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(760);
        d.getDialogPane().setContent(new VBox(8, scroll, add));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().setMinWidth(780);
        d.setResizable(true);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            List<RuleChoice> made = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                RuleChoice c = rows.get(i);
                made.add(new RuleChoice(c.id(), c.kind(), c.description(), c.builtIn(), boxes.get(i).isSelected(),
                        fields.get(i).getText(), c.userPatterns()));
            }
            return userLexicon(made);
        });
        return d.showAndWait();
    }

    /** Every rule, built-in ones first, with what the user's lexicon says of it. */
    static List<RuleChoice> choices(WordingScreen.Lexicon builtIn, WordingScreen.Lexicon user) {
        Map<String, WordingScreen.Rule> mine = new LinkedHashMap<>();
        if (user != null && user.rules() != null) {
            user.rules().forEach(r -> mine.put(r.id(), r));
        }
        List<RuleChoice> out = new ArrayList<>();
        for (WordingScreen.Rule r : builtIn.rules()) {
            WordingScreen.Rule u = mine.remove(r.id());
            boolean enabled = u != null && u.enabled() != null ? u.enabled() : !Boolean.FALSE.equals(r.enabled());
            out.add(new RuleChoice(r.id(), r.kind(), r.description(), true, enabled, u == null ? "" : String.join(", ", nz(u.terms())),
                    u == null ? List.of() : nz(u.patterns())));
        }
        for (WordingScreen.Rule u : mine.values()) {
            out.add(new RuleChoice(u.id(), u.kind() == null ? u.id() : u.kind(), u.description(), false, !Boolean.FALSE.equals(u.enabled()),
                    String.join(", ", nz(u.terms())), nz(u.patterns())));
        }
        return out;
    }

    /**
     * The user's lexicon from their choices: a built-in rule appears only if it is switched off or given terms or
     * patterns; a rule of the user's own appears with its terms.
     */
    static WordingScreen.Lexicon userLexicon(List<RuleChoice> choices) {
        List<WordingScreen.Rule> rules = new ArrayList<>();
        for (RuleChoice c : choices) {
            List<String> terms = Arrays.stream(c.terms() == null ? new String[0] : c.terms().split(","))
                    .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
            List<String> patterns = nz(c.userPatterns());
            if (c.builtIn()) {
                if (c.enabled() && terms.isEmpty() && patterns.isEmpty()) {
                    continue;
                }
                rules.add(new WordingScreen.Rule(c.id(), c.kind(), null, terms.isEmpty() ? null : terms,
                        patterns.isEmpty() ? null : patterns, c.enabled() ? null : Boolean.FALSE, null));
            } else if (!terms.isEmpty() || !patterns.isEmpty()) {
                rules.add(new WordingScreen.Rule(c.id(), c.kind(), c.description(), terms.isEmpty() ? null : terms,
                        patterns.isEmpty() ? null : patterns, c.enabled() ? null : Boolean.FALSE, null));
            }
        }
        return new WordingScreen.Lexicon(1, rules);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String example(String kind) {
        return switch (kind) {
            case "hedge" -> "supposedly, so it seems";
            case "information-and-belief" -> "as we understand it";
            case "loaded-language" -> "scheme, cover-up";
            case "knowledge-label" -> "wantonly";
            case "legal-conclusion" -> "acted as an agent of";
            case "group-pleading" -> "the Defendant Group";
            default -> "a word, a phrase";
        };
    }

    private static <T> List<T> nz(List<T> l) {
        return l == null ? List.of() : l;
    }
}
