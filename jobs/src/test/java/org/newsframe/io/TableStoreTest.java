package org.newsframe.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.SharedSpark;
import org.newsframe.schema.Tables;

class TableStoreTest {

    @TempDir
    Path tmp;

    private static final StructType REJECT = Tables.REJECTS.struct();

    private static Dataset<Row> rejects(String... reasons) {
        SparkSession spark = SharedSpark.get();
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < reasons.length; i++) {
            rows.add(RowFactory.create("f.jsonl", (long) i + 1, reasons[i], null, null, null));
        }
        return spark.createDataFrame(rows, REJECT);
    }

    private static List<String> reasons(Dataset<Row> d) {
        return d.orderBy("record_number").collectAsList().stream().map(r -> r.<String>getAs("reason")).toList();
    }

    private TableStore store(String runId) {
        return new TableStore(SharedSpark.get(), tmp.resolve("out").toString(), runId, "snappy");
    }

    @Test
    void aRunSeesItsOwnStagedTableAndReadersSeeThePreviousOneUntilItPublishes() {
        TableStore first = store("r1");
        assertFalse(first.exists(Tables.REJECTS));
        assertEquals(2, first.write(Tables.REJECTS, rejects("malformed_json", "missing_text")));
        assertTrue(first.exists(Tables.REJECTS), "staged counts as present for later stages");
        first.publish();
        assertFalse(Files.exists(tmp.resolve("out/_staging")), "publish leaves no staging area");

        TableStore second = store("r2");
        second.write(Tables.REJECTS, rejects("duplicate_id"));
        assertEquals(List.of("duplicate_id"), reasons(second.read(Tables.REJECTS)), "the run reads its own version");
        assertEquals(List.of("malformed_json", "missing_text"), reasons(store("reader").read(Tables.REJECTS)),
                "everyone else still reads the published one");
        second.publish();
        assertEquals(List.of("duplicate_id"), reasons(store("reader").read(Tables.REJECTS)));
    }

    @Test
    void anAbandonedRunLeavesThePublishedTableAsItWas() {
        TableStore first = store("r1");
        first.write(Tables.REJECTS, rejects("missing_text"));
        first.publish();
        TableStore failed = store("r2");
        failed.write(Tables.REJECTS, rejects("malformed_json", "malformed_json", "malformed_json"));
        failed.abandon();
        assertEquals(List.of("missing_text"), reasons(store("reader").read(Tables.REJECTS)));
        assertFalse(Files.exists(tmp.resolve("out/_staging")));
    }

    @Test
    void whenATableCannotBePublishedItsPreviousVersionIsPutBack() throws IOException {
        TableStore first = store("r1");
        first.write(Tables.REJECTS, rejects("missing_text"));
        first.publish();
        TableStore broken = store("r2");
        broken.write(Tables.REJECTS, rejects("malformed_json"));
        // the staged files vanish before publishing (a cleaner, a full disk): the rename fails
        deleteRecursively(tmp.resolve("out/_staging/r2/rejects"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, broken::publish);
        assertTrue(e.getMessage().contains("cannot publish"), e.getMessage());
        assertEquals(List.of("missing_text"), reasons(store("reader").read(Tables.REJECTS)));
    }

    @Test
    void theMonthPartitionIsDerivedFromTheDeclaredDateColumn() {
        StructType written = Tables.ARTICLE_STATS.writtenStruct();
        Dataset<Row> stats = SharedSpark.get().createDataFrame(List.of(
                RowFactory.create("a1", LocalDate.of(2021, 10, 9), 3, 40, 2, 0),
                RowFactory.create("a2", null, 1, 5, 0, 0)), written);
        TableStore s = store("r1");
        assertEquals(2, s.write(Tables.ARTICLE_STATS, stats));
        s.publish();
        assertTrue(Files.isDirectory(tmp.resolve("out/article_stats/pub_month=2021-10")));
        assertTrue(Files.isDirectory(tmp.resolve("out/article_stats/pub_month=__HIVE_DEFAULT_PARTITION__")));
        Row a1 = store("reader").read(Tables.ARTICLE_STATS).filter("article_id = 'a1'").first();
        assertEquals("2021-10", a1.getAs("pub_month"));
    }

    @Test
    void aTableMissingADeclaredColumnOrOfAnotherTypeIsNotWritten() {
        Dataset<Row> wrong = rejects("missing_text").drop("reason");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store("r1").write(Tables.REJECTS, wrong));
        assertTrue(e.getMessage().contains("missing column reason"), e.getMessage());
        Dataset<Row> typed = rejects("missing_text").withColumn("record_number",
                org.apache.spark.sql.functions.col("record_number").cast(DataTypes.StringType));
        e = assertThrows(IllegalStateException.class, () -> store("r2").write(Tables.REJECTS, typed));
        assertTrue(e.getMessage().contains("column record_number is string, declared bigint"), e.getMessage());
    }

    private static void deleteRecursively(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
        }
    }
}
