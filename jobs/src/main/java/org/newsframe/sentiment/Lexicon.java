package org.newsframe.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word valences on VADER's −4…+4 scale: the VADER lexicon (7,500 entries, MIT licence, read from the
 * {@code vader-sentiment-analyzer} package's {@code vader_sentiment_lexicon.txt}) with newsframe's own
 * news-domain adjustments ({@code sentiment/news-lexicon.tsv}) on top, plus VADER's negators and degree
 * modifiers. Immutable once loaded; one instance per JVM ({@link #get}).
 */
public final class Lexicon implements Serializable {

    private static volatile Lexicon instance;

    private final Map<String, Float> valence;

    static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nor", "neither", "without", "cannot",
            "nothing", "nobody", "none", "nowhere", "hardly", "barely", "scarcely", "lack", "lacks", "lacked",
            "lacking", "refused", "refuses", "failed", "fails", "excluded", "ruled", "denied", "rejected");

    static final Map<String, Float> BOOSTERS = Map.ofEntries(
            Map.entry("very", 0.293f), Map.entry("extremely", 0.293f), Map.entry("highly", 0.293f),
            Map.entry("deeply", 0.293f), Map.entry("strongly", 0.293f), Map.entry("sharply", 0.293f),
            Map.entry("fiercely", 0.293f), Map.entry("bitterly", 0.293f), Map.entry("harshly", 0.293f),
            Map.entry("most", 0.293f), Map.entry("totally", 0.293f), Map.entry("utterly", 0.293f),
            Map.entry("particularly", 0.293f), Map.entry("especially", 0.293f), Map.entry("greatly", 0.293f),
            Map.entry("increasingly", 0.2f), Map.entry("slightly", -0.293f), Map.entry("somewhat", -0.293f),
            Map.entry("partly", -0.293f), Map.entry("marginally", -0.293f), Map.entry("barely", -0.293f));

    private Lexicon(Map<String, Float> valence) {
        this.valence = valence;
    }

    public static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) {
                    instance = load();
                }
                l = instance;
            }
        }
        return l;
    }

    private static Lexicon load() {
        Map<String, Float> v = new HashMap<>(9000);
        read("vader_sentiment_lexicon.txt", v, false);
        read("sentiment/news-lexicon.tsv", v, true);
        return new Lexicon(v);
    }

    private static void read(String resource, Map<String, Float> into, boolean overrides) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || (overrides && line.startsWith("#"))) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                int tab2 = line.indexOf('\t', tab + 1);
                String word = line.substring(0, tab).toLowerCase(java.util.Locale.ROOT);
                float value = Float.parseFloat(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2).strip());
                if (overrides && value == 0f) {
                    into.remove(word);
                } else {
                    into.put(word, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valence of a token key (lower case), 0 when the word carries none. */
    public float valence(String key) {
        Float f = valence.get(key);
        return f == null ? 0f : f;
    }

    /** Every scored word and its valence (-4 … +4), read-only. */
    public Map<String, Float> entries() {
        return java.util.Collections.unmodifiableMap(valence);
    }

    public int size() {
        return valence.size();
    }
}
