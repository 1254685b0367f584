package org.newsframe.pipeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.io.RunManifest;
import org.newsframe.io.TableStore;
import org.newsframe.tables.TableSchema;

/** What a stage sees: the session, the configuration, the input, the table store and the run's manifest. */
public final class RunContext {

    private final SparkSession spark;
    private final NewsframeConfig config;
    private final String input;
    private final String runId;
    private final TableStore store;
    private final RunManifest manifest;
    private final java.util.function.Consumer<String> log;

    public RunContext(SparkSession spark, NewsframeConfig config, String input, String output, String runId,
                      String version, java.util.function.Consumer<String> log) {
        this.spark = spark;
        this.config = config;
        this.input = input;
        this.runId = runId;
        this.store = new TableStore(spark, output, runId, config.output().compression());
        this.manifest = new RunManifest(runId, version, Instant.now(), input, store.output().toString(),
                configMap(config), config.spark());
        this.log = log;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> configMap(NewsframeConfig config) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(config.renderedJson(), Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public SparkSession spark() {
        return spark;
    }

    public NewsframeConfig config() {
        return config;
    }

    public String input() {
        return input;
    }

    public String runId() {
        return runId;
    }

    public RunManifest manifest() {
        return manifest;
    }

    public TableStore store() {
        return store;
    }

    public void log(String message) {
        log.accept(message);
    }

    /** Writes a table (staged until the run publishes) and records its row count. */
    public long write(TableSchema table, Dataset<Row> data) {
        long n = store.write(table, data);
        manifest.rows(table.name(), n);
        log("  " + table.name() + ": " + n + " rows");
        return n;
    }

    public Dataset<Row> read(TableSchema table) {
        return store.read(table);
    }

    /** Publishes the staged tables and writes the manifest. */
    RunSummary publish() {
        store.publish();
        String manifestPath = "_runs/" + runId + ".json";
        store.writeText(manifestPath, manifest.toJson(Instant.now()));
        long read = manifest.count("records_read") instanceof Number n ? n.longValue() : -1;
        @SuppressWarnings("unchecked")
        Map<String, Long> byReason = manifest.count("rejects_by_reason") instanceof Map<?, ?> m
                ? (Map<String, Long>) m : Map.of();
        Map<String, Long> rows = new LinkedHashMap<>(manifest.rows());
        boolean reconciled = Boolean.TRUE.equals(manifest.count("reconciled"));
        return new RunSummary(runId, store.output().toString(), store.output() + "/" + manifestPath, rows, read,
                byReason, reconciled, new LinkedHashMap<>(manifest.stageMillis()));
    }

    void abandon() {
        store.abandon();
    }
}
