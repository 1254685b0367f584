package org.newsframe.sparknlp;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The optional Spark NLP model step of the annotate stage: runs the configured model over the articles and
 * attaches its entity chunks to each article as {@code ner_chunks: array<struct<begin, end, text, label>>}
 * ({@code end} exclusive). The annotate stage merges them into the mentions behind the same contract as the
 * dictionary, so a cluster with a pretrained model and a laptop without one write the same tables.
 */
public final class NerModelStage {

    private NerModelStage() {}

    /** articles (article_id, pub_date, text, lang) → the same columns plus ner_chunks. */
    public static Dataset<Row> withChunks(SparkSession spark, String modelRef, Dataset<Row> articles) {
        PipelineModel model = NerChunker.load(modelRef);
        Dataset<Row> chunks = NerChunker.chunks(model, articles.select("article_id", "text"))
                .groupBy("article_id")
                .agg(collect_list(struct(col("begin"), col("end"), col("chunk").as("text"), col("label")))
                        .as("ner_chunks"))
                .withColumnRenamed("article_id", "_chunk_article"); // chunks derive from articles: no self-join ambiguity
        return articles.join(chunks, articles.col("article_id").equalTo(chunks.col("_chunk_article")), "left")
                .select(col("article_id"), col("pub_date"), col("text"), col("lang"), col("ner_chunks"));
    }
}
