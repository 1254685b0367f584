package org.newsframe.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsframe.text.Token;
import org.newsframe.text.Tokenizer;

/**
 * The verb dictionary ({@code sentiment/relations.csv}): token patterns ("criticized", "called on",
 * "excluded the possibility of cooperating with", "condemned by") with their relation and voice, indexed
 * by first token for matching.
 */
public final class RelationLexicon {

    /** A pattern: its token keys, relation and whether it is passive ("condemned by"). */
    public record Pattern(String[] keys, RelationType relation, boolean passive) {}

    /** A one-word verb, for the targeted scorer's subject/object weighting. */
    public record Verb(RelationType relation, boolean passive) {}

    private static volatile RelationLexicon instance;

    private final Map<String, List<Pattern>> byFirst = new HashMap<>();
    private final Map<String, Verb> verbs = new HashMap<>();

    public static RelationLexicon get() {
        RelationLexicon l = instance;
        if (l == null) {
            synchronized (RelationLexicon.class) {
                if (instance == null) {
                    instance = load();
                }
                l = instance;
            }
        }
        return l;
    }

    private static RelationLexicon load() {
        RelationLexicon lex = new RelationLexicon();
        InputStream in = RelationLexicon.class.getClassLoader().getResourceAsStream("sentiment/relations.csv");
        if (in == null) {
            throw new IllegalStateException("missing resource sentiment/relations.csv");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] parts = line.split(",");
                List<String> keys = new ArrayList<>();
                for (Token t : Tokenizer.tokenize(parts[0].strip())) {
                    keys.add(t.key());
                }
                RelationType type = RelationType.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
                boolean passive = parts[2].strip().equals("passive");
                Pattern p = new Pattern(keys.toArray(String[]::new), type, passive);
                lex.byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(p);
                if (keys.size() == 1 && !passive) {
                    lex.verbs.put(keys.get(0), new Verb(type, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // longest first, so the first pattern that matches is the longest
        lex.byFirst.values().forEach(l -> l.sort((a, b) -> b.keys().length - a.keys().length));
        return lex;
    }

    public Verb verb(String key) {
        return verbs.get(key);
    }

    /** The longest pattern starting at token i (within [i, end)), or null. */
    public Pattern match(List<Token> tokens, int i, int end) {
        List<Pattern> candidates = byFirst.get(tokens.get(i).key());
        if (candidates == null) {
            return null;
        }
        for (Pattern p : candidates) {
            if (i + p.keys().length > end) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.keys().length && ok; k++) {
                ok = tokens.get(i + k).key().equals(p.keys()[k]);
            }
            if (ok) {
                return p;
            }
        }
        return null;
    }
}
