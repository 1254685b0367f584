package org.newsframe.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsframe.SharedSpark;

class SentimentTablesStageTest {

    private static final StructType MENTIONS = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("pub_date", DataTypes.DateType)
            .add("actor_id", DataTypes.StringType)
            .add("actor_name", DataTypes.StringType)
            .add("sentiment", DataTypes.DoubleType)
            .add("sentiment_label", DataTypes.StringType);

    private static Row m(String article, LocalDate day, String actor, Double sentiment, String label) {
        return RowFactory.create(article, day, actor, actor.equals("TALIBAN") ? "Taliban" : "Pakistan", sentiment, label);
    }

    @Test
    void perActorAndDayTheMeanAndTheIntervalAreOverArticles() {
        SparkSession spark = SharedSpark.get();
        SentimentTablesStage.registerIntervals(spark);
        LocalDate d = LocalDate.of(2021, 10, 9);
        Dataset<Row> mentions = spark.createDataFrame(List.of(
                m("a1", d, "TALIBAN", -0.5, "negative"),
                m("a1", d, "TALIBAN", -0.3, "negative"),
                m("a2", d, "TALIBAN", 0.2, "positive"),
                m("a3", d, "TALIBAN", -0.1, "neutral"),
                m("a3", d, "TALIBAN", null, null), // sentiment component off for this one: not counted
                m("a4", d.plusDays(1), "PAK", 0.4, "positive")), MENTIONS);
        List<Row> rows = SentimentTablesStage.actorSentiment(mentions).orderBy("pub_date").collectAsList();
        assertEquals(2, rows.size());

        Row taliban = rows.get(0);
        assertEquals("TALIBAN", taliban.getAs("actor_id"));
        assertEquals("Taliban", taliban.getAs("actor_name"));
        assertEquals(4L, (long) taliban.getAs("n_mentions"));
        assertEquals(3L, (long) taliban.getAs("n_articles"));
        assertEquals(-0.1, taliban.<Double>getAs("mean_sentiment"), 1e-9, "article means -0.4, 0.2, -0.1");
        assertEquals(-0.175, taliban.<Double>getAs("mention_mean_sentiment"), 1e-9);
        assertEquals(2L, (long) taliban.getAs("n_negative"));
        assertEquals(1L, (long) taliban.getAs("n_neutral"));
        assertEquals(1L, (long) taliban.getAs("n_positive"));
        // article means -0.4, 0.2, -0.1: mean -0.1, sd 0.3, t(0.975, 2 df) = 4.3027 → ±0.7452
        assertEquals(-0.8452, taliban.<Double>getAs("ci_low"), 1e-4);
        assertEquals(0.6452, taliban.<Double>getAs("ci_high"), 1e-4);

        Row pak = rows.get(1);
        assertEquals(1L, (long) pak.getAs("n_mentions"));
        assertEquals(0.4, pak.<Double>getAs("mean_sentiment"), 1e-9);
        assertEquals(0.4, pak.<Double>getAs("mention_mean_sentiment"), 1e-9);
        assertEquals(-1.0, pak.<Double>getAs("ci_low"), 1e-9, "one mention says nothing about the spread");
        assertEquals(1.0, pak.<Double>getAs("ci_high"), 1e-9);
    }

    @Test
    void oneLongArticleCountsAsOneVoice() {
        SparkSession spark = SharedSpark.get();
        SentimentTablesStage.registerIntervals(spark);
        LocalDate d = LocalDate.of(2016, 3, 1);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(m("long", d, "TALIBAN", -0.9, "negative"));
        }
        for (int a = 0; a < 4; a++) {
            rows.add(m("short" + a, d, "TALIBAN", 0.5, "positive"));
        }
        Row day = SentimentTablesStage.actorSentiment(spark.createDataFrame(rows, MENTIONS)).collectAsList().get(0);
        assertEquals(24L, (long) day.getAs("n_mentions"));
        assertEquals(5L, (long) day.getAs("n_articles"));
        assertEquals((-0.9 + 4 * 0.5) / 5, day.<Double>getAs("mean_sentiment"), 1e-9, "five articles, five voices");
        assertEquals((20 * -0.9 + 4 * 0.5) / 24, day.<Double>getAs("mention_mean_sentiment"), 1e-9);
        assertTrue(day.<Double>getAs("ci_low") < day.<Double>getAs("mean_sentiment")
                && day.<Double>getAs("mean_sentiment") < day.<Double>getAs("ci_high"), "the interval holds the mean");
    }

    @Test
    void theSameMentionsInAnotherOrderGiveTheSameDoublesToTheLastBit() {
        SparkSession spark = SharedSpark.get();
        SentimentTablesStage.registerIntervals(spark);
        LocalDate d = LocalDate.of(2024, 7, 1);
        java.util.Random random = new java.util.Random(7);
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) { // scores like the scorer's: no short binary fractions, sums that round
            double score = Math.tanh(random.nextGaussian()) / 3;
            rows.add(m("a" + (i % 400), d.plusDays(i % 3), "TALIBAN", score, score < 0 ? "negative" : "positive"));
        }
        List<String> seen = new java.util.ArrayList<>();
        List<String> plainSums = new java.util.ArrayList<>();
        for (int order = 0; order < 3; order++) {
            List<Row> shuffled = new java.util.ArrayList<>(rows);
            java.util.Collections.shuffle(shuffled, new java.util.Random(order));
            Dataset<Row> mentions = spark.createDataFrame(shuffled, MENTIONS).repartition(2 + 3 * order);
            seen.add(SentimentTablesStage.actorSentiment(mentions).orderBy("pub_date").collectAsList().stream()
                    .map(r -> Double.doubleToLongBits(r.<Double>getAs("mean_sentiment")) + "/"
                            + Double.doubleToLongBits(r.<Double>getAs("mention_mean_sentiment")) + "/"
                            + Double.doubleToLongBits(r.<Double>getAs("ci_low")) + "/"
                            + Double.doubleToLongBits(r.<Double>getAs("ci_high")))
                    .toList().toString());
            plainSums.add(String.valueOf(Double.doubleToLongBits(mentions.groupBy("pub_date").avg("sentiment")
                    .orderBy("pub_date").collectAsList().get(0).getDouble(1)))); // Spark's own double mean
        }
        assertTrue(plainSums.stream().distinct().count() > 1, "the data is one whose double mean in Spark depends on order: "
                + plainSums);
        assertEquals(1, seen.stream().distinct().count(), seen.toString());
    }
}
