package org.newsframe.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsframe.actors.Mention;
import org.newsframe.annotate.ModelChunk;
import org.newsframe.schema.ActorType;
import org.newsframe.sparknlp.NerChunker;

/** The Spark NLP model's chunks on CoNLL documents, for {@code eval ner --model}: per document, and as mentions. */
public final class NerModelChunks {

    private NerModelChunks() {}

    /** Runs the saved pipeline over the documents; document id → its chunks. */
    public static Map<String, List<ModelChunk>> byDocument(SparkSession spark, PipelineModel pipeline,
                                                           List<ConllDocuments.Document> docs) {
        StructType schema = new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (ConllDocuments.Document d : docs) {
            rows.add(RowFactory.create(d.id(), d.text()));
        }
        Dataset<Row> articles = spark.createDataFrame(rows, schema);
        Map<String, List<ModelChunk>> chunks = new HashMap<>();
        for (Row r : NerChunker.chunks(pipeline, articles).collectAsList()) {
            chunks.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                    .add(new ModelChunk(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4)));
        }
        return chunks;
    }

    /** The chunks alone as mentions of the CoNLL types (the model's own score, before any merging). */
    public static List<Mention> asMentions(List<ModelChunk> chunks) {
        List<Mention> out = new ArrayList<>();
        for (ModelChunk c : chunks) {
            ActorType type = switch (c.label()) {
                case "PER" -> ActorType.PERSON;
                case "ORG" -> ActorType.ORGANIZATION;
                case "LOC" -> ActorType.LOCATION;
                default -> ActorType.POPULATION;
            };
            out.add(new Mention(0, c.begin(), c.end(), c.text(), "x", "x", type, null, Mention.MODEL, false, Mention.NAME));
        }
        return out;
    }
}
