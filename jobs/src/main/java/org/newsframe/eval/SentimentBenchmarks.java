package org.newsframe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.sentiment.SentimentModel;
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

    /** NewsMTSC scored once: the rule labels, the sentence-lexicon floor, and what a model needs. */
    public record NewsMtscResult(List<TargetSentiment> scored, List<String> gold, SentimentEvaluation rules,
                                 SentimentEvaluation floor, double targetsPerSecond) {}

    public static NewsMtscResult newsMtsc(Path file, SentenceTargets targets) throws IOException {
        List<TargetInput> inputs = NewsMtsc.read(file);
        long t0 = System.nanoTime();
        List<TargetSentiment> scored = NewsMtsc.score(inputs, targets);
        double secs = (System.nanoTime() - t0) / 1e9;
        List<String> gold = NewsMtsc.gold(inputs);
        SentimentEvaluation rules = new SentimentEvaluation();
        SentimentEvaluation floor = new SentimentEvaluation();
        int sentenceCue = TargetSentiment.CUE_NAMES.indexOf("sentence_sum");
        for (int i = 0; i < scored.size(); i++) {
            rules.add(gold.get(i), scored.get(i).label());
            double norm = TargetedScorer.normalize(scored.get(i).cues()[sentenceCue]);
            floor.add(gold.get(i), norm >= 0.05 ? TargetSentiment.POSITIVE
                    : norm <= -0.05 ? TargetSentiment.NEGATIVE : TargetSentiment.NEUTRAL);
        }
        return new NewsMtscResult(scored, gold, rules, floor, rules.total() / secs);
    }

    /** A model saved by train-sentiment on the same scored targets; [evaluation, targets/s incl. the Spark job]. */
    public record ModelResult(SentimentEvaluation evaluation, double targetsPerSecond) {}

    public static ModelResult model(SparkSession spark, PipelineModel model, NewsMtscResult scored) {
        long t0 = System.nanoTime();
        List<Row> predicted = SentimentModel.apply(model, SentimentModel.trainingRows(spark, scored.scored(), scored.gold()))
                .select("label", "model_label").collectAsList();
        double secs = (System.nanoTime() - t0) / 1e9;
        SentimentEvaluation e = new SentimentEvaluation();
        for (Row r : predicted) {
            e.add(TargetSentiment.LABELS.get((int) r.getDouble(0)), r.getString(1));
        }
        return new ModelResult(e, predicted.size() / secs);
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
