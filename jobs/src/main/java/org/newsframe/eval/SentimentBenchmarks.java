package org.newsframe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.sentiment.TargetInput;
import org.newsframe.sentiment.TargetSentiment;
import org.newsframe.sentiment.TargetedScorer;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.TextAnalyzer;

/**
 * The sentiment evaluations of {@code eval sentiment}: targeted (NewsMTSC), article-level entity stance
 * (BASIL) and sentence valence against human ratings (NYT editorial snippets). Loaders and scoring only; the
 * command prints.
 */
public final class SentimentBenchmarks {

    private SentimentBenchmarks() {}

    /**
     * NewsMTSC scored by the rules (with the sentence-lexicon floor) and, when one is configured, by the
     * classifier; targets/s on one core include mention finding (and for the classifier, the rules and features).
     */
    public record NewsMtscResult(SentimentEvaluation rules, SentimentEvaluation floor, SentimentEvaluation model,
                                 double rulesPerSecond, double modelPerSecond) {}

    public static NewsMtscResult newsMtsc(Path file, SentenceTargets targets) throws IOException {
        List<TargetInput> inputs = NewsMtsc.read(file);
        List<String> gold = NewsMtsc.gold(inputs);
        long t0 = System.nanoTime();
        List<TargetSentiment> scored = NewsMtsc.rules(inputs, targets);
        double rulesSecs = (System.nanoTime() - t0) / 1e9;
        SentimentEvaluation rules = new SentimentEvaluation();
        SentimentEvaluation floor = new SentimentEvaluation();
        int sentenceCue = TargetSentiment.CUE_NAMES.indexOf("sentence_sum");
        for (int i = 0; i < scored.size(); i++) {
            rules.add(gold.get(i), scored.get(i).label());
            double norm = TargetedScorer.normalize(scored.get(i).cues()[sentenceCue]);
            floor.add(gold.get(i), norm >= 0.05 ? TargetSentiment.POSITIVE
                    : norm <= -0.05 ? TargetSentiment.NEGATIVE : TargetSentiment.NEUTRAL);
        }
        if (targets.scorer().model() == null) {
            return new NewsMtscResult(rules, floor, null, rules.total() / rulesSecs, 0);
        }
        long t1 = System.nanoTime();
        List<TargetSentiment> modelled = NewsMtsc.score(inputs, targets);
        double modelSecs = (System.nanoTime() - t1) / 1e9;
        SentimentEvaluation model = new SentimentEvaluation();
        for (int i = 0; i < modelled.size(); i++) {
            model.add(gold.get(i), modelled.get(i).label());
        }
        return new NewsMtscResult(rules, floor, model, rules.total() / rulesSecs, model.total() / modelSecs);
    }

    /**
     * bench: the configured scorer over every mention the finder sees in the texts, one core, best of
     * {@code passes}, beside the rules alone. Targets/s include the features and the model, not the finding.
     */
    public static String speedOn(org.newsframe.actors.MentionFinder finder, org.newsframe.sentiment.SentimentScorer scorer,
                                 List<String> raw, int passes) {
        List<AnalyzedText> texts = new ArrayList<>();
        List<List<org.newsframe.actors.Mention>> found = new ArrayList<>();
        for (String text : raw) {
            AnalyzedText a = TextAnalyzer.analyze(text);
            texts.add(a);
            found.add(finder.find(a));
        }
        double bestModel = Double.MAX_VALUE;
        double bestRules = Double.MAX_VALUE;
        long targets = 0;
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            targets = scoreAll(texts, found, scorer, false);
            bestModel = Math.min(bestModel, (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            scoreAll(texts, found, scorer, true);
            bestRules = Math.min(bestRules, (System.nanoTime() - t1) / 1e9);
        }
        return String.format(java.util.Locale.ROOT, "sentiment speed: %,d targets, best of %d passes: %s %,.0f targets/s,"
                        + " rules alone %,.0f targets/s (one core, mention finding excluded)", targets, passes,
                scorer.model() == null ? "rules" : "classifier (rules, features and model)", targets / bestModel, targets / bestRules);
    }

    private static long scoreAll(List<AnalyzedText> texts, List<List<org.newsframe.actors.Mention>> found,
                                 org.newsframe.sentiment.SentimentScorer scorer, boolean rulesOnly) {
        long n = 0;
        for (int i = 0; i < texts.size(); i++) {
            AnalyzedText a = texts.get(i);
            List<org.newsframe.actors.Mention> ms = found.get(i);
            org.newsframe.text.SpanTokens spans = org.newsframe.text.SpanTokens.of(a.tokens(), ms);
            boolean[] covered = new boolean[a.tokens().size()];
            for (int t = 0; t < covered.length; t++) {
                covered[t] = spans.covered(t);
            }
            for (int m = 0; m < ms.size(); m++) {
                Sentence s = a.sentences().get(ms.get(m).sentenceIndex());
                int first = spans.first(m);
                int end = Math.min(Math.max(spans.end(m), first + 1), s.endToken());
                if (rulesOnly) {
                    scorer.rules().score(a, s, first, end, covered);
                } else {
                    scorer.score(a, s, first, end, covered);
                }
                n++;
            }
        }
        return n;
    }

    /** BASIL entity stance: the mean sentiment of the entity's mentions in its article against the author's feeling. */
    public record BasilResult(SentimentEvaluation evaluation, long notFound) {}

    public static BasilResult basil(Path entities, Path articles, SentenceTargets targets) throws IOException {
        Map<String, String> texts = ArticleTexts.read(articles, "id");
        ObjectMapper json = new ObjectMapper();
        SentimentEvaluation eval = new SentimentEvaluation();
        long missing = 0;
        for (String line : Files.readAllLines(entities)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode e = json.readTree(line);
            String text = texts.get(e.get("article_id").asText());
            String gold = switch (e.get("author_feeling").asText()) {
                case "pos" -> TargetSentiment.POSITIVE;
                case "neg" -> TargetSentiment.NEGATIVE;
                default -> TargetSentiment.NEUTRAL;
            };
            Double mean = text == null ? null : entityMean(text, e.get("entity").asText(), targets);
            if (mean == null) {
                missing++;
                eval.add(gold, TargetSentiment.NEUTRAL);
                continue;
            }
            eval.add(gold, mean >= TargetedScorer.THRESHOLD ? TargetSentiment.POSITIVE
                    : mean <= -TargetedScorer.THRESHOLD ? TargetSentiment.NEGATIVE : TargetSentiment.NEUTRAL);
        }
        return new BasilResult(eval, missing);
    }

    /** Mean sentiment of the entity's mentions (full name, or surname) in the article; null if none. */
    static Double entityMean(String text, String entity, SentenceTargets targets) {
        String[] parts = entity.split(" ");
        String surname = parts[parts.length - 1];
        AnalyzedText a = TextAnalyzer.analyze(text);
        double sum = 0;
        int n = 0;
        for (Sentence s : a.sentences()) {
            String sentence = text.substring(s.begin(), s.end());
            List<TargetInput.Target> ts = new ArrayList<>();
            int from = 0;
            while (true) {
                int full = sentence.indexOf(entity, from);
                int sur = sentence.indexOf(surname, from);
                int at = full >= 0 ? full : sur;
                if (at < 0) {
                    break;
                }
                int len = full >= 0 ? entity.length() : surname.length();
                ts.add(new TargetInput.Target(at, at + len, null));
                from = at + len;
            }
            if (!ts.isEmpty()) {
                for (TargetSentiment t : targets.score(sentence, ts)) {
                    sum += t.score();
                    n++;
                }
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** NYT snippets: Pearson r of the normalised sentence valence with the mean human rating. */
    public record NytResult(int n, double pearson) {}

    public static NytResult nyt(Path file, TargetedScorer scorer) throws IOException {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            AnalyzedText a = TextAnalyzer.analyze(parts[2]);
            double sum = 0;
            for (Sentence s : a.sentences()) {
                sum += scorer.sentenceValence(a, s, null);
            }
            xs.add(TargetedScorer.normalize(sum));
            ys.add(Double.parseDouble(parts[1]));
        }
        return new NytResult(xs.size(), pearson(xs, ys));
    }

    static double pearson(List<Double> x, List<Double> y) {
        int n = x.size();
        double mx = x.stream().mapToDouble(d -> d).average().orElse(0);
        double my = y.stream().mapToDouble(d -> d).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x.get(i) - mx;
            double dy = y.get(i) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
