package org.newsframe.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mends words whose ligature was lost when text was extracted from a PDF: the glyph for fi, fl, ff, ffi,
 * ffl or ft becomes a space, so "affected" reads "a ected", "conflict" "con ict", "officials" "O cials",
 * "flee" " ee" and "left" "le ". The mended token keeps the characters it covers (offsets and the text a row
 * shows are the original's) and takes the repaired word as its key, which is what every matcher reads.
 *
 * <p>A repair is made only where the text itself says a word is broken: a fragment written in lower case
 * that news prints rarely or never ({@link NewsWords}), which becomes a word news prints more often with a
 * ligature joined to the word before it ("a" + "ff" + "ected", "o" + "ffi" + "ce") or after it ("di" + "ffi" +
 * "cult"), or {@link #RATIO} times as often with a ligature on its own before it (" ee" → "flee") or after it
 * ("le" → "left", not made: "le" is common enough); when several fit, the likeliest. Capitalised fragments are left
 * alone, so names are never touched. One hash look-up per lower-case word token (is it a fragment of some
 * word at all?); no regular expressions.
 */
public final class LigatureRepair {

    private final NewsWords words;
    /** Every piece a lost ligature leaves of a listed word → the count of the likeliest such word. */
    private final Map<String, Integer> fragments;

    private LigatureRepair(NewsWords words, Map<String, Integer> fragments) {
        this.words = words;
        this.fragments = fragments;
    }

    /** The repair over a word list: the fragments of every listed word are indexed once. */
    public static LigatureRepair of(NewsWords words) {
        Map<String, Integer> fragments = new HashMap<>();
        words.forEach((w, c) -> {
            for (String lig : LIGATURES) {
                for (int p = w.indexOf(lig); p >= 0; p = w.indexOf(lig, p + 1)) {
                    for (String piece : new String[] {w.substring(0, p), w.substring(p + lig.length())}) {
                        if (piece.length() >= MIN_FRAGMENT) {
                            fragments.merge(piece, c, Math::max);
                        }
                    }
                }
            }
        });
        // a piece news prints at least as often as its likeliest repair is never mended: leave it out, so the
        // look-up per token finds nothing for common words ("in", "re", "on"); a profile of the annotator on
        // Reuters showed the look-ups of this pass as its largest cost (7% slower than without the repair)
        fragments.entrySet().removeIf(e -> words.count(e.getKey()) >= e.getValue());
        // a HashMap, not Map.copyOf: a miss (nearly every token) compares a stored hash, no string (measured)
        return new LigatureRepair(words, java.util.Collections.unmodifiableMap(fragments));
    }

    /** The repair over the shipped word list, built once per JVM (on first use). */
    public static LigatureRepair builtin() {
        return Builtin.REPAIR;
    }

    private static final class Builtin {
        static final LigatureRepair REPAIR = of(NewsWords.builtin());
    }

    /** The ligatures PDF text loses, longest first so "o ce" is tried as "office" before "ofce". */
    static final String[] LIGATURES = {"ffi", "ffl", "fi", "fl", "ff", "ft"};

    /** Shortest fragment worth a repair: one letter is a word, an initial or a list marker. */
    private static final int MIN_FRAGMENT = 2;

    /** A word must have been seen this often to be a repair (a rare word is as likely a typo). */
    static final int MIN_REPAIR_COUNT = 3;

    /** How many times likelier than the fragment as written its repair must be. */
    static final int RATIO = 5;

    /** {@code tokens} with broken words mended; the same list when none is. */
    public List<Token> repair(String text, List<Token> tokens) {
        List<Token> sure = pass(text, tokens, false);
        return sure == tokens ? tokens : pass(text, tokens, true);
    }

    /**
     * One pass over the tokens. A fragment news never prints in lower case ("ected", "ghting") is mended
     * always; one it prints rarely ("ed" in " ed" → "fled") only with {@code rare}, which {@link #repair}
     * sets for a text that has a sure repair: read on Reuters and US politics news, a lone "red", "ring"
     * or "owing" is the word, and a text whose ligatures were lost loses many.
     */
    private List<Token> pass(String text, List<Token> tokens, boolean rare) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token mended = null;
            if (fragment(t)) {
                Integer most = fragments.get(t.key());
                long asWritten = most == null ? 0 : words.count(t.key());
                if (most != null && asWritten < most && (rare || asWritten == 0)) {
                    Token before = out != null ? (out.isEmpty() ? null : out.get(out.size() - 1)) : (i > 0 ? tokens.get(i - 1) : null);
                    mended = mend(text, before, t, i + 1 < tokens.size() ? tokens.get(i + 1) : null, asWritten);
                }
            }
            if (mended == null) {
                if (out != null) {
                    out.add(t);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.size());
                out.addAll(tokens.subList(0, i));
            }
            if (mended.begin() < t.begin()) {
                out.remove(out.size() - 1); // the word before is part of the repair
            }
            if (mended.end() > t.end()) {
                i++; // and so is the word after
            }
            out.add(mended);
        }
        return out == null ? tokens : out;
    }

    /**
     * The repair of the unknown fragment {@code t}: joined to the word before or after across one space
     * ("a ected", "di cult"), or a ligature on its own before or after it (" ee", "le "); null when none
     * makes a word news prints often enough (see {@link #RATIO}).
     */
    private Token mend(String text, Token before, Token t, Token after, long asWritten) {
        String best = null;
        long bestCount = 0;
        int begin = t.begin();
        int end = t.end();
        boolean joinBefore = before != null && oneSpace(text, before, t) && before.isWord() && letters(before.text());
        boolean joinAfter = after != null && oneSpace(text, t, after) && after.isWord() && letters(after.text())
                && Character.isLowerCase(after.text().charAt(0));
        for (String lig : LIGATURES) {
            String[] forms = {
                joinBefore ? before.key() + lig + t.key() : null,
                joinAfter ? t.key() + lig + after.key() : null,
                lig + t.key(),
                t.key() + lig};
            for (int f = 0; f < forms.length; f++) {
                int c = forms[f] == null ? 0 : words.count(forms[f]);
                // two pieces side by side ("o ce") are rarer as words than one alone: a join needs only be
                // likelier than the fragment; a lone fragment ("le") RATIO times likelier
                long least = Math.max(MIN_REPAIR_COUNT, (f < 2 ? asWritten : asWritten * RATIO) + 1);
                if (c >= least && c > bestCount) {
                    best = forms[f];
                    bestCount = c;
                    begin = f == 0 ? before.begin() : t.begin();
                    end = f == 1 ? after.end() : t.end();
                }
            }
        }
        return best == null ? null : new Token(begin, end, text.substring(begin, end), best, Token.Kind.WORD);
    }

    private static boolean oneSpace(String text, Token a, Token b) {
        return a.end() + 1 == b.begin() && text.charAt(a.end()) == ' ';
    }

    /** A word token of at least two letters that starts in lower case: what a lost ligature leaves. */
    private static boolean fragment(Token t) {
        if (!t.isWord()) {
            return false;
        }
        char c = t.text().charAt(0);
        // no loop over the letters here: the fragment index holds only lower-case letters and pieces of two or
        // more, so a look-up settles the rest (this check runs on every token)
        return c >= 'a' && c <= 'z';
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
