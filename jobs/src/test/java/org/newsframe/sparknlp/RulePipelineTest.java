package org.newsframe.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.SharedSpark;
import org.newsframe.actors.Actor;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.schema.ActorType;
import org.newsframe.actors.Alias;

/** The Spark NLP rule pipeline of {@code bench --spark-nlp} finds aliases, sentence sentiment and counts. */
class RulePipelineTest {

    @Test
    void matchesAliasesScoresSentencesAndFindsCounts(@TempDir Path tmp) throws IOException {
        SparkSession spark = SharedSpark.get();
        ActorDictionary dictionary = new ActorDictionary();
        dictionary.put(new Actor("TALIBAN", "Taliban", ActorType.ARMED_GROUP, "AFG",
                List.of(new Alias("Taliban", Alias.Kind.NAME, false)), "test"));
        dictionary.put(new Actor("UN", "United Nations", ActorType.IGO, null,
                List.of(new Alias("United Nations", Alias.Kind.NAME, false)), "test"));
        PipelineModel model = RulePipeline.build(spark, dictionary, Map.of("condemned", -2.5f, "welcomed", 2.0f), tmp);
        var articles = spark.createDataFrame(List.of(
                RowFactory.create("a", "The United Nations condemned the Taliban. About 1,200 families fled and 3.4 million people were displaced."),
                RowFactory.create("b", "Nothing happened on Monday.")),
                new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType));
        List<Row> rows = RulePipeline.counts(model, articles).orderBy("id").collectAsList();
        // a text with no lexicon word is "positive": SentimentDetector breaks the tie that way
        assertEquals(List.of(RowFactory.create("a", 2, "negative", 2), RowFactory.create("b", 0, "positive", 0)), rows);
    }
}
