package org.newsframe.sparknlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.regexp_replace;

import com.johnsnowlabs.nlp.pretrained.PretrainedPipeline;
import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Loads a Spark NLP NER pipeline and turns articles into one row per entity chunk.
 *
 * <p>Offline, the model is a {@link PipelineModel} saved by {@link NerTrainer#save} (or any saved
 * pipeline that reads {@code text} and writes {@code ner_chunk} without TensorFlow). Names of the
 * form {@code pretrained:<pipeline>:<lang>[:<remote location>]} go through Spark NLP's
 * {@link PretrainedPipeline}, which needs the John Snow Labs model hub (network access) and, for
 * most published NER pipelines, TensorFlow, which this build excludes.
 */
public final class NerChunker {

    /** Prefix that selects a model-hub pipeline instead of a saved path. */
    public static final String PRETRAINED_PREFIX = "pretrained:";

    private NerChunker() {}

    /**
     * A saved pipeline if {@code pathOrPretrainedName} is an existing path on any Hadoop file
     * system, otherwise the model-hub pipeline named after {@code pretrained:}.
     *
     * @throws IllegalArgumentException if it is neither an existing path nor a {@code pretrained:} name
     * @throws IllegalStateException if the model hub cannot provide the pretrained pipeline
     */
    public static PipelineModel load(String pathOrPretrainedName) {
        if (pathOrPretrainedName == null || pathOrPretrainedName.isBlank()) {
            throw new IllegalArgumentException("NER model: a path or 'pretrained:<name>:<lang>' is required");
        }
        if (pathOrPretrainedName.startsWith(PRETRAINED_PREFIX)) {
            return pretrained(pathOrPretrainedName.substring(PRETRAINED_PREFIX.length()));
        }
        if (!exists(pathOrPretrainedName)) {
            throw new IllegalArgumentException("NER model: no saved pipeline at '" + pathOrPretrainedName
                    + "' (expected a directory written by NerTrainer.save, or 'pretrained:<name>:<lang>')");
        }
        return PipelineModel.load(pathOrPretrainedName);
    }

    /**
     * Entity chunks of {@code articles} (columns {@code article_id}, {@code text}): columns
     * {@code article_id}, {@code begin} (inclusive), {@code end} (exclusive) character offsets into
     * {@code text}, {@code chunk} = {@code text.substring(begin, end)}, {@code label} (PER, ORG, LOC,
     * MISC, …, without B-/I-) and {@code confidence} (double, null when the model gives none).
     */
    public static Dataset<Row> chunks(PipelineModel model, Dataset<Row> articles) {
        Dataset<Row> input = articles.select(col("article_id"), col("text")).where(col("text").isNotNull());
        return model.transform(input)
                .select(col("article_id"), col("text"), explode(col("ner_chunk")).as("c"))
                .select(
                        col("article_id"),
                        col("text"),
                        col("c.begin").as("begin"),
                        // Spark NLP ends are inclusive.
                        col("c.end").plus(1).as("end"),
                        regexp_replace(col("c.metadata").getItem("entity"), "^[BI]-", "").as("label"),
                        col("c.metadata").getItem("confidence").cast("double").as("confidence"))
                // Taken from the text itself, not the annotation, so it always matches the offsets.
                .select(col("article_id"), col("begin"), col("end"),
                        expr("substring(text, begin + 1, end - begin)").as("chunk"),
                        col("label"), col("confidence"));
    }

    private static boolean exists(String path) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(SparkSession.active().sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code name:lang[:remoteLoc]} through the model hub; any failure becomes IllegalStateException. */
    private static PipelineModel pretrained(String spec) {
        String[] parts = spec.split(":", 3);
        String name = parts[0];
        String lang = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "en";
        String remoteLoc = parts.length > 2 ? parts[2] : "public/models";
        if (name.isEmpty()) {
            throw new IllegalArgumentException("NER model: empty pretrained name in '" + PRETRAINED_PREFIX + spec + "'");
        }
        try {
            return new PretrainedPipeline(name, lang, remoteLoc, false, Option.empty()).model();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("NER model: pretrained pipeline '" + name + "' (" + lang
                    + ") could not be obtained: the Spark NLP model hub is not reachable from here, or the"
                    + " pipeline needs TensorFlow, which this build excludes. Train one with NerTrainer"
                    + " and pass its path instead.", e);
        }
    }
}
