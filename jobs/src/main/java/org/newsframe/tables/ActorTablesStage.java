package org.newsframe.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.Stage;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;

/**
 * Stage 3 (actors): {@code mentions} → {@code cooccurrence} and {@code actors}, in Spark SQL.
 *
 * <p>Co-occurrence counts each window once per pair (an actor mentioned three times in a sentence is one
 * presence), for two window types: the sentence and the whole article. Per day and window type, NPMI and
 * lift are computed against all windows of that day (every sentence, from {@code article_stats}, not only
 * the ones with mentions), so a pair of frequent actors is not "associated" just because both are frequent.
 */
public final class ActorTablesStage implements Stage {

    @Override
    public String name() {
        return "actor-tables";
    }

    @Override
    public List<TableSchema> reads() {
        return List.of(Tables.MENTIONS, Tables.ARTICLE_STATS, Tables.ARTICLES);
    }

    @Override
    public List<TableSchema> writes(NewsframeConfig config) {
        return List.of(Tables.COOCCURRENCE, Tables.ACTORS);
    }

    @Override
    public void run(RunContext ctx) {
        Dataset<Row> mentions = DupClusters.attach(ctx.read(Tables.MENTIONS), ctx);
        List<String> excluded = ctx.config().cooccurrenceExcludeTypes();
        Dataset<Row> actorMentions = excluded.isEmpty() ? mentions
                : mentions.filter(col("actor_type").isin(excluded.toArray()).unary_$bang());
        Dataset<Row> stats = ctx.read(Tables.ARTICLE_STATS);
        Dataset<Row> names = mentions.groupBy("actor_id").agg(first("actor_name").as("actor_name"));
        org.newsframe.pipeline.Increment increment = ctx.increment();
        if (increment != null) {
            // per day: an incremental run recomputes the days it changed, keeps the others as published
            actorMentions = AffectedDates.only(actorMentions, increment);
            stats = AffectedDates.only(stats, increment);
        }

        Dataset<Row> sentence = pairs(actorMentions, List.of("article_id", "pub_date", "sentence_index"), "sentence",
                stats.groupBy("pub_date").agg(sum("n_sentences").cast("long").as("n_windows")));
        Dataset<Row> document = pairs(actorMentions, List.of("article_id", "pub_date"), "document",
                stats.groupBy("pub_date").agg(count(lit(1)).as("n_windows")));
        Dataset<Row> cooc = sentence.unionByName(document);
        cooc = cooc.join(names.withColumnRenamed("actor_id", "actor_a").withColumnRenamed("actor_name", "actor_a_name"),
                        "actor_a")
                .join(names.withColumnRenamed("actor_id", "actor_b").withColumnRenamed("actor_name", "actor_b_name"),
                        "actor_b");
        if (increment != null) {
            cooc = AffectedDates.merge(cooc, ctx.store().readPublished(Tables.COOCCURRENCE), increment, Tables.COOCCURRENCE);
        }
        ctx.write(Tables.COOCCURRENCE, cooc);

        ctx.write(Tables.ACTORS, actors(mentions));
    }

    /** Pairs (actor_a < actor_b) present together in a window, with counts and association per day. */
    public static Dataset<Row> pairs(Dataset<Row> mentions, List<String> windowKeys, String window, Dataset<Row> windowsPerDay) {
        Dataset<Row> presence = presence(mentions, windowKeys);
        Dataset<Row> single = actorWindows(presence);
        Dataset<Row> withA = joinNullSafe(pairCounts(presence, windowKeys),
                single.withColumnRenamed("actor_id", "actor_a").withColumnRenamed("n", "n_a"), "pub_date", "actor_a");
        Dataset<Row> withB = joinNullSafe(withA,
                single.withColumnRenamed("actor_id", "actor_b").withColumnRenamed("n", "n_b"), "pub_date", "actor_b");
        return joinNullSafe(withB, windowsPerDay, "pub_date").withColumn("window", lit(window))
                .withColumn("npmi", npmi())
                .withColumn("lift", lift());
    }

    /** Each window (the keys, which hold article_id and pub_date) with each actor in it, once. */
    public static Dataset<Row> presence(Dataset<Row> mentions, List<String> windowKeys) {
        List<Column> keyCols = new ArrayList<>();
        windowKeys.forEach(k -> keyCols.add(col(k)));
        keyCols.add(col("actor_id"));
        keyCols.add(DupClusters.of(mentions).as(DupClusters.COLUMN)); // one per article: the distinct is unchanged
        return mentions.select(keyCols.toArray(Column[]::new)).distinct();
    }

    /**
     * Per pub_date and pair (actor_a < actor_b): windows holding both (n_cooccurrences) and their articles.
     * Each window's actors are collected into one sorted array and its pairs generated from it, instead of
     * joining presence with itself on the window keys: one shuffle instead of a sort-merge join's two, and no
     * joined row per pair to sort (the join and its sorts were the top of the profile; docs/benchmarks.md).
     * Counted per article first, then per day: one distinct count, so Spark plans no {@code Expand}.
     */
    public static Dataset<Row> pairCounts(Dataset<Row> presence, List<String> windowKeys) {
        List<Column> window = new ArrayList<>();
        windowKeys.forEach(k -> window.add(col(k)));
        window.add(col(DupClusters.COLUMN));
        Dataset<Row> actorsPerWindow = presence.groupBy(window.toArray(Column[]::new))
                .agg(org.apache.spark.sql.functions.array_sort(org.apache.spark.sql.functions.collect_set("actor_id")).as("_actors"))
                .where(org.apache.spark.sql.functions.size(col("_actors")).geq(2));
        Column pairs = org.apache.spark.sql.functions.expr("flatten(transform(sequence(1, size(_actors) - 1), "
                + "i -> transform(slice(_actors, i + 1, size(_actors)), b -> named_struct('a', _actors[i - 1], 'b', b))))");
        return actorsPerWindow
                .select(col("article_id"), col("pub_date"), col(DupClusters.COLUMN),
                        org.apache.spark.sql.functions.explode(pairs).as("_pair"))
                .select(col("article_id"), col("pub_date"), col(DupClusters.COLUMN), col("_pair.a").as("actor_a"),
                        col("_pair.b").as("actor_b"))
                .groupBy("pub_date", "actor_a", "actor_b", "article_id", DupClusters.COLUMN)
                .agg(count(lit(1)).as("_windows"))
                .groupBy("pub_date", "actor_a", "actor_b")
                .agg(sum("_windows").cast("long").as("n_cooccurrences"), count(lit(1)).as("n_articles"),
                        countDistinct(DupClusters.COLUMN).as("n_articles_unique"));
    }

    /** Per pub_date and actor: the windows holding it ({@code n}). */
    public static Dataset<Row> actorWindows(Dataset<Row> presence) {
        return presence.groupBy("pub_date", "actor_id").agg(count(lit(1)).as("n"));
    }

    /** p_ab / (p_a p_b) from n_cooccurrences, n_a, n_b and n_windows. */
    private static Column lift() {
        Column pab = col("n_cooccurrences").divide(col("n_windows"));
        return pab.divide(col("n_a").divide(col("n_windows")).multiply(col("n_b").divide(col("n_windows"))));
    }

    /**
     * NPMI of a pair from the columns n_cooccurrences (at least 1), n_a, n_b and n_windows:
     * ln(p_ab / (p_a p_b)) / −ln p_ab, 1 when they are in every window.
     */
    public static Column npmi() {
        Column pab = col("n_cooccurrences").divide(col("n_windows"));
        return org.apache.spark.sql.functions.when(pab.geq(1.0), lit(1.0))
                .otherwise(org.apache.spark.sql.functions.log(lift()).divide(org.apache.spark.sql.functions.log(pab).multiply(-1)));
    }

    /** Inner join on keys compared null-safely (undated articles have a null pub_date and must still join). */
    public static Dataset<Row> joinNullSafe(Dataset<Row> left, Dataset<Row> right, String... keys) {
        return joinNullSafe(left, right, "inner", keys);
    }

    /** A left join on keys compared null-safely. */
    public static Dataset<Row> leftJoinNullSafe(Dataset<Row> left, Dataset<Row> right, String... keys) {
        return joinNullSafe(left, right, "left", keys);
    }

    private static Dataset<Row> joinNullSafe(Dataset<Row> left, Dataset<Row> right, String type, String[] keys) {
        Dataset<Row> r = right;
        Column on = lit(true);
        for (String k : keys) {
            r = r.withColumnRenamed(k, "_r_" + k);
        }
        for (String k : keys) {
            on = on.and(left.col(k).eqNullSafe(r.col("_r_" + k)));
        }
        Dataset<Row> joined = left.join(r, on, type);
        for (String k : keys) {
            joined = joined.drop("_r_" + k);
        }
        return joined;
    }

    static Dataset<Row> actors(Dataset<Row> mentions) {
        Dataset<Row> forms = mentions.groupBy("actor_id", "text").agg(count(lit(1)).as("n"))
                .withColumn("rank", org.apache.spark.sql.functions.row_number()
                        .over(Window.partitionBy("actor_id").orderBy(desc("n"), col("text"))))
                .filter(col("rank").leq(20))
                .groupBy("actor_id")
                .agg(org.apache.spark.sql.functions.sort_array(org.apache.spark.sql.functions.collect_list(
                        org.apache.spark.sql.functions.struct(col("rank"), col("text")))).as("ranked"))
                .withColumn("surface_forms", org.apache.spark.sql.functions.expr("transform(ranked, x -> x.text)"));
        Dataset<Row> sourceRank = mentions.withColumn("source_rank",
                org.apache.spark.sql.functions.when(col("source").equalTo("dictionary"), 0)
                        .when(col("source").equalTo("tagger"), 1)
                        .when(col("source").equalTo("heuristic"), 2).otherwise(3));
        Dataset<Row> agg = sourceRank.groupBy("actor_id").agg(
                first("actor_name").as("actor_name"),
                first("actor_type").as("actor_type"),
                first("country", true).as("country"),
                min("source_rank").as("source_rank"),
                count(lit(1)).as("n_mentions"),
                countDistinct("article_id").as("n_articles"),
                countDistinct(DupClusters.of(mentions)).as("n_articles_unique"),
                min("pub_date").as("first_date"),
                max("pub_date").as("last_date"));
        return agg.join(forms.select("actor_id", "surface_forms"), "actor_id")
                .withColumn("source", org.apache.spark.sql.functions.element_at(
                        org.apache.spark.sql.functions.array(lit("dictionary"), lit("tagger"), lit("heuristic"), lit("model")),
                        col("source_rank").plus(1)))
                .orderBy(desc("n_mentions"));
    }
}
