package org.newsframe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsframe.SharedSpark;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.dedup.MinHash;

/** Clusters are connected components of copy pairs; the canonical copy is the earliest, then the longest. */
class NearDuplicatesTest {

    private static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("published_at", DataTypes.TimestampType, true)
            .add("text_chars", DataTypes.IntegerType, false);

    private static String words(int from, int to, String prefix) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(prefix).append(i).append(' ');
        }
        return b.toString();
    }

    private static Row article(String id, String text, String published) {
        return RowFactory.create(id, text, published == null ? null : Timestamp.valueOf(published + " 00:00:00"), text.length());
    }

    private static Map<String, String> clusters(List<Row> rows, double threshold) {
        Dataset<Row> articles = SharedSpark.get().createDataFrame(rows, ARTICLES);
        Dataset<Row> c = NearDuplicates.clusters(SharedSpark.get(), articles, new NewsframeConfig.Dedup(true, threshold, 5, 25),
                MinHash.DEFAULT);
        Map<String, String> out = new TreeMap<>();
        for (Row r : NearDuplicates.withClusters(articles, c).collectAsList()) {
            out.put(r.getAs("article_id"), r.getAs("dup_cluster") + ((Boolean) r.getAs("is_canonical") ? "*" : ""));
        }
        c.unpersist();
        return out;
    }

    @Test
    void aChainOfCopiesIsOneClusterAndStrangersAndShortTextsStayAlone() {
        String a = words(0, 100, "w");
        String b = words(0, 85, "w") + words(0, 15, "b");            // A with its end rewritten
        String c = words(0, 15, "c") + words(15, 85, "w") + words(0, 15, "b"); // B with its start rewritten
        List<Row> rows = new ArrayList<>(List.of(
                article("a", a, "2024-01-03"),
                article("b", b, "2024-01-02"),
                article("c", c, null),
                article("d", words(0, 100, "z"), "2024-01-01"),
                article("e", "Floods hit the north", "2024-01-01"),
                article("f", "Floods hit the north", "2024-01-01")));
        // A~B and B~C are copies (Jaccard about 0.73), A and C are not (about 0.5): one cluster all the same,
        // named after B, the earliest; the undated C is never canonical
        assertEquals(Map.of("a", "b", "b", "b*", "c", "b", "d", "d*", "e", "e*", "f", "f*"), clusters(rows, 0.65));
    }

    @Test
    void aSameDayTieGoesToTheLongerCopyThenTheLeastId() {
        String story = words(0, 80, "s");
        assertEquals(Map.of("x", "y", "y", "y*", "z", "y"), clusters(List.of(
                article("x", story, "2024-02-01"),
                article("y", "DATELINE (Wire) - " + story + " Reporting by staff.", "2024-02-01"),
                article("z", story, "2024-02-01")), 0.7));
        assertEquals(Map.of("p", "p*", "q", "p"), clusters(List.of(
                article("q", story, "2024-02-01"), article("p", story, "2024-02-01")), 0.7));
    }

    /** A bucket larger than ALL_PAIRS_UP_TO is joined as a star from its least id: forty reposts are one cluster. */
    @Test
    void fortyRepostsOfOneNoticeAreOneClusterThroughTheStar() {
        List<Row> rows = new ArrayList<>();
        Map<String, String> expected = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("r%02d", i);
            rows.add(article(id, words(0, 60, "n") + "copy " + i, "2024-02-" + String.format("%02d", 1 + i % 28)));
            expected.put(id, i == 28 ? "r28*" : "r28"); // r00 and r28 share the earliest day; "copy 28" is longer
        }
        rows.add(article("x", words(0, 60, "x"), "2024-02-01"));
        expected.put("x", "x*");
        assertEquals(expected, clusters(rows, 0.7));
    }
}
