package org.newsframe.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens with character offsets, in one left-to-right pass with no regular expressions.
 * <ul>
 *   <li>Words are runs of letters, digits and combining marks, keeping inner apostrophes ("Shi'ite",
 *       "N'Djamena") and dotted abbreviations ("U.S.", "U.N.") whole.</li>
 *   <li>Possessive {@code 's} / {@code ’s} / a bare trailing apostrophe is its own {@code POSSESSIVE} token,
 *       so "Taliban's" matches "Taliban".</li>
 *   <li>Hyphens and dashes are {@code HYPHEN} tokens: "ISIS-K" is ISIS, -, K; matchers skip them, which
 *       makes "ISIS-K", "ISIS K" and "ISIS - K" the same key sequence.</li>
 *   <li>Numbers keep inner separators: "1,005", "1.3", "260 000" is two tokens.</li>
 * </ul>
 */
public final class Tokenizer {

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                i = word(text, i, out);
                continue;
            }
            if (isApostrophe(c) && !out.isEmpty() && out.get(out.size() - 1).end() == i
                    && out.get(out.size() - 1).kind() == Token.Kind.WORD) {
                // possessive: 's after a word, or a bare ' after a plural ("Afghans'")
                if (i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    out.add(new Token(i, i + 2, text.substring(i, i + 2), "'s", Token.Kind.POSSESSIVE));
                    i += 2;
                    continue;
                }
                if (i + 1 >= n || !Character.isLetterOrDigit(text.charAt(i + 1))) {
                    out.add(new Token(i, i + 1, text.substring(i, i + 1), "'", Token.Kind.POSSESSIVE));
                    i++;
                    continue;
                }
            }
            Token.Kind kind = isDash(c) ? Token.Kind.HYPHEN : Token.Kind.PUNCT;
            String s = String.valueOf(c);
            out.add(new Token(i, i + 1, s, kind == Token.Kind.HYPHEN ? "-" : s, kind));
            i++;
        }
        return out;
    }

    private static int word(String text, int start, List<Token> out) {
        int n = text.length();
        int i = start;
        boolean digitsOnly = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (!Character.isDigit(c)) {
                    digitsOnly = false;
                }
                i++;
            } else if ((c == ',' || c == '.') && digitsOnly && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                    && i > start) {
                i++; // 1,005 / 1.3
            } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && !(Character.toLowerCase(text.charAt(i + 1)) == 's'
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2))))) {
                i++; // Shi'ite, O'Brien, N'Djamena — but not the possessive 's
            } else if (c == '.' && isInitialism(text, start, i)) {
                i++; // U.S. / U.N. / U.S.A.
            } else {
                break;
            }
        }
        // "U.S" + "." → the loop above takes the final dot only when another letter follows; take it here
        if (i < n && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.'
                && Character.isLetter(text.charAt(i - 1))) {
            i++;
        }
        String surface = text.substring(start, i);
        boolean number = Character.isDigit(surface.charAt(0)) && digitsOnly;
        out.add(new Token(start, i, surface, key(surface), number ? Token.Kind.NUMBER : Token.Kind.WORD));
        return i;
    }

    /** At a '.', inside a run of single letters separated by dots ("U.S", "U.N"). */
    private static boolean isInitialism(String text, int start, int dot) {
        int len = dot - start;
        if (len < 1 || !Character.isLetter(text.charAt(dot - 1))) {
            return false;
        }
        if (len >= 2 && text.charAt(dot - 2) != '.') {
            return false;
        }
        return dot + 1 < text.length() && Character.isLetter(text.charAt(dot + 1))
                && (dot + 2 >= text.length() || text.charAt(dot + 2) == '.');
    }

    /** The match key of a surface string: lower case, no dots, accents folded, straight apostrophes. */
    public static String key(String surface) {
        boolean ascii = true;
        boolean clean = true;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c > 127) {
                ascii = false;
            }
            if (c == '.' || Character.isUpperCase(c) || c == '\u2019') {
                clean = false;
            }
        }
        if (ascii && clean) {
            return surface;
        }
        String s = surface;
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    sb.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
                }
            }
            s = sb.toString();
        }
        if (s.indexOf('.') >= 0) {
            s = s.replace(".", "");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }
}
