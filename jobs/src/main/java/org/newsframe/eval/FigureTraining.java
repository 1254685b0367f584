package org.newsframe.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsframe.annotate.ArticleAnnotator;
import org.newsframe.annotate.ArticleDoc;
import org.newsframe.displacement.Candidate;
import org.newsframe.displacement.Figure;
import org.newsframe.displacement.FigureExtractor;
import org.newsframe.displacement.FigureModel;

/**
 * Training data and training of the figure model ({@code bin/newsframe train-figures}). Every labelled text
 * goes through the annotator (for its mentions) and the rules-only extractor; each candidate — a count of
 * people or households the rules did not keep — is labelled by the gold figures:
 * <ul>
 *   <li>labelled sentences (the project's TSVs): positive when a gold count that no rule figure matched has
 *       its quantity and unit, else negative (these files label every figure of a sentence);</li>
 *   <li>IDMC excerpts (English only, the extractor's language): positive when the candidate has the label's
 *       quantity; other candidates are left out, since an excerpt labels one figure and may state others.</li>
 * </ul>
 * The regularisation and the threshold are chosen by cross-validation over texts (folds never split a text);
 * the model is then refit on everything. Deterministic for a seed.
 */
public final class FigureTraining {

    /** One labelled candidate: its data set, its text (folds never split one), its features, whether it is a figure. */
    public record Example(String source, String text, List<String> features, boolean figure) {}

    /** The cross-validated quality of one setting. */
    public record Fold(double l2, double threshold, long tp, long fp, long fn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** F0.5: precision counts double, since a false figure misleads a trend more than a missed one. */
        double fHalf() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
        }
    }

    static final double[] L2 = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3};
    static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final int EPOCHS = 40;

    private FigureTraining() {}

    /** Candidates of labelled sentences, labelled (see the class comment). */
    public static List<Example> fromSentences(String source, List<LabelledSentences.Sentence> sentences,
                                              ArticleAnnotator annotator, FigureExtractor rules) {
        List<Example> out = new ArrayList<>();
        for (LabelledSentences.Sentence s : sentences) {
            ArticleDoc doc = annotator.annotate(s.text());
            List<Figure> byRules = rules.extract(doc.text(), doc.mentions(), doc.pubDate());
            List<LabelledSentences.Gold> open = new ArrayList<>(s.figures().stream().filter(g -> !g.projected()).toList());
            for (Figure f : byRules) {
                open.stream().filter(g -> g.quantity() == f.quantity() && g.unit().equals(f.unit())).findFirst()
                        .ifPresent(open::remove);
            }
            for (Candidate c : rules.candidates(doc.text(), doc.mentions(), doc.pubDate())) {
                LabelledSentences.Gold hit = open.stream()
                        .filter(g -> g.quantity() == c.quantity() && g.unit().equals(c.unit())).findFirst().orElse(null);
                if (hit != null) {
                    open.remove(hit);
                }
                out.add(new Example(source, source + ":" + s.id(), c.features(), hit != null));
            }
        }
        return out;
    }

    /** Positive candidates of IDMC excerpts (English only): those with the label's quantity. */
    public static List<Example> fromIdmc(List<DisplacementEvaluation.Labelled> excerpts, ArticleAnnotator annotator,
                                         FigureExtractor rules) {
        List<Example> out = new ArrayList<>();
        int n = 0;
        for (DisplacementEvaluation.Labelled e : excerpts) {
            n++;
            if (!DisplacementEvaluation.english(e.excerpt())) {
                continue;
            }
            ArticleDoc doc = annotator.annotate(e.excerpt());
            for (Candidate c : rules.candidates(doc.text(), doc.mentions(), doc.pubDate())) {
                if (c.quantity() == e.quantity()) {
                    out.add(new Example("idmc", "idmc:" + n, c.features(), true));
                }
            }
        }
        return out;
    }

    /** A candidate of a corpus article, for labelling: where it is, what it counts, and its sentence. */
    public record Listed(String corpus, String articleId, Candidate candidate, String sentence) {
        /** The verdict key: corpus file name, article id, offset. */
        public String key() {
            return FigureTraining.key(corpus, articleId, candidate.begin());
        }
    }

    static String key(String corpus, String articleId, int begin) {
        return corpus + "\t" + articleId + "\t" + begin;
    }

    /**
     * Every candidate of a JSON Lines corpus (fields {@code id} and {@code text}, normalised as ingest
     * normalises them), in order of article id: what {@code train-figures --list-candidates} writes for a reader to
     * judge, and what {@code --verdicts} labels.
     */
    public static List<Listed> corpusCandidates(java.nio.file.Path jsonl, ArticleAnnotator annotator, FigureExtractor rules)
            throws java.io.IOException {
        String corpus = jsonl.getFileName().toString();
        List<Listed> out = new ArrayList<>();
        java.util.Map<String, String> texts = new java.util.TreeMap<>(ArticleTexts.read(jsonl, "id"));
        for (java.util.Map.Entry<String, String> e : texts.entrySet()) {
            ArticleDoc doc = annotator.annotate(e.getValue());
            for (Candidate c : rules.candidates(doc.text(), doc.mentions(), doc.pubDate())) {
                org.newsframe.text.Sentence sentence = doc.text().sentences().get(c.sentenceIndex());
                String text = doc.text().text();
                String marked = text.substring(sentence.begin(), c.begin()) + "⟦" + text.substring(c.begin(), c.end()) + "⟧"
                        + text.substring(c.end(), sentence.end());
                out.add(new Listed(corpus, e.getKey(), c, marked.replace('\t', ' ').replace('\n', ' ')));
            }
        }
        return out;
    }

    /**
     * Reads a verdicts TSV ({@code corpus <TAB> article_id <TAB> begin <TAB> quantity <TAB> 1|0}, {@code #}
     * comments): key → whether the candidate is a displacement figure. The quantity guards the alignment.
     */
    public static java.util.Map<String, long[]> readVerdicts(java.nio.file.Path tsv) throws java.io.IOException {
        java.util.Map<String, long[]> out = new java.util.HashMap<>();
        int n = 0;
        for (String line : java.nio.file.Files.readAllLines(tsv)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 5 || !f[4].strip().matches("[01]")) {
                throw new IllegalArgumentException(tsv + " line " + n + ": expected corpus, article_id, begin, quantity, 1|0");
            }
            out.put(key(f[0].strip(), f[1].strip(), Integer.parseInt(f[2].strip())),
                    new long[] {Long.parseLong(f[3].strip()), Long.parseLong(f[4].strip())});
        }
        return out;
    }

    /**
     * The judged candidates of a corpus as examples; {@code used} counts the verdicts that found their
     * candidate (one whose candidate is gone — the rules or the corpus changed — is not used).
     */
    public static List<Example> fromVerdicts(List<Listed> listed, java.util.Map<String, long[]> verdicts, int[] used) {
        List<Example> out = new ArrayList<>();
        for (Listed l : listed) {
            long[] v = verdicts.get(l.key());
            if (v != null && v[0] == l.candidate().quantity()) {
                out.add(new Example(l.corpus(), l.corpus() + ":" + l.articleId(), l.candidate().features(), v[1] == 1));
                used[0]++;
            }
        }
        return out;
    }

    /**
     * Out-of-fold probabilities for one regularisation: each example scored by the model fitted on the folds
     * it is not in (the threshold plays no part in fitting).
     */
    static double[] outOfFold(List<Example> examples, int folds, long seed, double l2) {
        double[] p = new double[examples.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<Example> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (foldOf(examples.get(i).text(), folds, seed) == fold) {
                    test.add(i);
                } else {
                    train.add(examples.get(i));
                }
            }
            FigureModel m = fit(train, l2, 0.5, seed, List.of());
            for (int i : test) {
                p[i] = m.probability(examples.get(i).features());
            }
        }
        return p;
    }

    /** Every (l2, threshold) setting, cross-validated over {@code folds} folds of texts; best first. */
    public static List<Fold> crossValidate(List<Example> examples, int folds, long seed) {
        return crossValidate(examples, folds, seed, new java.util.HashMap<>());
    }

    private static List<Fold> crossValidate(List<Example> examples, int folds, long seed, java.util.Map<Double, double[]> scores) {
        List<Fold> results = new ArrayList<>();
        for (double l2 : L2) {
            double[] p = scores.computeIfAbsent(l2, k -> outOfFold(examples, folds, seed, k));
            for (double threshold : THRESHOLDS) {
                long tp = 0;
                long fp = 0;
                long fn = 0;
                for (int i = 0; i < p.length; i++) {
                    boolean yes = p[i] >= threshold;
                    boolean figure = examples.get(i).figure();
                    tp += yes && figure ? 1 : 0;
                    fp += yes && !figure ? 1 : 0;
                    fn += !yes && figure ? 1 : 0;
                }
                results.add(new Fold(l2, threshold, tp, fp, fn));
            }
        }
        results.sort(Comparator.comparingDouble(Fold::fHalf).reversed().thenComparingDouble(Fold::l2)
                .thenComparingDouble(Fold::threshold));
        return results;
    }

    /** Trains on every example with the best cross-validated setting; {@code log} gets the table. */
    public static FigureModel train(List<Example> examples, int folds, long seed, List<String> header, Consumer<String> log) {
        java.util.Map<Double, double[]> scores = new java.util.HashMap<>();
        List<Fold> cv = crossValidate(examples, folds, seed, scores);
        log.accept(String.format(Locale.ROOT, "%d candidates (%d figures), %d-fold cross-validation over texts:", examples.size(),
                examples.stream().filter(Example::figure).count(), folds));
        log.accept("  l2       threshold  precision  recall  F0.5");
        cv.stream().sorted(Comparator.comparingDouble(Fold::l2).thenComparingDouble(Fold::threshold)).forEach(f ->
                log.accept(String.format(Locale.ROOT, "  %-8s %-10.1f %-10.3f %-7.3f %.3f", f.l2(), f.threshold(),
                        f.precision(), f.recall(), f.fHalf())));
        Fold best = cv.get(0);
        log.accept(String.format(Locale.ROOT, "chosen: l2 %s, threshold %.1f (best F0.5, cross-validated: precision %.3f, recall %.3f)",
                best.l2(), best.threshold(), best.precision(), best.recall()));
        // the chosen setting's out-of-fold verdicts (the same fits as above), per data set
        double[] p = scores.get(best.l2());
        java.util.Map<String, long[]> bySource = new java.util.TreeMap<>();
        for (int i = 0; i < p.length; i++) {
            Example e = examples.get(i);
            boolean yes = p[i] >= best.threshold();
            long[] c = bySource.computeIfAbsent(e.source(), k -> new long[4]);
            c[yes && e.figure() ? 0 : yes ? 1 : e.figure() ? 2 : 3]++;
        }
        bySource.forEach((source, c) -> log.accept(String.format(Locale.ROOT,
                "  out of fold, %s: %d candidates, %d figures; kept %d right, %d wrong (precision %s), missed %d",
                source, c[0] + c[1] + c[2] + c[3], c[0] + c[2], c[0], c[1],
                c[0] + c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) c[0] / (c[0] + c[1])), c[2])));
        List<String> h = new ArrayList<>(header);
        h.add(String.format(Locale.ROOT, "# %d candidates (%d figures); chosen by %d-fold cross-validation over texts: l2 %s, threshold %.1f "
                + "(precision %.3f, recall %.3f on the candidates)", examples.size(), examples.stream().filter(Example::figure).count(),
                folds, best.l2(), best.threshold(), best.precision(), best.recall()));
        return fit(examples, best.l2(), best.threshold(), seed, h);
    }

    private static FigureModel fit(List<Example> examples, double l2, double threshold, long seed, List<String> header) {
        boolean[] labels = new boolean[examples.size()];
        List<List<String>> x = new ArrayList<>(examples.size());
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).figure();
            x.add(examples.get(i).features());
        }
        return FigureModel.train(x, labels, l2, EPOCHS, seed, threshold, header);
    }

    private static int foldOf(String text, int folds, long seed) {
        long h = text.hashCode() * 0x9E3779B97F4A7C15L + seed;
        h ^= h >>> 31;
        return (int) Math.floorMod(h, folds);
    }
}
