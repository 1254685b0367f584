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
        assertEquals(0, first.publish().version());
        assertTrue(Files.isRegularFile(tmp.resolve("out/_commits/00000000000000000000.json")));

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
        assertFalse(Files.exists(tmp.resolve("out/_tables/r2")));
    }

    @Test
    void aRunKilledBeforeItCommitsChangesNothingAndTheNextRunRemovesWhatItLeft() throws IOException {
        TableStore first = store("r1");
        first.write(Tables.REJECTS, rejects("missing_text"));
        first.write(Tables.ARTICLE_STATS, SharedSpark.get().createDataFrame(List.of(), Tables.ARTICLE_STATS.writtenStruct()));
        first.publish();
        TableStore killed = store("r2"); // writes two tables, then dies: neither publish nor abandon
        killed.write(Tables.REJECTS, rejects("malformed_json", "malformed_json"));
        Path halfCommit = tmp.resolve("out/_commits/.00000000000000000001.json.r2.tmp");
        Files.writeString(halfCommit, "{\"version\": 1, \"run_id\": \"r2\", \"tab"); // killed while committing
        assertEquals(0, Snapshot.current(local(), new org.apache.hadoop.fs.Path(tmp.resolve("out").toString())).version());
        assertEquals(List.of("missing_text"), reasons(store("reader").read(Tables.REJECTS)), "readers see r1 whole");

        List<String> warnings = new java.util.ArrayList<>();
        TableStore next = store("r3");
        next.lock(warnings::add).close();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("_tables/r2, left by a run that did not finish"), warnings.get(0));
        assertFalse(Files.exists(tmp.resolve("out/_tables/r2")));
        assertFalse(Files.exists(halfCommit));
        assertTrue(Files.isDirectory(tmp.resolve("out/_tables/r1/rejects")), "the current version's tables stay");
    }

    @Test
    void aRerunOfSomeStagesKeepsTheOtherTablesAndOnlyThePreviousVersionIsRetained() {
        TableStore first = store("r1");
        first.write(Tables.REJECTS, rejects("missing_text"));
        first.write(Tables.ARTICLE_STATS, SharedSpark.get().createDataFrame(List.of(), Tables.ARTICLE_STATS.writtenStruct()));
        first.publish();
        for (String run : List.of("r2", "r3", "r4")) {
            TableStore s = store(run);
            s.write(Tables.REJECTS, rejects("duplicate_id"));
            s.publish();
        }
        Snapshot current = Snapshot.current(local(), new org.apache.hadoop.fs.Path(tmp.resolve("out").toString()));
        assertEquals(3, current.version());
        assertEquals(java.util.Map.of("article_stats", "_tables/r1/article_stats", "rejects", "_tables/r4/rejects"),
                current.tables());
        assertEquals(List.of("r1", "r3", "r4"), list(tmp.resolve("out/_tables")),
                "r1 holds a current table, r3 the previous version's; r2 expired");
        assertEquals(List.of("00000000000000000002.json", "00000000000000000003.json"), list(tmp.resolve("out/_commits")));
    }

    @Test
    void anOutputOfTheLayoutBeforeSnapshotsReadsAsVersionZeroAndIsReplacedWhole() {
        SharedSpark.get().createDataFrame(List.of(RowFactory.create("f.jsonl", 1L, "missing_text", null, null, null)), REJECT)
                .write().parquet(tmp.resolve("out/rejects").toString());
        assertEquals(List.of("missing_text"), reasons(store("reader").read(Tables.REJECTS)));
        TableStore s = store("r1");
        s.write(Tables.REJECTS, rejects("duplicate_id"));
        assertEquals(1, s.publish().version());
        assertEquals(List.of("duplicate_id"), reasons(store("reader").read(Tables.REJECTS)));
        assertFalse(Files.exists(tmp.resolve("out/rejects")), "the old top-level table is gone once nothing names it");
    }

    private static org.apache.hadoop.fs.FileSystem local() {
        try {
            return org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path dir) {
        try (var l = Files.list(dir)) {
            return l.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        assertTrue(Files.isDirectory(tmp.resolve("out/_tables/r1/article_stats/pub_month=2021-10")));
        assertTrue(Files.isDirectory(tmp.resolve("out/_tables/r1/article_stats/pub_month=__HIVE_DEFAULT_PARTITION__")));
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

}
