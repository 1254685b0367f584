package org.newsframe.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * English words as news prints them, with how often: the lower-case word tokens of an unlabelled news
 * corpus seen at least a few times. {@link LigatureRepair} asks it whether a fragment is a word and which
 * repair is the likelier word. Immutable. The shipped list ({@link #BUILTIN}) is built by
 * {@code bin/newsframe train-words} (docs/displacement.md says from which corpora); it holds words and
 * counts, no text.
 */
public final class NewsWords {

    /** The shipped list, a class-path resource: {@code word TAB count} lines, gzip. */
    public static final String BUILTIN = "text/news-words.tsv.gz";

    private final Map<String, Integer> counts;

    private NewsWords(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** How often the word (a token key) was seen in lower case; 0 when never or too rarely to be listed. */
    public int count(String key) {
        Integer c = counts.get(key);
        return c == null ? 0 : c;
    }

    public boolean known(String key) {
        return counts.containsKey(key);
    }

    /** Every word with its count. */
    public void forEach(java.util.function.BiConsumer<String, Integer> action) {
        counts.forEach(action);
    }

    public int size() {
        return counts.size();
    }

    /** The shipped list, read once per JVM (on first use). */
    public static NewsWords builtin() {
        return Builtin.WORDS;
    }

    private static final class Builtin {
        static final NewsWords WORDS = Resources.read(BUILTIN, in -> read(new GZIPInputStream(in)));
    }

    /** Reads {@code word TAB count} lines ('#' lines are comments). */
    public static NewsWords read(InputStream in) throws IOException {
        Map<String, Integer> counts = new HashMap<>(1 << 16);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("not 'word TAB count': " + line);
            }
            counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
        }
        return new NewsWords(counts);
    }

    /**
     * Counts the words of {@code texts}: word tokens written all in lower-case letters (so names and
     * sentence-initial capitals do not make a fragment a word), kept when seen at least {@code minCount}
     * times. Sorted by word, so the list is the same for the same texts.
     */
    public static TreeMap<String, Integer> count(Iterable<String> texts, int minCount) {
        Map<String, Integer> all = new HashMap<>();
        for (String text : texts) {
            List<Token> tokens = Tokenizer.tokenize(text);
            for (Token t : tokens) {
                if (t.isWord() && lowerLetters(t.text())) {
                    all.merge(t.text(), 1, Integer::sum);
                }
            }
        }
        TreeMap<String, Integer> kept = new TreeMap<>();
        all.forEach((w, c) -> {
            if (c >= minCount) {
                kept.put(w, c);
            }
        });
        return kept;
    }

    /** A list of the given counts (tests, and a list just counted). */
    public static NewsWords of(Map<String, Integer> counts) {
        return new NewsWords(Map.copyOf(counts));
    }

    private static boolean lowerLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
