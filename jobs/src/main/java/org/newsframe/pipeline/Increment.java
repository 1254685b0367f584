package org.newsframe.pipeline;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What an incremental run's ingest changed, for the stages after it: the articles it added (one column,
 * {@code article_id}), and the publication dates whose per-day aggregates must be recomputed ({@code pub_date},
 * null for undated): the dates of the new articles and of earlier articles whose near-duplicate cluster
 * changed. Everything else of the per-day tables is kept as published.
 */
public record Increment(Dataset<Row> newArticles, Dataset<Row> affectedDates) {}
