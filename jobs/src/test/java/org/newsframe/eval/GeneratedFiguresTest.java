package org.newsframe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

class GeneratedFiguresTest {

    private static final StructType DISPLACEMENT = new StructType()
            .add("article_id", DataTypes.StringType).add("begin", DataTypes.IntegerType).add("end", DataTypes.IntegerType)
            .add("quantity", DataTypes.LongType).add("quantity_max", DataTypes.LongType)
            .add("unit", DataTypes.StringType).add("term", DataTypes.StringType).add("projected", DataTypes.BooleanType)
            .add("sentence", DataTypes.StringType);

    @Test
    void rightWrongMissedAndFalseFiguresAreCountedApart(@TempDir Path tmp) throws IOException {
        Path truth = tmp.resolve("gen.jsonl");
        Files.write(truth, List.of(
                "{\"id\":\"a\",\"text\":\"…\",\"figures\":[{\"begin\":0,\"end\":5,\"quantity\":1000,\"quantity_max\":null,"
                        + "\"unit\":\"people\",\"term\":\"fled\",\"projected\":false},"
                        + "{\"begin\":40,\"end\":48,\"quantity\":200,\"quantity_max\":999,\"unit\":\"households\","
                        + "\"term\":\"homeless\",\"projected\":false}]}",
                "{\"id\":\"b\",\"text\":\"…\",\"figures\":[{\"begin\":7,\"end\":12,\"quantity\":5000,\"quantity_max\":null,"
                        + "\"unit\":\"people\",\"term\":\"displaced\",\"projected\":true}]}",
                "{\"id\":\"c\",\"text\":\"…\",\"figures\":[]}"));
        SparkSession spark = SharedSpark.get();
        Dataset<Row> displacement = spark.createDataFrame(List.of(
                RowFactory.create("a", 0, 5, 1000L, null, "people", "fled", false, "s"), // right
                RowFactory.create("a", 40, 48, 200L, 999L, "households", "displaced", false, "s"), // term wrong
                RowFactory.create("c", 3, 8, 4500L, null, "people", "displaced", false, "s")), // false: no truth there
                DISPLACEMENT); // b's projection missed
        Dataset<Row> records = GeneratedFigures.records(spark, truth.toString());
        GeneratedFigures.Result r = GeneratedFigures.score(records, displacement);
        assertEquals(new GeneratedFigures.Result(3, 3, 3, 2, 1, 1), r);
        assertEquals(1.0 / 3, r.recall(), 1e-9);
        assertEquals(3, GeneratedFigures.differences(records, displacement).count()); // wrong term, missed, false
    }
}
