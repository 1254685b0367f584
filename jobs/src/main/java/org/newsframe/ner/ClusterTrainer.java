package org.newsframe.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/**
 * Learns {@link WordClusters} from unlabelled text with Spark MLlib: each sentence as newsframe tokenises it
 * (word keys, every number as "0"), Word2Vec (skip-gram) vectors for the words seen at least
 * {@code minCount} times, the vectors normalised to unit length (so k-means groups by cosine), then one
 * k-means per level. One Word2Vec partition and fixed seeds: the same texts give the same clusters.
 */
public final class ClusterTrainer {

    /** Word2Vec and k-means settings; {@link #DEFAULTS} made the shipped clusters. */
    public record Settings(int vectorSize, int window, int minCount, int iterations, int[] sizes, long seed) {
        public Settings {
            sizes = sizes.clone();
        }
    }

    public static final Settings DEFAULTS = new Settings(64, 5, 5, 3, new int[] {64, 256, 1024}, 7L);

    private ClusterTrainer() {}

    /** The word-key sequences of the sentences of a text: what Word2Vec reads. */
    public static List<List<String>> sentences(String text) {
        AnalyzedText a = TextAnalyzer.analyze(text);
        List<List<String>> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<String> words = new ArrayList<>(s.endToken() - s.firstToken());
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = a.tokens().get(i);
                if (t.kind() == Token.Kind.WORD) {
                    words.add(t.key());
                } else if (t.kind() == Token.Kind.NUMBER) {
                    words.add("0");
                }
            }
            if (words.size() > 1) {
                out.add(words);
            }
        }
        return out;
    }

    public static WordClusters train(SparkSession spark, List<String> texts, Settings settings, Consumer<String> log) {
        StructType schema = new StructType().add("words", DataTypes.createArrayType(DataTypes.StringType), false);
        List<Row> rows = new ArrayList<>();
        long tokens = 0;
        for (String text : texts) {
            for (List<String> s : sentences(text)) {
                rows.add(RowFactory.create((Object) s.toArray(new String[0])));
                tokens += s.size();
            }
        }
        log.accept(String.format("%,d texts, %,d sentences, %,d words", texts.size(), rows.size(), tokens));
        Dataset<Row> corpus = spark.createDataFrame(rows, schema).repartition(1).cache();
        long t0 = System.nanoTime();
        Word2VecModel w2v = new Word2Vec().setInputCol("words").setOutputCol("unused")
                .setVectorSize(settings.vectorSize()).setWindowSize(settings.window()).setMinCount(settings.minCount())
                .setMaxIter(settings.iterations()).setNumPartitions(1).setSeed(settings.seed()).fit(corpus);
        Dataset<Row> vectors = new Normalizer().setInputCol("vector").setOutputCol("features").setP(2.0)
                .transform(w2v.getVectors()).select("word", "features").cache();
        long words = vectors.count();
        log.accept(String.format("Word2Vec: %,d words of at least %d occurrences, %d dimensions, %.1f s", words,
                settings.minCount(), settings.vectorSize(), (System.nanoTime() - t0) / 1e9));
        int[] sizes = settings.sizes();
        Dataset<Row> assigned = vectors;
        for (int level = 0; level < sizes.length; level++) {
            long t1 = System.nanoTime();
            KMeansModel km = new KMeans().setK(sizes[level]).setSeed(settings.seed()).setMaxIter(30)
                    .setFeaturesCol("features").setPredictionCol("cluster_" + level).fit(vectors);
            assigned = km.transform(assigned);
            log.accept(String.format("k-means k=%d: %.1f s", sizes[level], (System.nanoTime() - t1) / 1e9));
        }
        Map<String, int[]> ids = new HashMap<>();
        for (Row r : assigned.drop("features").collectAsList()) { // one row per word of the vocabulary, not of the corpus
            int[] c = new int[sizes.length];
            for (int level = 0; level < sizes.length; level++) {
                c[level] = r.getInt(r.fieldIndex("cluster_" + level));
            }
            ids.put(r.getString(r.fieldIndex("word")), c);
        }
        corpus.unpersist();
        vectors.unpersist();
        return WordClusters.of(sizes, ids);
    }
}
