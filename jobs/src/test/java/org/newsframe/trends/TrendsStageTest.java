package org.newsframe.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsframe.SharedSpark;
import org.newsframe.config.ConfigLoader;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.config.Period;

/** The trend tables from small tables written here, monthly, with the default spike settings. */
class TrendsStageTest {

    private static final StructType MENTIONS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("pub_date", DataTypes.DateType)
            .add("sentence_index", DataTypes.IntegerType)
            .add("actor_id", DataTypes.StringType)
            .add("actor_name", DataTypes.StringType)
            .add("actor_type", DataTypes.StringType)
            .add("sentiment", DataTypes.DoubleType)
            .add("sentiment_label", DataTypes.StringType);
    private static final StructType STATS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("pub_date", DataTypes.DateType)
            .add("n_sentences", DataTypes.IntegerType);

    private static final NewsframeConfig.Trends CONF = ConfigLoader.load(null, List.of()).trends();

    private static Row m(String article, LocalDate d, int sentence, String actor, double sentiment) {
        return RowFactory.create(article, Date.valueOf(d), sentence, actor, actor.toLowerCase(), "COUNTRY", sentiment,
                sentiment < -0.1 ? "negative" : sentiment > 0.1 ? "positive" : "neutral");
    }

    private static Dataset<Row> monthly(SparkSession spark, List<Row> rows, StructType type) {
        return spark.createDataFrame(rows, type).withColumn("period_start", TrendsStage.start(Period.MONTH, "pub_date"));
    }

    private static Map<String, Row> byPeriod(Dataset<Row> table, String filter) {
        Map<String, Row> out = new TreeMap<>();
        for (Row r : table.where(filter).collectAsList()) {
            out.put(r.getAs("period"), r);
        }
        return out;
    }

    @Test
    void actorSeriesAreZeroFilledWithShareSentimentChangeAndSpike() {
        SparkSession spark = SharedSpark.get();
        TrendsStage.register(spark);
        List<Row> mentions = new ArrayList<>();
        List<Row> stats = new ArrayList<>();
        // SYR: one mention a month Jan-Jun 2016 except March (no article that month), then 12 in July
        for (int month : new int[] {1, 2, 4, 5, 6}) {
            LocalDate d = LocalDate.of(2016, month, 10);
            mentions.add(m("a" + month, d, 0, "SYR", -0.5));
            mentions.add(m("a" + month, d, 0, "RUS", 0.0));
            stats.add(RowFactory.create("a" + month, Date.valueOf(d), 3));
        }
        LocalDate july = LocalDate.of(2016, 7, 2);
        stats.add(RowFactory.create("b1", Date.valueOf(july), 5));
        stats.add(RowFactory.create("b2", Date.valueOf(july), 5));
        stats.add(RowFactory.create("c1", Date.valueOf(LocalDate.of(2016, 3, 3)), 2)); // an article without actors
        for (int i = 0; i < 10; i++) {
            mentions.add(m("b1", july, i, "SYR", -0.9)); // one long negative article
        }
        mentions.add(m("b2", july, 0, "SYR", 0.5));
        mentions.add(m("b2", july, 1, "SYR", 0.3));
        Dataset<Row> ms = monthly(spark, mentions, MENTIONS);
        Dataset<Row> periods = TrendsStage.periods(spark, Period.MONTH, monthly(spark, stats, STATS));
        Map<String, Row> syr = byPeriod(TrendsStage.actors(ms, periods, CONF), "actor_id = 'SYR'");

        assertEquals(List.of("2016-01", "2016-02", "2016-03", "2016-04", "2016-05", "2016-06", "2016-07"), List.copyOf(syr.keySet()));
        Row march = syr.get("2016-03");
        assertEquals(0L, (long) march.getAs("n_mentions"), "a month without a mention is a zero, not a gap");
        assertEquals(0.0, march.<Double>getAs("share_of_voice"));
        assertNull(march.getAs("mean_sentiment"));
        assertEquals(-1L, (long) march.getAs("mentions_change"));
        assertEquals(0.5, syr.get("2016-01").<Double>getAs("share_of_voice"), 1e-12, "SYR and RUS, one mention each");
        assertNull(syr.get("2016-01").getAs("mentions_change"));

        Row jul = syr.get("2016-07");
        assertEquals(12L, (long) jul.getAs("n_mentions"));
        assertEquals(2L, (long) jul.getAs("n_articles"));
        assertEquals(1.0, jul.<Double>getAs("share_of_voice"), 1e-12);
        assertEquals((-0.9 + 0.4) / 2, jul.<Double>getAs("mean_sentiment"), 1e-9, "two articles, two voices");
        assertEquals((-0.9 + 0.4) / 2 - (-0.5), jul.<Double>getAs("sentiment_change"), 1e-9);
        assertEquals(10L, (long) jul.getAs("n_negative"));
        assertEquals(11L, (long) jul.getAs("mentions_change"));
        // history Jan-Jun 1 1 0 1 1 1: median 1, MAD 0 → scale sqrt(2)
        assertEquals(11 / Math.sqrt(2), jul.<Double>getAs("spike_score"), 1e-9);
        assertTrue(jul.<Boolean>getAs("spike"));
        assertFalse(syr.get("2016-06").<Boolean>getAs("spike"));
        assertNull(syr.get("2016-04").getAs("spike_score"), "three earlier months: too little history");
        assertEquals(2L, (long) jul.getAs("n_articles_unique"), "without dup_cluster each article is its own story");
        // RUS has 5 mentions: a series; an actor below trends.min-mentions has none
        assertEquals(7, byPeriod(TrendsStage.actors(ms, periods, CONF), "actor_id = 'RUS'").size());
    }

    @Test
    void pairSeriesCountWindowsPerPeriodAndLeaveNpmiNullWithoutCooccurrence() {
        SparkSession spark = SharedSpark.get();
        TrendsStage.register(spark);
        LocalDate jan = LocalDate.of(2017, 1, 5);
        LocalDate mar = LocalDate.of(2017, 3, 5);
        List<Row> mentions = List.of(
                m("j1", jan, 0, "SYR", 0), m("j1", jan, 0, "RUS", 0), m("j1", jan, 1, "RUS", 0),
                m("j2", jan, 0, "SYR", 0), m("j2", jan, 0, "RUS", 0),
                m("m1", mar, 0, "SYR", 0), m("m1", mar, 0, "RUS", 0), m("m1", mar, 2, "SYR", 0));
        List<Row> stats = List.of(RowFactory.create("j1", Date.valueOf(jan), 4), RowFactory.create("j2", Date.valueOf(jan), 4),
                RowFactory.create("m1", Date.valueOf(mar), 3));
        Dataset<Row> table = TrendsStage.pairs(monthly(spark, mentions, MENTIONS), monthly(spark, stats, STATS),
                TrendsStage.periods(spark, Period.MONTH, monthly(spark, stats, STATS)), CONF);
        Map<String, Row> sentence = byPeriod(table, "window = 'sentence' AND actor_a = 'RUS' AND actor_b = 'SYR'");
        Row janRow = sentence.get("2017-01");
        assertEquals(2L, (long) janRow.getAs("n_cooccurrences"));
        assertEquals(8L, (long) janRow.getAs("n_windows"), "every sentence of the month");
        assertEquals(3L, (long) janRow.getAs("n_a"), "RUS in three sentences");
        assertEquals(2L, (long) janRow.getAs("n_b"));
        double pab = 2 / 8.0;
        assertEquals(Math.log(pab / (3 / 8.0 * 2 / 8.0)) / -Math.log(pab), janRow.<Double>getAs("npmi"), 1e-9);
        assertEquals("rus", janRow.getAs("actor_a_name"));
        Row feb = sentence.get("2017-02");
        assertEquals(0L, (long) feb.getAs("n_cooccurrences"));
        assertNull(feb.getAs("npmi"));
        assertEquals(-2L, (long) feb.getAs("cooccurrences_change"));
        Row marRow = sentence.get("2017-03");
        assertEquals(1L, (long) marRow.getAs("n_cooccurrences"));
        assertEquals(2L, (long) marRow.getAs("n_b"), "SYR in two of March's three sentences");
        assertNull(marRow.getAs("npmi_change"), "February has no NPMI to change from");
        Map<String, Row> document = byPeriod(table, "window = 'document' AND actor_a = 'RUS'");
        assertEquals(2L, (long) document.get("2017-01").getAs("n_cooccurrences"));
        assertEquals(2L, (long) document.get("2017-01").getAs("n_windows"), "two articles in January");
        assertEquals(1.0, document.get("2017-01").<Double>getAs("npmi"), 1e-12, "together in every article");
    }

    @Test
    void displacementCountsAReprintedFigureOnceWhenItFirstAppears() {
        SparkSession spark = SharedSpark.get();
        TrendsStage.register(spark);
        StructType figuresType = new StructType().add("country", DataTypes.StringType).add("term", DataTypes.StringType)
                .add("unit", DataTypes.StringType).add("pub_date", DataTypes.DateType).add("quantity", DataTypes.LongType);
        StructType eventsType = new StructType().add("country", DataTypes.StringType).add("term", DataTypes.StringType)
                .add("unit", DataTypes.StringType).add("first_reported", DataTypes.DateType)
                .add("people_estimate", DataTypes.LongType);
        Date jan = Date.valueOf(LocalDate.of(2018, 1, 9));
        Date feb = Date.valueOf(LocalDate.of(2018, 2, 2));
        Dataset<Row> figures = spark.createDataFrame(List.of(
                RowFactory.create("SYR", "displaced", "people", jan, 20000L),
                RowFactory.create("SYR", "displaced", "people", feb, 20000L), // the reprint
                RowFactory.create("SYR", "displaced", "people", feb, 3000L),
                RowFactory.create(null, "evacuated", "people", feb, 500L)), figuresType)
                .withColumn("period_start", TrendsStage.start(Period.MONTH, "pub_date"));
        Dataset<Row> events = spark.createDataFrame(List.of(
                RowFactory.create("SYR", "displaced", "people", jan, 20000L),
                RowFactory.create("SYR", "displaced", "people", feb, 3000L),
                RowFactory.create(null, "evacuated", "people", feb, 500L)), eventsType)
                .withColumn("period_start", TrendsStage.start(Period.MONTH, "first_reported"));
        Dataset<Row> periods = TrendsStage.periods(spark, Period.MONTH, figures);
        Dataset<Row> table = TrendsStage.displacement(figures, events, periods, CONF);
        Map<String, Row> syr = byPeriod(table, "country = 'SYR'");
        assertEquals(1L, (long) syr.get("2018-01").getAs("n_figures"));
        assertEquals(1L, (long) syr.get("2018-01").getAs("n_new_events"));
        assertEquals(20000L, (long) syr.get("2018-01").getAs("people_estimate"));
        assertEquals(2L, (long) syr.get("2018-02").getAs("n_figures"), "the reprint is a figure reported …");
        assertEquals(1L, (long) syr.get("2018-02").getAs("n_new_events"), "… but not a new event");
        assertEquals(3000L, (long) syr.get("2018-02").getAs("people_estimate"));
        assertEquals(20000L, (long) syr.get("2018-02").getAs("largest_quantity"));
        Map<String, Row> unknown = byPeriod(table, "country IS NULL");
        assertEquals(0L, (long) unknown.get("2018-01").getAs("n_figures"), "figures without a country are a series too");
        assertNull(unknown.get("2018-01").getAs("largest_quantity"));
        assertEquals(1L, (long) unknown.get("2018-02").getAs("n_new_events"));
    }
}
