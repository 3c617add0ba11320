package org.claimbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the recognition data of a language ({@code <language>.traineddata}): in the folder the user named (the
 * {@code --tessdata} option), else in the folder {@value OcrOptions#DATA_DIR_VARIABLE} names, else among the
 * application's own resources ({@code tessdata/eng.traineddata} ships with it). A language found nowhere is refused
 * with a message that says which file is missing and where to put it.
 */
public final class LanguageData {

    /** Data read from the application's resources, once per language: engines on every thread share it. */
    private static final Map<String, byte[]> BUNDLED = new ConcurrentHashMap<>();

    /** Where a language's data is: a folder that holds {@code <language>.traineddata}, or its bytes in memory. */
    public record Found(String language, Path folder, byte[] bytes) {
    }

    private LanguageData() {
    }

    static Found find(OcrOptions options) throws IngestException {
        return find(options.language(), options.dataDir(), System.getenv(OcrOptions.DATA_DIR_VARIABLE));
    }

    static Found find(String language, Path dataDir, String environmentDir) throws IngestException {
        if (!language.matches("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*")) {
            throw new IngestException("\u201c" + language + "\u201d is not a recognition language. Name one by its Tesseract code, "
                    + "such as eng, deu or spa (several joined by +, such as eng+spa).");
        }
        String[] languages = language.split("\\+");
        Path folder = dataDir != null ? dataDir : environmentDir == null || environmentDir.isBlank() ? null : Path.of(environmentDir);
        if (folder != null && hasAll(folder, languages)) {
            return new Found(language, folder, null);
        }
        if (languages.length == 1) {
            byte[] bundled = bundled(language);
            if (bundled != null) {
                return new Found(language, null, bundled);
            }
        }
        throw new IngestException(missing(language, languages, folder, dataDir != null));
    }

    private static boolean hasAll(Path folder, String[] languages) {
        for (String l : languages) {
            if (!Files.isRegularFile(folder.resolve(l + ".traineddata"))) {
                return false;
            }
        }
        return true;
    }

    private static String missing(String language, String[] languages, Path folder, boolean fromOption) {
        StringBuilder files = new StringBuilder();
        for (String l : languages) {
            if (folder == null || !Files.isRegularFile(folder.resolve(l + ".traineddata"))) {
                files.append(files.isEmpty() ? "" : ", ").append(l).append(".traineddata");
            }
        }
        String where = folder == null
                ? "Put " + files + " in a folder and name that folder with --tessdata DIR, or in the environment variable "
                        + OcrOptions.DATA_DIR_VARIABLE + "."
                : "It is not in " + folder.toAbsolutePath() + " (named by " + (fromOption ? "--tessdata" : OcrOptions.DATA_DIR_VARIABLE)
                        + "). Put " + files + " there.";
        return "The recognition data for the language \u201c" + language + "\u201d is missing: " + files + ". " + where
                + " Tesseract's data files are published at https://github.com/tesseract-ocr/tessdata_fast; "
                + "ClaimBench itself brings only eng.traineddata.";
    }

    private static byte[] bundled(String language) throws IngestException {
        byte[] known = BUNDLED.get(language);
        if (known != null) {
            return known;
        }
        try (InputStream in = LanguageData.class.getResourceAsStream("/tessdata/" + language + ".traineddata")) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            BUNDLED.putIfAbsent(language, bytes);
            return bytes;
        } catch (IOException e) {
            throw new IngestException("The recognition data for \u201c" + language + "\u201d that comes with ClaimBench cannot be read ("
                    + e.getMessage() + "). Reinstall ClaimBench, or name a folder with " + language + ".traineddata in it with --tessdata DIR.", e);
        }
    }
}
