package org.claimbench.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimbench.analysis.ElementTemplates;
import org.claimbench.domain.NodeKind;
import org.claimbench.domain.OutlineNode;
import org.claimbench.domain.StandardOfProof;
import org.claimbench.store.Store;
import org.claimbench.store.StoreException;

/** Element templates: the built-in library, the user's own (in {@code templates.json} of the data folder), applying and saving. */
public final class TemplateService {

    public static final String USER_FILE = "templates.json";

    private final Store store;
    private final Path userFile;
    private final CaseEditor editor;

    /** {@code dataDir} may be null (an in-memory store): then there are no user templates to read or save. */
    public TemplateService(Store store, Path dataDir, CaseEditor editor) {
        this.store = store;
        this.userFile = dataDir == null ? null : dataDir.resolve(USER_FILE);
        this.editor = editor;
    }

    public ElementTemplates library() {
        ElementTemplates.Library user = null;
        if (userFile != null && Files.isRegularFile(userFile)) {
            try {
                user = ElementTemplates.parse(Files.readAllBytes(userFile));
            } catch (IOException e) {
                throw new StoreException("Your templates in " + userFile + " cannot be read (" + e.getMessage()
                        + "). Fix or remove the file; the built-in templates still work.", e);
            }
        }
        return ElementTemplates.of(ElementTemplates.builtIn(), user);
    }

    /** Adds the template's elements under a count, as one edit; fills the count's legal basis when it has none. */
    public Edit apply(long countId, ElementTemplates.Template t) {
        OutlineNode count = store.outline().find(countId).orElseThrow(() -> new StoreException("That count no longer exists."));
        List<Edit> parts = new ArrayList<>();
        if (count.legalBasis() == null && t.basis() != null) {
            parts.add(editor.updateNode(count.withLegal(t.basis(), count.standardOfProof())));
        }
        for (ElementTemplates.Element e : t.elements()) {
            OutlineNode draft = OutlineNode.of(count.caseId(), countId, 0, NodeKind.ELEMENT, e.name())
                    .withLegal(null, e.standard() == null ? null : StandardOfProof.valueOf(e.standard()))
                    .withNote(e.note() == null || e.note().isBlank() ? null : e.note());
            parts.add(editor.addNode(draft, null));
        }
        return Edit.of("Apply template \u201c" + t.name() + "\u201d", parts.toArray(new Edit[0]));
    }

    /** Saves a count's elements as a template of the user's own, under {@code name}; returns it. */
    public ElementTemplates.Template saveAsTemplate(long countId, String name) throws IOException {
        if (userFile == null) {
            throw new StoreException("This store keeps no templates of its own.");
        }
        OutlineNode count = store.outline().find(countId).orElseThrow(() -> new StoreException("That count no longer exists."));
        List<ElementTemplates.Element> elements = store.outline().nodes(count.caseId()).stream()
                .filter(n -> n.parentId() != null && n.parentId() == countId && n.kind() == NodeKind.ELEMENT)
                .map(n -> new ElementTemplates.Element(n.title(), n.standardOfProof() == null ? null : n.standardOfProof().name(),
                        n.note() == null ? "" : n.note())).toList();
        if (elements.isEmpty()) {
            throw new StoreException("\u201c" + count.title() + "\u201d has no elements to save.");
        }
        String id = "user-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        ElementTemplates.Template t = new ElementTemplates.Template(id, name.strip(), count.legalBasis(),
                List.of(name.toLowerCase(Locale.ROOT).strip()), List.of(), elements);
        List<ElementTemplates.Template> mine = new ArrayList<>();
        if (Files.isRegularFile(userFile)) {
            mine.addAll(ElementTemplates.parse(Files.readAllBytes(userFile)).templates());
        }
        mine.removeIf(x -> x.id().equals(id));
        mine.add(t);
        Path part = userFile.resolveSibling(USER_FILE + ".part");
        Files.write(part, ElementTemplates.write(new ElementTemplates.Library(1, mine)));
        Files.move(part, userFile, StandardCopyOption.REPLACE_EXISTING);
        return t;
    }
}
