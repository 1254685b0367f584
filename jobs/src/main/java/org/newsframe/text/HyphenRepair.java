package org.newsframe.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words split at a line break by PDF extraction and joined again: "dis- placed", "house- holds",
 * "evac- uated" (a word, a hyphen right after it, white space, a lower-case word). The two pieces become one
 * word token when news prints the joined word ({@link NewsWords}, at least {@link #MIN_COUNT} times) — so
 * "pre- and post-war" and "two- or three-room" stay as written ("preand" is no word). Offsets are those of
 * the text as written; the token's key is the joined word.
 */
public final class HyphenRepair {

    /** A joined word must have been seen this often in news to be a repair. */
    static final int MIN_COUNT = 3;

    private final NewsWords words;

    private HyphenRepair(NewsWords words) {
        this.words = words;
    }

    public static HyphenRepair of(NewsWords words) {
        return new HyphenRepair(words);
    }

    /** The repair over the shipped word list. */
    public static HyphenRepair builtin() {
        return Builtin.REPAIR;
    }

    private static final class Builtin {
        static final HyphenRepair REPAIR = of(NewsWords.builtin());
    }

    /** {@code tokens} with split words joined; the same list when none is. */
    public List<Token> repair(String text, List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token joined = i + 2 < tokens.size() ? join(text, tokens.get(i), tokens.get(i + 1), tokens.get(i + 2)) : null;
            if (joined == null) {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.size());
                out.addAll(tokens.subList(0, i));
            }
            out.add(joined);
            i += 2;
        }
        return out == null ? tokens : out;
    }

    private Token join(String text, Token first, Token hyphen, Token second) {
        if (first.kind() != Token.Kind.WORD || hyphen.kind() != Token.Kind.HYPHEN || second.kind() != Token.Kind.WORD
                || first.end() != hyphen.begin() || hyphen.end() == second.begin()
                || !Character.isLowerCase(second.text().charAt(0)) || !whiteBetween(text, hyphen.end(), second.begin())) {
            return null;
        }
        String key = first.key() + second.key();
        int count = words.count(key);
        if (count < MIN_COUNT) {
            return null;
        }
        return new Token(first.begin(), second.end(), text.substring(first.begin(), second.end()), key, Token.Kind.WORD);
    }

    /** Only spaces and at most one line break in [from, to): a break inside a line, not between paragraphs. */
    private static boolean whiteBetween(String text, int from, int to) {
        int breaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return breaks <= 1 && to - from <= 4;
    }
}
