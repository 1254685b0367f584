package org.newsframe.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.dedup.MinHash;
import org.newsframe.dedup.Shingles;
import org.newsframe.schema.RowShape;

/**
 * Near-duplicate clusters of the accepted articles → {@code articles.dup_cluster} and {@code is_canonical}.
 *
 * <ol>
 *   <li>Each text of at least {@code dedup.min-words} words gets a {@link MinHash} signature of its word
 *       shingles ({@link Shingles}), inside the tasks.</li>
 *   <li>Each signature's band keys are grouped: texts sharing a band are candidate pairs (all pairs of a
 *       bucket of up to {@link #ALL_PAIRS_UP_TO}, a star from its least id beyond — a bucket of a thousand
 *       reposts of one notice stays linear, and is joined from the bucket's size and least id, so no list of
 *       its ids is ever held in memory).</li>
 *   <li>A candidate is a copy when its signatures agree on at least {@code dedup.threshold} of their
 *       positions (the estimated Jaccard similarity).</li>
 *   <li>Clusters are the connected components of the copy pairs, by min-label propagation in Spark: each id
 *       takes the least label among itself and its neighbours until nothing changes (as many rounds as the
 *       widest cluster is long; two Spark jobs a round). No per-article data reaches the driver: only the
 *       number of labels that changed.</li>
 *   <li>Each cluster's canonical copy is the earliest ({@code published_at}, undated last), then the longest,
 *       then the least id; {@code dup_cluster} is its id. An article with no copy is its own cluster.</li>
 * </ol>
 */
final class NearDuplicates {

    /** Buckets up to this size give all their pairs; larger ones a star from their first id. */
    static final int ALL_PAIRS_UP_TO = 16;

    /** Rounds of label propagation before the run stops with an error (a chain this long is not copies). */
    static final int MAX_ROUNDS = 200;

    private NearDuplicates() {}

    private static final StructType SIGNATURES = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("sig", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

    private static final StructType BANDS = new StructType()
            .add("band", DataTypes.IntegerType, false)
            .add("key", DataTypes.LongType, false)
            .add("article_id", DataTypes.StringType, false);

    private static final StructType EDGES = new StructType()
            .add("src", DataTypes.StringType, false)
            .add("dst", DataTypes.StringType, false);

    private static final RowShape.Builder SIG_ROW = RowShape.of(SIGNATURES);
    private static final RowShape.Field<String> SIG_ID = SIG_ROW.field("article_id", String.class);
    @SuppressWarnings("rawtypes")
    private static final RowShape.Field<List> SIG = SIG_ROW.field("sig", List.class);
    private static final RowShape SIG_SHAPE = SIG_ROW.build();

    private static final RowShape.Builder BAND_ROW = RowShape.of(BANDS);
    private static final RowShape.Field<Integer> BAND = BAND_ROW.field("band", Integer.class);
    private static final RowShape.Field<Long> KEY = BAND_ROW.field("key", Long.class);
    private static final RowShape.Field<String> BAND_ID = BAND_ROW.field("article_id", String.class);
    private static final RowShape BAND_SHAPE = BAND_ROW.build();

    private static final RowShape.Builder EDGE_ROW = RowShape.of(EDGES);
    private static final RowShape.Field<String> SRC = EDGE_ROW.field("src", String.class);
    private static final RowShape.Field<String> DST = EDGE_ROW.field("dst", String.class);
    private static final RowShape EDGE_SHAPE = EDGE_ROW.build();

    private static Row edge(String src, String dst) {
        Object[] v = EDGE_SHAPE.values();
        SRC.set(v, src);
        DST.set(v, dst);
        return EDGE_SHAPE.row(v);
    }

    /** The articles with {@code dup_cluster} and {@code is_canonical} from {@link #clusters} (an article in none: its own). */
    static Dataset<Row> withClusters(Dataset<Row> articles, Dataset<Row> clusters) {
        return articles.join(clusters, articles.col("article_id").equalTo(clusters.col("v")), "left")
                .withColumn("dup_cluster", coalesce(col("cluster"), col("article_id")))
                .withColumn("is_canonical", coalesce(col("canonical"), lit(true)))
                .drop("v", "cluster", "canonical");
    }

    /**
     * (v, cluster, canonical) for every article (with {@code article_id}, {@code text}, {@code published_at},
     * {@code text_chars}) that has at least one copy; persisted and materialised (the caller unpersists it),
     * empty when {@code dedup.enabled} is off.
     */
    static Dataset<Row> clusters(SparkSession spark, Dataset<Row> articles, NewsframeConfig.Dedup settings, MinHash minHash) {
        if (!settings.enabled()) {
            return spark.createDataFrame(List.of(), new StructType().add("v", DataTypes.StringType)
                    .add("cluster", DataTypes.StringType).add("canonical", DataTypes.BooleanType));
        }
        int k = settings.shingleWords();
        int minWords = settings.minWords();
        JavaRDD<Row> sigRows = articles.select("article_id", "text").javaRDD().flatMap(r -> {
            String text = r.getString(1);
            if (text == null || Shingles.words(text) < minWords) {
                return java.util.Collections.emptyIterator();
            }
            int[] sig = minHash.signature(Shingles.of(text, k));
            List<Integer> boxed = new ArrayList<>(sig.length);
            for (int v : sig) {
                boxed.add(v);
            }
            Object[] v = SIG_SHAPE.values();
            SIG_ID.set(v, r.getString(0));
            SIG.set(v, boxed);
            return List.of(SIG_SHAPE.row(v)).iterator();
        });
        Dataset<Row> sigs = spark.createDataFrame(sigRows, SIGNATURES).persist(StorageLevel.MEMORY_AND_DISK());
        List<Dataset<Row>> toRelease = new ArrayList<>(List.of(sigs));
        try {
            Dataset<Row> bands = spark.createDataFrame(sigs.javaRDD().flatMap(r -> {
                int[] sig = ints(r.getList(1));
                long[] keys = minHash.bandKeys(sig);
                List<Row> out = new ArrayList<>(keys.length);
                for (int b = 0; b < keys.length; b++) {
                    Object[] v = BAND_SHAPE.values();
                    BAND.set(v, b);
                    KEY.set(v, keys[b]);
                    BAND_ID.set(v, r.getString(0));
                    out.add(BAND_SHAPE.row(v));
                }
                return out.iterator();
            }), BANDS);
            // Bucket sizes first, so that no list of ids is ever built for a large bucket: generated or templated
            // corpora put hundreds of thousands of texts in one bucket (a million short generated articles: a
            // task out of a 2 GB heap collecting and pairing one such list, docs/benchmarks.md).
            Dataset<Row> sizes = bands.groupBy("band", "key")
                    .agg(count(lit(1)).as("n"), min(col("article_id")).as("first"))
                    .filter(col("n").gt(1));
            Dataset<Row> members = bands.join(sizes,
                    scala.collection.JavaConverters.asScalaBuffer(List.of("band", "key")).toSeq());
            Dataset<Row> small = spark.createDataFrame(members.filter(col("n").leq(ALL_PAIRS_UP_TO))
                    .groupBy("band", "key").agg(collect_list(col("article_id")).as("ids")).select("ids").javaRDD()
                    .flatMap(r -> {
                        List<String> ids = new ArrayList<>(r.getList(0));
                        ids.sort(null);
                        List<Row> out = new ArrayList<>();
                        for (int i = 0; i < ids.size(); i++) {
                            for (int j = i + 1; j < ids.size(); j++) {
                                out.add(edge(ids.get(i), ids.get(j)));
                            }
                        }
                        return out.iterator();
                    }), EDGES);
            // a larger bucket: a star from its least id
            Dataset<Row> star = members.filter(col("n").gt(ALL_PAIRS_UP_TO).and(col("article_id").notEqual(col("first"))))
                    .select(col("first").as("src"), col("article_id").as("dst"));
            Dataset<Row> candidates = small.unionByName(star).distinct();
            double threshold = settings.threshold();
            Dataset<Row> a = sigs.withColumnRenamed("article_id", "a_id").withColumnRenamed("sig", "a_sig");
            Dataset<Row> b = sigs.withColumnRenamed("article_id", "b_id").withColumnRenamed("sig", "b_sig");
            JavaRDD<Row> copies = candidates
                    .join(a, col("src").equalTo(col("a_id")))
                    .join(b, col("dst").equalTo(col("b_id")))
                    .select("src", "dst", "a_sig", "b_sig")
                    .javaRDD()
                    .filter(r -> MinHash.similarity(ints(r.getList(2)), ints(r.getList(3))) >= threshold)
                    .flatMap(r -> List.of(edge(r.getString(0), r.getString(1)), edge(r.getString(1), r.getString(0))).iterator());
            Dataset<Row> edges = spark.createDataFrame(copies, EDGES).persist(StorageLevel.MEMORY_AND_DISK());
            toRelease.add(edges);
            Dataset<Row> labels = components(edges);
            toRelease.add(labels);
            Dataset<Row> info = articles.select(col("article_id").as("v"), col("published_at"), col("text_chars"));
            var byCluster = Window.partitionBy("label")
                    .orderBy(col("published_at").asc_nulls_last(), col("text_chars").desc(), col("v").asc());
            Dataset<Row> clusters = labels.select("v", "label").join(info, "v")
                    .withColumn("cluster", first(col("v")).over(byCluster))
                    .withColumn("canonical", row_number().over(byCluster).equalTo(1))
                    .select("v", "cluster", "canonical")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            clusters.count(); // materialised, so what it was computed from can go
            return clusters;
        } finally {
            toRelease.forEach(Dataset::unpersist);
        }
    }

    /** (v, label, …): the least id of each vertex's connected component, by min-label propagation; persisted. */
    private static Dataset<Row> components(Dataset<Row> edges) {
        // round 0 needs no labels: each vertex takes the least of itself and its neighbours
        Dataset<Row> labels = edges.groupBy(col("src").as("v"))
                .agg(least(col("src"), min(col("dst"))).as("label"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        for (int round = 1; ; round++) {
            if (round >= MAX_ROUNDS) {
                throw new IllegalStateException("near-duplicate clusters did not settle in " + MAX_ROUNDS + " rounds");
            }
            // each vertex: the least label among its neighbours' and its own, and whether that changed it —
            // one job a round: the count of changes materialises the persisted labels of the next round
            Dataset<Row> proposed = edges.join(labels, edges.col("src").equalTo(labels.col("v")))
                    .select(edges.col("dst").as("v"), labels.col("label"), lit(null).cast(DataTypes.StringType).as("own"))
                    .union(labels.select(col("v"), col("label"), col("label").as("own")))
                    .groupBy("v").agg(min(col("label")).as("label"), max(col("own")).as("own"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changed = proposed.filter(col("label").notEqual(col("own"))).count();
            labels.unpersist();
            labels = proposed; // (v, label, own): the caller reads v and label
            if (changed == 0) {
                return labels;
            }
        }
    }

    private static int[] ints(List<Integer> xs) {
        int[] out = new int[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xs.get(i);
        }
        return out;
    }
}
