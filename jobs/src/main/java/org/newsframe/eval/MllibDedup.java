package org.newsframe.eval;

import static org.apache.spark.sql.functions.col;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsframe.config.NewsframeConfig;

/**
 * The alternative the near-duplicate design was measured against: Spark MLlib's {@code MinHashLSH} over the
 * same word shingles (RegexTokenizer → NGram → binary HashingTF), {@code approxSimilarityJoin} at the same
 * Jaccard threshold. MLlib's LSH is OR-only (a pair is a candidate when any one of its hash tables agrees), so
 * its candidate count grows with the similarity of unrelated texts; the project's banding is AND-then-OR.
 */
public final class MllibDedup {

    private MllibDedup() {}

    /** Runs MLlib on the texts (article_id, text) and compares its copy pairs with the clusters' pairs. */
    public static String compare(Dataset<Row> articles, Map<String, String> clusterOf, NewsframeConfig.Dedup settings, int tables) {
        long t0 = System.nanoTime();
        Dataset<Row> texts = articles.select("article_id", "text");
        PipelineModel features = new Pipeline().setStages(new PipelineStage[] {
                new RegexTokenizer().setInputCol("text").setOutputCol("words").setPattern("[^\\p{L}\\p{Nd}]+").setMinTokenLength(1),
                new NGram().setN(settings.shingleWords()).setInputCol("words").setOutputCol("shingles"),
                new HashingTF().setInputCol("shingles").setOutputCol("features").setNumFeatures(1 << 22).setBinary(true)})
                .fit(texts);
        Dataset<Row> vectors = features.transform(texts).select("article_id", "features")
                .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r -> ((Vector) r.get(1)).numNonzeros() > 0)
                .cache();
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(tables).setInputCol("features").setOutputCol("hashes")
                .setSeed(1).fit(vectors);
        Dataset<Row> hashed = lsh.transform(vectors).cache();
        Dataset<Row> joined = lsh.approxSimilarityJoin(hashed, hashed, 1 - settings.threshold(), "distance")
                .select(col("datasetA.article_id").as("a"), col("datasetB.article_id").as("b"))
                .filter(col("a").lt(col("b")));
        Set<String> mllib = new HashSet<>();
        for (Row r : joined.collectAsList()) {
            mllib.add(r.getString(0) + " " + r.getString(1));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        vectors.unpersist();
        hashed.unpersist();
        long both = 0;
        for (String p : mllib) {
            String[] ab = p.split(" ");
            if (clusterOf.get(ab[0]) != null && clusterOf.get(ab[0]).equals(clusterOf.get(ab[1]))) {
                both++;
            }
        }
        return String.format("MLlib MinHashLSH (%d hash tables, distance < %.2f): %.1f s, %,d pairs, %,d of them in one of"
                + " newsframe's clusters", tables, 1 - settings.threshold(), seconds, mllib.size(), both);
    }
}
