package org.claimbench.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints the lines that {@link Readers#read} returns for a fixture of {@link RealShapesPdfTest}, stamped as the test
 * stamps it: page, line, role, indent and text. Run with the fixture's name (A_PLEADING_PAPER, B_FEDERAL, C_CONTENTS,
 * or just A, B, C), or with a PDF's path to read that file unstamped.
 */
public final class ShapesDump {

    private ShapesDump() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ShapesDump A|B|C|FIXTURE_NAME|file.pdf");
            System.exit(2);
        }
        for (String arg : args) {
            String name;
            byte[] bytes;
            RealShapesPdfTest.Fixture fixture = fixture(arg);
            if (fixture != null) {
                name = fixture.file;
                bytes = fixture.filed();
            } else {
                name = Path.of(arg).getFileName().toString();
                bytes = Files.readAllBytes(Path.of(arg));
            }
            System.out.println("== " + name);
            for (RawLine l : Readers.read(name, bytes, Progress.NONE).lines()) {
                System.out.printf(Locale.ROOT, "%3d:%-3d %-15s %3d%s%s | %s%n", l.page(), l.line(), l.role(), l.indent(),
                        l.centered() ? " C" : "  ", l.bold() ? "B" : " ", l.text().replace("\t", "\\t"));
            }
        }
    }

    private static RealShapesPdfTest.Fixture fixture(String arg) {
        for (RealShapesPdfTest.Fixture f : RealShapesPdfTest.Fixture.values()) {
            if (f.name().equalsIgnoreCase(arg) || f.name().substring(0, 1).equalsIgnoreCase(arg) && arg.length() == 1) {
                return f;
            }
        }
        return null;
    }
}
