package org.newsframe.eval;

import java.util.function.Consumer;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsframe.sentiment.SentimentModel;
import org.newsframe.sentiment.TargetSentiment;

/** Picks the sentiment model's L2 weight by F1-macro on a held-out part of the training rows (train-sentiment). */
public final class RegularisationSearch {

    /** The weights tried, in order. */
    public static final double[] GRID = {0.03, 0.1, 0.3, 1.0, 3.0, 10.0};

    private RegularisationSearch() {}

    /** Trains on 80% of {@code train} for every weight of {@link #GRID}, scores the other 20%, returns the best. */
    public static double choose(Dataset<Row> train, long seed, Consumer<String> progress) {
        Dataset<Row>[] split = train.randomSplit(new double[] {0.8, 0.2}, seed);
        double best = 0.1;
        double bestF1 = -1;
        for (double r : GRID) {
            PipelineModel m = SentimentModel.train(split[0], r);
            SentimentEvaluation e = new SentimentEvaluation();
            for (Row row : SentimentModel.apply(m, split[1]).select("label", "model_label").collectAsList()) {
                e.add(TargetSentiment.LABELS.get((int) row.getDouble(0)), row.getString(1));
            }
            progress.accept(String.format("  reg %.2f: held-out F1-macro %.3f", r, e.f1Macro()));
            if (e.f1Macro() > bestF1) {
                bestF1 = e.f1Macro();
                best = r;
            }
        }
        return best;
    }
}
