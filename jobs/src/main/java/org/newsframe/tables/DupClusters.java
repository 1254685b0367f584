package org.newsframe.tables;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsframe.pipeline.RunContext;
import org.newsframe.schema.Tables;

/**
 * Near-duplicate clusters for the aggregate tables: each row's article gets its {@code articles.dup_cluster},
 * so a count can take each story once ({@code n_articles_unique}: distinct clusters where {@code n_articles}
 * counts distinct articles). A reprint published on a later day counts on that day too: a day's unique count
 * is the clusters seen that day; a period's (trends), the clusters seen in the period.
 */
public final class DupClusters {

    public static final String COLUMN = "dup_cluster";

    private DupClusters() {}

    /** The rows (with {@code article_id}) with their article's {@code dup_cluster} added. */
    public static Dataset<Row> attach(Dataset<Row> rows, RunContext ctx) {
        Dataset<Row> clusters = ctx.read(Tables.ARTICLES).select(col("article_id").as("_a"), col(COLUMN).as("_c"));
        return rows.join(clusters, rows.col("article_id").equalTo(clusters.col("_a")), "left")
                .withColumn(COLUMN, coalesce(col("_c"), col("article_id")))
                .drop("_a", "_c");
    }

    /** The cluster column of rows, or their article_id when they carry none (each article its own cluster). */
    public static Column of(Dataset<Row> rows) {
        return Arrays.asList(rows.columns()).contains(COLUMN) ? col(COLUMN) : col("article_id");
    }
}
