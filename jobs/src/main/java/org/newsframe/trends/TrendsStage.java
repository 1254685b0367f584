package org.newsframe.trends;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.config.Period;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.Stage;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;
import org.newsframe.spark.Sessions;
import org.newsframe.tables.ActorTablesStage;
import org.newsframe.tables.DupClusters;
import org.newsframe.tables.SentimentTablesStage;

/**
 * Stage 4 (trends): the tables → {@code actor_trends}, {@code pair_trends}, {@code displacement_trends}, one
 * row per series and period ({@code trends.period}: day, ISO week or month), zero-filled from the corpus's
 * first period to its last so that a line chart shows a gap as a zero, not as a straight line.
 *
 * <ol>
 *   <li>The periods: every period between the earliest and latest dated article ({@code article_stats});
 *       undated articles have no period and are left out.</li>
 *   <li>Actors: mentions per actor and period, share of voice, and the sentiment columns exactly as
 *       {@code actor_sentiment} computes them (articles weighted alike, the t-interval over articles) with
 *       the period in place of the day.</li>
 *   <li>Pairs: co-occurrence per period and window type as {@code cooccurrence} counts it per day, NPMI over
 *       the period's windows.</li>
 *   <li>Displacement: figures per country, term and unit, and {@code displacement_events} by the period of
 *       their first report, so a reprinted figure counts once.</li>
 *   <li>Each series: the change against the previous period ({@code lag}) and a spike score against the
 *       trailing window ({@link Spikes}, over the window Spark collects).</li>
 * </ol>
 */
public final class TrendsStage implements Stage {

    @Override
    public String name() {
        return "trends";
    }

    @Override
    public List<TableSchema> reads() {
        return List.of(Tables.ARTICLE_STATS, Tables.MENTIONS, Tables.DISPLACEMENT, Tables.DISPLACEMENT_EVENTS, Tables.ARTICLES);
    }

    @Override
    public List<TableSchema> writes(NewsframeConfig config) {
        return List.of(Tables.ACTOR_TRENDS, Tables.PAIR_TRENDS, Tables.DISPLACEMENT_TRENDS);
    }

    @Override
    public void run(RunContext ctx) {
        NewsframeConfig.Trends conf = ctx.config().trends();
        SparkSession spark = ctx.spark();
        register(spark);
        Period period = conf.period();
        Dataset<Row> stats = ctx.read(Tables.ARTICLE_STATS).where(col("pub_date").isNotNull())
                .withColumn("period_start", start(period, "pub_date"));
        Dataset<Row> periods = periods(spark, period, stats);
        Dataset<Row> mentions = DupClusters.attach(ctx.read(Tables.MENTIONS), ctx).where(col("pub_date").isNotNull())
                .withColumn("period_start", start(period, "pub_date"));

        ctx.write(Tables.ACTOR_TRENDS, actors(mentions, periods, conf));
        List<String> excluded = ctx.config().cooccurrenceExcludeTypes();
        Dataset<Row> actorMentions = excluded.isEmpty() ? mentions
                : mentions.filter(col("actor_type").isin(excluded.toArray()).unary_$bang());
        ctx.write(Tables.PAIR_TRENDS, pairs(actorMentions, stats, periods, conf));
        ctx.write(Tables.DISPLACEMENT_TRENDS, displacement(
                ctx.read(Tables.DISPLACEMENT).where(col("pub_date").isNotNull().and(col("projected").unary_$bang()))
                        .withColumn("period_start", start(period, "pub_date")),
                ctx.read(Tables.DISPLACEMENT_EVENTS).where(col("first_reported").isNotNull())
                        .withColumn("period_start", start(period, "first_reported")),
                periods, conf));
    }

    /** The spike score as an SQL function, and actor_sentiment's interval functions. */
    static void register(SparkSession spark) {
        SentimentTablesStage.registerIntervals(spark);
        spark.udf().register("nf_spike", (UDF2<Long, scala.collection.Seq<Long>, Double>) (v, history) ->
                Spikes.score(v, scala.collection.JavaConverters.seqAsJavaList(history)), DataTypes.DoubleType);
    }

    static Column start(Period period, String dateColumn) {
        return date_trunc(period.truncUnit(), col(dateColumn)).cast("date");
    }

    /** One row per period from the first dated article's to the last's: period_start, period. */
    static Dataset<Row> periods(SparkSession spark, Period period, Dataset<Row> dated) {
        Row range = dated.agg(min("pub_date"), max("pub_date")).first();
        List<Row> rows = new ArrayList<>();
        if (!range.isNullAt(0)) {
            for (LocalDate p : period.between(Sessions.localDate(range.get(0)), Sessions.localDate(range.get(1)))) {
                rows.add(RowFactory.create(java.sql.Date.valueOf(p), period.label(p)));
            }
        }
        return spark.createDataFrame(rows, new StructType().add("period_start", DataTypes.DateType, false)
                .add("period", DataTypes.StringType, false));
    }

    /**
     * Per series of {@code keys}, in period order: the spike score and flag of {@code count}, its change against the
     * previous period as {@code countChange}, and, when {@code value} is given, that column's change as
     * {@code valueChange} (null when either side is null).
     */
    static Dataset<Row> series(Dataset<Row> filled, String count, String countChange, String value, String valueChange,
                               NewsframeConfig.Trends conf, String... keys) {
        Column[] partition = new Column[keys.length];
        for (int i = 0; i < keys.length; i++) {
            partition[i] = col(keys[i]);
        }
        WindowSpec ordered = Window.partitionBy(partition).orderBy("period_start");
        WindowSpec trailing = ordered.rowsBetween(-conf.spikeWindow(), -1);
        Dataset<Row> out = filled
                .withColumn("spike_score", call_udf("nf_spike", col(count), collect_list(col(count)).over(trailing)))
                .withColumn("spike", coalesce(col("spike_score").geq(conf.spikeThreshold()), lit(false))
                        .and(col(count).geq(conf.spikeMinCount())))
                .withColumn(countChange, col(count).minus(lag(col(count), 1).over(ordered)));
        return value == null ? out : out.withColumn(valueChange, col(value).minus(lag(col(value), 1).over(ordered)));
    }

    static Dataset<Row> actors(Dataset<Row> mentions, Dataset<Row> periods, NewsframeConfig.Trends conf) {
        Dataset<Row> eligible = mentions.groupBy("actor_id")
                .agg(count(lit(1)).as("total"), first("actor_name").as("actor_name"), first("actor_type").as("actor_type"))
                .where(col("total").geq(conf.minMentions())).drop("total");
        Dataset<Row> counts = mentions.groupBy("actor_id", "period_start")
                .agg(count(lit(1)).as("n_mentions"), countDistinct("article_id").as("n_articles"),
                        countDistinct(DupClusters.of(mentions)).as("n_articles_unique"));
        Dataset<Row> totals = mentions.groupBy("period_start").agg(count(lit(1)).as("period_mentions"));
        // the sentiment columns as actor_sentiment computes them per day, here per period
        Dataset<Row> sentiment = SentimentTablesStage.actorSentiment(mentions.drop("pub_date")
                        .withColumnRenamed("period_start", "pub_date"))
                .select(col("pub_date").as("period_start"), col("actor_id"), col("mean_sentiment"), col("ci_low"),
                        col("ci_high"), col("n_positive"), col("n_neutral"), col("n_negative"));
        Dataset<Row> filled = eligible.crossJoin(periods)
                .join(counts, scalaSeq("actor_id", "period_start"), "left")
                .join(sentiment, scalaSeq("actor_id", "period_start"), "left")
                .join(totals, scalaSeq("period_start"), "left");
        for (String c : List.of("n_mentions", "n_articles", "n_articles_unique", "n_positive", "n_neutral", "n_negative",
                "period_mentions")) {
            filled = filled.withColumn(c, coalesce(col(c), lit(0L)));
        }
        filled = filled.withColumn("share_of_voice", when(col("period_mentions").equalTo(0), lit(0.0))
                        .otherwise(col("n_mentions").divide(col("period_mentions"))));
        return series(filled, "n_mentions", "mentions_change", "mean_sentiment", "sentiment_change", conf, "actor_id");
    }

    static Dataset<Row> pairs(Dataset<Row> mentions, Dataset<Row> stats, Dataset<Row> periods, NewsframeConfig.Trends conf) {
        // cooccurrence's own counting, with the period in place of the day
        Dataset<Row> byPeriod = mentions.drop("pub_date").withColumnRenamed("period_start", "pub_date");
        Dataset<Row> sentenceWindows = stats.groupBy("period_start").agg(sum("n_sentences").cast("long").as("n_windows"));
        Dataset<Row> documentWindows = stats.groupBy("period_start").agg(count(lit(1)).as("n_windows"));
        Dataset<Row> names = mentions.groupBy("actor_id").agg(first("actor_name").as("actor_name"));
        Dataset<Row> out = null;
        for (String window : List.of("sentence", "document")) {
            List<String> keys = window.equals("sentence") ? List.of("article_id", "pub_date", "sentence_index")
                    : List.of("article_id", "pub_date");
            Dataset<Row> presence = ActorTablesStage.presence(byPeriod, keys);
            Dataset<Row> counted = ActorTablesStage.pairCounts(presence, keys).withColumnRenamed("pub_date", "period_start");
            Dataset<Row> single = ActorTablesStage.actorWindows(presence).withColumnRenamed("pub_date", "period_start");
            Dataset<Row> eligible = counted.groupBy("actor_a", "actor_b").agg(sum("n_cooccurrences").as("total"))
                    .where(col("total").geq(conf.minPair())).drop("total");
            Dataset<Row> filled = eligible.crossJoin(periods)
                    .join(counted, scalaSeq("actor_a", "actor_b", "period_start"), "left")
                    .join(single.withColumnRenamed("actor_id", "actor_a").withColumnRenamed("n", "n_a"),
                            scalaSeq("actor_a", "period_start"), "left")
                    .join(single.withColumnRenamed("actor_id", "actor_b").withColumnRenamed("n", "n_b"),
                            scalaSeq("actor_b", "period_start"), "left")
                    .join(window.equals("sentence") ? sentenceWindows : documentWindows, scalaSeq("period_start"), "left");
            for (String c : List.of("n_cooccurrences", "n_articles", "n_articles_unique", "n_a", "n_b", "n_windows")) {
                filled = filled.withColumn(c, coalesce(col(c), lit(0L)));
            }
            filled = filled.withColumn("window", lit(window))
                    .withColumn("npmi", when(col("n_cooccurrences").equalTo(0), lit(null).cast("double"))
                            .otherwise(ActorTablesStage.npmi()));
            out = out == null ? filled : out.unionByName(filled);
        }
        return series(out, "n_cooccurrences", "cooccurrences_change", "npmi", "npmi_change", conf, "window", "actor_a", "actor_b")
                .join(names.withColumnRenamed("actor_id", "actor_a").withColumnRenamed("actor_name", "actor_a_name"), "actor_a")
                .join(names.withColumnRenamed("actor_id", "actor_b").withColumnRenamed("actor_name", "actor_b_name"), "actor_b");
    }

    static Dataset<Row> displacement(Dataset<Row> figures, Dataset<Row> events, Dataset<Row> periods,
                                     NewsframeConfig.Trends conf) {
        Dataset<Row> keys = figures.select("country", "term", "unit").unionByName(events.select("country", "term", "unit"))
                .distinct();
        Dataset<Row> reported = figures.groupBy("country", "term", "unit", "period_start")
                .agg(count(lit(1)).as("n_figures"), max("quantity").as("largest_quantity"));
        Dataset<Row> first = events.groupBy("country", "term", "unit", "period_start")
                .agg(count(lit(1)).as("n_new_events"), sum("people_estimate").cast("long").as("people_estimate"));
        // null-safe: figures without a country are a series too
        String[] on = {"country", "term", "unit", "period_start"};
        Dataset<Row> filled = ActorTablesStage.leftJoinNullSafe(ActorTablesStage.leftJoinNullSafe(keys.crossJoin(periods), reported,
                on), first, on);
        for (String c : List.of("n_figures", "n_new_events", "people_estimate")) {
            filled = filled.withColumn(c, coalesce(col(c), lit(0L)));
        }
        return series(filled, "n_new_events", "new_events_change", null, null, conf, "country", "term", "unit");
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
        return scala.collection.JavaConverters.asScalaBuffer(List.of(names)).toList();
    }
}
