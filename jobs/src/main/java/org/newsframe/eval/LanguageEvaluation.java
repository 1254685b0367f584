package org.newsframe.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsframe.lang.LanguageGuess;
import org.newsframe.lang.LanguageIdentifier;

/**
 * Scores a language detector on labelled texts: of the texts it determined, how many got their language
 * (accuracy), per language; how many it left {@code und}; and its speed on one core. Labels: a TSV of
 * {@code id → language} for the texts that are not in the corpus's default language.
 */
public final class LanguageEvaluation {

    private LanguageEvaluation() {}

    /** One labelled text's outcome. */
    public record Outcome(String id, String gold, String guessed) {
        public boolean determined() {
            return !guessed.equals(LanguageGuess.UND);
        }

        public boolean right() {
            return gold.equals(guessed);
        }
    }

    /**
     * The result on one set: outcomes, and per gold language [texts, determined, right].
     *
     * @param millis time spent identifying, for texts/s
     */
    public record Result(List<Outcome> outcomes, Map<String, long[]> byLanguage, double millis) {
        public long determined() {
            return outcomes.stream().filter(Outcome::determined).count();
        }

        public long right() {
            return outcomes.stream().filter(o -> o.determined() && o.right()).count();
        }

        public List<Outcome> wrong() {
            return outcomes.stream().filter(o -> o.determined() && !o.right()).toList();
        }

        /** Right among the determined. */
        public double accuracy() {
            return determined() == 0 ? 0 : (double) right() / determined();
        }
    }

    /** {@code id → language} from a TSV whose lines starting with # are comments. */
    public static Map<String, String> labels(Path tsv) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException(tsv + ": expected id<TAB>language, got: " + line);
            }
            out.put(f[0].strip(), f[1].strip());
        }
        return out;
    }

    /** Identifies every text ({@code id → text}); a text without a label is in {@code defaultLang}. */
    public static Result score(LanguageIdentifier detector, Map<String, String> texts, Map<String, String> labels,
                               String defaultLang) {
        List<Outcome> outcomes = new ArrayList<>(texts.size());
        Map<String, long[]> by = new TreeMap<>();
        long start = System.nanoTime();
        for (Map.Entry<String, String> e : new TreeMap<>(texts).entrySet()) {
            String gold = labels.getOrDefault(e.getKey(), defaultLang);
            Outcome o = new Outcome(e.getKey(), gold, detector.identify(e.getValue()).code());
            outcomes.add(o);
            long[] c = by.computeIfAbsent(gold, k -> new long[3]);
            c[0]++;
            c[1] += o.determined() ? 1 : 0;
            c[2] += o.determined() && o.right() ? 1 : 0;
        }
        return new Result(outcomes, by, (System.nanoTime() - start) / 1e6);
    }
}
