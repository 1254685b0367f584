package org.newsframe.pipeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.io.RunManifest;
import org.newsframe.io.TableStore;
import org.newsframe.schema.TableSchema;

/**
 * What a stage sees: the session, the configuration, the input, the table store, the run's manifest, and
 * where it reports its typed facts.
 */
public final class RunContext {

    private final SparkSession spark;
    private final NewsframeConfig config;
    private final String input;
    private final String runId;
    private final TableStore store;
    private final RunManifest manifest;
    private final Consumer<String> log;
    private final List<RunFact> facts = new ArrayList<>();
    private boolean incremental;
    private Increment increment;

    public RunContext(SparkSession spark, NewsframeConfig config, String input, String output, String runId,
                      String version, Consumer<String> log) {
        this.spark = spark;
        this.config = config;
        this.input = input;
        this.runId = runId;
        this.store = new TableStore(spark, output, runId, config.output().compression());
        this.manifest = new RunManifest(runId, version, Instant.now(), input, store.output().toString(),
                configMap(config), config.spark());
        this.log = log;
    }

    /** A new run id: UTC start time and a random suffix ({@code 20261201T203000-3f9a2c}). */
    public static String newRunId() {
        return LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                + "-" + Long.toHexString(Double.doubleToLongBits(Math.random())).substring(0, 6);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> configMap(NewsframeConfig config) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(config.renderedJson(), Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes this an incremental run ({@code run --incremental}): only unseen input files are read. */
    public RunContext incremental(boolean on) {
        this.incremental = on;
        return this;
    }

    public boolean incremental() {
        return incremental;
    }

    /** What an incremental run's ingest added and changed, for the later stages; null in a full run. */
    public Increment increment() {
        return increment;
    }

    public void increment(Increment change) {
        this.increment = change;
    }

    public SparkSession spark() {
        return spark;
    }

    public NewsframeConfig config() {
        return config;
    }

    /** The run's {@code --input}; null when no stage of the run reads it. */
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

    /** Records a typed fact of the running stage: it is in the summary and, as its entries, in the manifest. */
    public void report(RunFact fact) {
        facts.add(fact);
        fact.manifest().forEach(manifest::count);
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

    /** Commits the staged tables as the output's next version and writes the manifest, which names it. */
    RunSummary publish(List<String> stages) {
        manifest.count("snapshot_version", store.publish().version());
        manifest.stages(stages);
        String manifestPath = "_runs/" + runId + ".json";
        store.writeText(manifestPath, manifest.toJson(Instant.now()));
        return new RunSummary(runId, store.output().toString(), store.output() + "/" + manifestPath, stages,
                manifest.rows(), manifest.stageMillis(), facts);
    }

    void abandon() {
        store.abandon();
    }
}
