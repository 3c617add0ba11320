package org.claimbench.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A library of the elements of common causes of action, in JSON, with the user's own templates on top. A count's
 * title and the statutes it cites suggest the template that fits it.
 */
public final class ElementTemplates {

    public record Element(String name, String standard, String note) {
    }

    public record Template(String id, String name, String basis, List<String> match, List<String> statutes, List<Element> elements) {
    }

    public record Library(int version, List<Template> templates) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Template> templates;

    private ElementTemplates(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    public static Library builtIn() {
        try (InputStream in = ElementTemplates.class.getResourceAsStream("templates.json")) {
            return JSON.readValue(in, Library.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in templates cannot be read", e);
        }
    }

    public static Library parse(byte[] json) throws IOException {
        return JSON.readValue(json, Library.class);
    }

    public static byte[] write(Library library) throws IOException {
        return JSON.writeValueAsBytes(library);
    }

    /** The built-in templates with the user's: a user template with a built-in id replaces it. */
    public static ElementTemplates of(Library builtIn, Library user) {
        Map<String, Template> all = new LinkedHashMap<>();
        builtIn.templates().forEach(t -> all.put(t.id(), t));
        if (user != null && user.templates() != null) {
            user.templates().forEach(t -> all.put(t.id(), t));
        }
        return new ElementTemplates(new ArrayList<>(all.values()));
    }

    public List<Template> all() {
        return templates;
    }

    /** The templates in order of fit for a count: its words and the statutes it cites. Those that do not fit come last. */
    public List<Template> suggest(String countTitle, String legalBasis) {
        String t = ((countTitle == null ? "" : countTitle) + " " + (legalBasis == null ? "" : legalBasis)).toLowerCase(Locale.ROOT);
        return templates.stream().sorted(Comparator.comparingInt((Template x) -> -score(x, t)).thenComparing(Template::name)).toList();
    }

    /** The best template for a count, or null when none fits at all. */
    public Template best(String countTitle, String legalBasis) {
        List<Template> s = suggest(countTitle, legalBasis);
        String t = ((countTitle == null ? "" : countTitle) + " " + (legalBasis == null ? "" : legalBasis)).toLowerCase(Locale.ROOT);
        return s.isEmpty() || score(s.get(0), t) == 0 ? null : s.get(0);
    }

    static int score(Template x, String text) {
        int s = 0;
        for (String m : x.match() == null ? List.<String>of() : x.match()) {
            if (text.contains(m.toLowerCase(Locale.ROOT))) {
                s += 10 + m.length(); // a longer phrase fits more closely ("negligence per se" over "negligence")
            }
        }
        for (String st : x.statutes() == null ? List.<String>of() : x.statutes()) {
            if (text.matches("(?s).*(?<![\\d.])" + java.util.regex.Pattern.quote(st) + "(?![\\d])(?!\\.\\d).*")) {
                s += 25;
            }
        }
        return s;
    }
}
