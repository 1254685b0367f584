package org.newsframe.tables;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.Stage;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;
import org.newsframe.sentiment.Intervals;

/**
 * Stage 3 (sentiment): {@code mentions} → {@code actor_sentiment}: per actor and day, the mean sentiment
 * with every article weighted alike (and the mention-weighted mean beside it), label counts and a 95%
 * t-interval. Mentions in one article are not independent (one article
 * takes one line on an actor), so the interval's unit is the article — each article's mean mention
 * sentiment — whenever two or more articles mention the actor that day; with one article the mentions are
 * the units; with one mention the interval is the full range.
 */
public final class SentimentTablesStage implements Stage {

    @Override
    public String name() {
        return "sentiment-tables";
    }

    @Override
    public List<TableSchema> reads() {
        return List.of(Tables.MENTIONS, Tables.ARTICLES);
    }

    @Override
    public List<TableSchema> writes(NewsframeConfig config) {
        return List.of(Tables.ACTOR_SENTIMENT);
    }

    @Override
    public void run(RunContext ctx) {
        registerIntervals(ctx.spark());
        Dataset<Row> mentions = DupClusters.attach(ctx.read(Tables.MENTIONS), ctx);
        org.newsframe.pipeline.Increment increment = ctx.increment();
        if (increment == null) {
            ctx.write(Tables.ACTOR_SENTIMENT, actorSentiment(mentions));
            return;
        }
        // per day: an incremental run recomputes the days it changed, keeps the others as published
        ctx.write(Tables.ACTOR_SENTIMENT, AffectedDates.merge(actorSentiment(AffectedDates.only(mentions, increment)),
                ctx.store().readPublished(Tables.ACTOR_SENTIMENT), increment, Tables.ACTOR_SENTIMENT));
    }

    /** Decimal places sentiment scores are summed with (a score of a mention is in [-1, 1]). */
    public static final int SCALE = 12;

    private static Column exact(Column score) {
        return score.cast(DataTypes.createDecimalType(SCALE + 2, SCALE)); // rounds half up to SCALE places
    }

    /** The mean, from an exact sum: independent of row order. */
    private static Column mean(Column score) {
        return sum(exact(score)).divide(count(score)).cast("double");
    }

    /** The sample standard deviation from exact sums of x and x²; null for fewer than two values (as stddev_samp). */
    private static Column sd(Column score) {
        Column n = count(score);
        Column s1 = sum(exact(score));
        Column s2 = sum(exact(score).multiply(exact(score)));
        Column var = s2.minus(s1.multiply(s1).divide(n)).divide(n.minus(1)).cast("double");
        return when(n.geq(2), sqrt(greatest(var, lit(0.0))));
    }

    /** The interval functions {@link #actorSentiment} calls. */
    public static void registerIntervals(org.apache.spark.sql.SparkSession spark) {
        spark.udf().register("nf_ci_low", (UDF3<Double, Double, Long, Double>)
                (m, sd, n) -> Intervals.t95(m, sd == null ? Double.NaN : sd, n)[0], DataTypes.DoubleType);
        spark.udf().register("nf_ci_high", (UDF3<Double, Double, Long, Double>)
                (m, sd, n) -> Intervals.t95(m, sd == null ? Double.NaN : sd, n)[1], DataTypes.DoubleType);
    }

    /**
     * Mentions without a sentiment (annotate's {@code sentiment} component switched off) are not counted.
     *
     * <p>Deterministic to the last bit: a double sum depends on the order rows reach it, which differs between
     * runs (task timing, partitions), so two identical runs differed in the last digits. Scores are summed as
     * exact decimals of {@link #SCALE} places instead, and the mean and standard deviation computed from the
     * exact sums — the same rows give the same doubles whatever their order.
     */
    public static Dataset<Row> actorSentiment(Dataset<Row> allMentions) {
        Dataset<Row> mentions = allMentions.filter(col("sentiment").isNotNull());
        Dataset<Row> perArticle = mentions.groupBy("pub_date", "actor_id", "article_id")
                .agg(mean(col("sentiment")).as("article_mean"), min(DupClusters.of(mentions)).as("_cluster"));
        Dataset<Row> articleUnits = perArticle.groupBy("pub_date", "actor_id")
                .agg(mean(col("article_mean")).as("a_mean"), sd(col("article_mean")).as("a_sd"),
                        count(lit(1)).as("n_articles"), countDistinct("_cluster").as("n_articles_unique"));
        Dataset<Row> mentionUnits = mentions.groupBy("pub_date", "actor_id").agg(
                min("actor_name").as("actor_name"),
                count(lit(1)).as("n_mentions"),
                mean(col("sentiment")).as("mention_mean_sentiment"),
                sd(col("sentiment")).as("m_sd"),
                sum(when(col("sentiment_label").equalTo("positive"), 1).otherwise(0)).cast("long").as("n_positive"),
                sum(when(col("sentiment_label").equalTo("neutral"), 1).otherwise(0)).cast("long").as("n_neutral"),
                sum(when(col("sentiment_label").equalTo("negative"), 1).otherwise(0)).cast("long").as("n_negative"));
        Dataset<Row> joined = ActorTablesStage.joinNullSafe(mentionUnits, articleUnits, "pub_date", "actor_id");
        // one article: its mentions are the units (a_mean is then the mention mean)
        return joined
                .withColumn("mean_sentiment", col("a_mean"))
                .withColumn("ci_low", when(col("n_articles").geq(2),
                                call_udf("nf_ci_low", col("a_mean"), col("a_sd"), col("n_articles")))
                        .otherwise(call_udf("nf_ci_low", col("mention_mean_sentiment"), col("m_sd"), col("n_mentions"))))
                .withColumn("ci_high", when(col("n_articles").geq(2),
                                call_udf("nf_ci_high", col("a_mean"), col("a_sd"), col("n_articles")))
                        .otherwise(call_udf("nf_ci_high", col("mention_mean_sentiment"), col("m_sd"), col("n_mentions"))));
    }
}
