package org.newsframe.ingest;

import java.text.Normalizer;

/**
 * The one text normalisation every stored text goes through; all offsets in later tables refer to its
 * output. In order:
 * <ol>
 *   <li>Unicode NFC.</li>
 *   <li>Control characters (other than line breaks and tabs) and invisible format characters (soft hyphen,
 *       zero-width space, word joiner, BOM) are removed.</li>
 *   <li>Every run of white space (including no-break and other Unicode spaces) becomes one character:
 *       {@code \n} when the run marks a paragraph break — two or more line breaks, or a line break followed
 *       by indentation — and a single space otherwise (a hard-wrapped line is joined).</li>
 *   <li>Leading and trailing white space is removed.</li>
 * </ol>
 * Linear in the input, no regular expressions.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    public static String normalize(String s) {
        if (s == null) {
            return null;
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                int breaks = 0;
                int indentAfterBreak = 0;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isLineBreak(d)) {
                        if (d == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                            i++;
                        }
                        breaks++;
                        indentAfterBreak = 0;
                    } else if (isSpace(d)) {
                        if (breaks > 0) {
                            indentAfterBreak++;
                        }
                    } else if (!isDropped(d)) {
                        break;
                    }
                    i++;
                }
                if (out.length() > 0 && i < n) {
                    out.append(breaks >= 2 || (breaks == 1 && indentAfterBreak >= 2) ? '\n' : ' ');
                }
                continue;
            }
            if (!isDropped(c)) {
                out.append(c);
            }
            i++;
        }
        // A dropped character may have stood between two spaces; trim what could remain at the end.
        int end = out.length();
        while (end > 0 && isSpace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || isLineBreak(c) || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Control and invisible format characters that carry no text. */
    static boolean isDropped(char c) {
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            return !isSpace(c);
        }
        return c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
    }
}
