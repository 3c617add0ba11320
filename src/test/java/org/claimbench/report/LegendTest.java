package org.claimbench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.claimbench.domain.SupportLevel;
import org.claimbench.service.DemoCase;
import org.claimbench.service.Services;
import org.claimbench.store.Store;
import org.junit.jupiter.api.Test;

/** One legend: the window's outline and text tints, the report and the Word chart give each support level one colour. */
class LegendTest {

    static String css() throws Exception {
        try (InputStream in = LegendTest.class.getResourceAsStream("/org/claimbench/ui/app.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return "rgba(" + (v >> 16) + ", " + ((v >> 8) & 0xff) + ", " + (v & 0xff) + ",";
    }

    @Test
    void the_window_colours_each_level_as_the_domain_says() throws Exception {
        String css = css();
        String[] tokens = {"-cb-supported", "-cb-partly", "-cb-unsupported", "-cb-contradicted"};
        String[] tints = {".passage-supported", ".passage-partly", ".passage-unsupported", ".passage-contradicts"};
        for (SupportLevel l : SupportLevel.values()) {
            String token = tokens[l.ordinal()] + ": #" + l.colour() + ";";
            assertTrue(css.contains(token), "the outline's " + l + " is " + token);
            String tint = css.substring(css.indexOf(tints[l.ordinal()] + " {"));
            tint = tint.substring(0, tint.indexOf('}'));
            assertTrue(tint.contains(rgb(l.colour())), "the text's " + l + " tint has the same colour: " + tint);
        }
    }

    @Test
    void the_report_colours_each_level_as_the_window_does() throws Exception {
        try (Store store = Store.inMemory()) {
            long demo = new DemoCase(store).install();
            String html = HtmlReport.render(Services.of(store, null).reports().model(demo, ReportOptions.defaults()));
            for (SupportLevel l : SupportLevel.values()) {
                String cls = l.name().toLowerCase(Locale.ROOT).replace('_', '-');
                assertTrue(html.contains(".fill." + cls + " { background: #" + l.colour() + "; }"), "chart bar of " + l);
                assertTrue(html.contains(".level." + cls + " { color: #" + l.colour() + "; }"), "label of " + l);
                assertTrue(DocxReport.barColour(l).equalsIgnoreCase(l.colour()), "Word chart of " + l);
            }
        }
    }
}
