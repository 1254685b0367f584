package org.newsframe.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitting over tokens. A sentence ends
 * <ul>
 *   <li>at a paragraph break (a {@code \n} in the normalised text), always;</li>
 *   <li>after {@code . ! ? …} (plus closing quotes and brackets) when the next token starts a sentence
 *       (capital letter, digit or opening quote), unless the period belongs to a title or abbreviation
 *       ("Mr.", "Gen.", "Jan.", "No.") or an initial ("J. Smith");</li>
 *   <li>after a dotted abbreviation such as "U.S." only when the next word is a common sentence opener
 *       ("… from the U.S. The talks …").</li>
 * </ul>
 * Measured on news text this is what the annotate stage needs; Spark NLP's SentenceDetector is the
 * alternative for a model-based pipeline, not used on the hot path (see docs/benchmarks.md).
 *
 * <p>A "sentence" longer than {@link #MAX_TOKENS} tokens (a text without punctuation, a list run together) is
 * cut into pieces of about equal length, at most that many tokens each, at the last comma, semicolon or colon
 * of the final {@link #CUT_WINDOW} tokens of a piece when there is one. Several extractors do work per sentence that grows with the square of
 * its length: unbounded, one megabyte of unpunctuated words took the executor's whole heap (issue 15). News
 * sentences are far shorter (99.9 % under 100 tokens in Reuters-21578), so the cut changes nothing there.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov",
            "sen", "rep", "rev", "hon", "pres", "gens", "st", "jr", "sr", "vol", "inc", "corp", "ltd",
            "co", "bros", "vs", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pp", "cf", "al", "ave", "blvd", "gov't");

    private static final Set<String> OPENERS = Set.of(
            "the", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in",
            "on", "at", "a", "an", "however", "meanwhile", "there", "his", "her", "their", "its", "our", "after",
            "before", "while", "when", "if", "as", "officials", "some", "many", "both", "according", "since");

    /** Most tokens in one sentence. */
    public static final int MAX_TOKENS = 250;

    /** Where a long sentence is cut: the last clause mark among this many tokens before the limit. */
    static final int CUT_WINDOW = 50;

    private SentenceSplitter() {}

    public static List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int first = 0;
        for (int i = 0; i < n; i++) {
            boolean end = false;
            int last = i;
            Token t = tokens.get(i);
            if (i + 1 < n && hasParagraphBreak(text, t.end(), tokens.get(i + 1).begin())) {
                end = true;
            } else if (isTerminal(t)) {
                while (last + 1 < n && isCloser(tokens.get(last + 1))
                        && tokens.get(last + 1).begin() == tokens.get(last).end()) {
                    last++;
                }
                if (last + 1 >= n) {
                    end = true;
                } else if (hasParagraphBreak(text, tokens.get(last).end(), tokens.get(last + 1).begin())) {
                    end = true;
                } else if (startsSentence(tokens.get(last + 1))) {
                    end = !isAbbreviationPeriod(tokens, i);
                }
            } else if (t.kind() == Token.Kind.WORD && t.text().endsWith(".") && t.text().length() > 2 && i + 1 < n) {
                Token next = tokens.get(i + 1);
                end = next.capitalized() && OPENERS.contains(next.key());
            }
            if (end) {
                add(out, tokens, first, last + 1);
                first = last + 1;
                i = last;
            }
        }
        if (first < n) {
            add(out, tokens, first, n);
        }
        return out;
    }

    /**
     * Adds tokens [first, end) as one sentence, or as several pieces of at most {@link #MAX_TOKENS} tokens of
     * about equal length (so the last is not a stub cut off from the words before it).
     */
    private static void add(List<Sentence> out, List<Token> tokens, int first, int end) {
        while (end - first > MAX_TOKENS) {
            int pieces = (end - first + MAX_TOKENS - 1) / MAX_TOKENS;
            int target = first + (end - first + pieces - 1) / pieces;
            int cut = target;
            for (int k = target - 1; k >= target - CUT_WINDOW; k--) {
                String s = tokens.get(k).text();
                if (s.equals(",") || s.equals(";") || s.equals(":")) {
                    cut = k + 1;
                    break;
                }
            }
            out.add(new Sentence(out.size(), tokens.get(first).begin(), tokens.get(cut - 1).end(), first, cut));
            first = cut;
        }
        out.add(new Sentence(out.size(), tokens.get(first).begin(), tokens.get(end - 1).end(), first, end));
    }

    private static boolean hasParagraphBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminal(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']' || c == '.';
    }

    private static boolean startsSentence(Token t) {
        if (t.kind() == Token.Kind.NUMBER) {
            return true;
        }
        if (t.kind() == Token.Kind.PUNCT) {
            char c = t.text().charAt(0);
            return c == '"' || c == '\u201C' || c == '\'' || c == '\u2018' || c == '(' || c == '[';
        }
        return t.capitalized();
    }

    /** The period at index i closes a title, abbreviation or initial rather than a sentence. */
    private static boolean isAbbreviationPeriod(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i).text().equals(".")) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.end() != tokens.get(i).begin() || prev.kind() != Token.Kind.WORD) {
            return false;
        }
        if (ABBREVIATIONS.contains(prev.key())) {
            return true;
        }
        if ((prev.text().equals("No") || prev.text().equals("Nos")) && i + 1 < tokens.size()
                && tokens.get(i + 1).kind() == Token.Kind.NUMBER) {
            return true; // "No. 10"
        }
        // a single capital initial: "J. Smith"
        return prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0));
    }
}
