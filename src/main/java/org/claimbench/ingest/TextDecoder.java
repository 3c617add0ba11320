package org.claimbench.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text file: UTF-8 or UTF-16 (by byte-order mark, or by the pattern of zero
 * bytes), else Windows-1252. Removes the BOM and normalises line endings to \n; keeps form feeds, which mark pages.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (looksUtf16(bytes, 1)) {
            text = new String(bytes, StandardCharsets.UTF_16LE);
        } else if (looksUtf16(bytes, 0)) {
            text = new String(bytes, StandardCharsets.UTF_16BE);
        } else {
            text = strictUtf8(bytes);
            if (text == null) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        // a form feed stays: in a text export of a PDF it marks where a page ends
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    public static String normaliseLineEndings(String text) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n').replace('\u000c', '\n');
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Zero bytes at every other position (odd for little-endian, even for big-endian) mean UTF-16. */
    private static boolean looksUtf16(byte[] bytes, int zeroParity) {
        int n = Math.min(bytes.length, 4000);
        if (n < 4) {
            return false;
        }
        int zeros = 0;
        int pairs = n / 2;
        for (int i = zeroParity; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeros++;
            }
        }
        return zeros > pairs * 0.6;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
