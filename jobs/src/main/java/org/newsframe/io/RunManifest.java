package org.newsframe.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of one run, written to {@code <output>/_runs/<run-id>.json}: version, effective config,
 * inputs, rows per table, rejects by reason, warnings and the duration of each stage.
 */
public final class RunManifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> doc = new LinkedHashMap<>();
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, Object> counts = new LinkedHashMap<>();
    private final Map<String, Long> warnings = new LinkedHashMap<>();

    public RunManifest(String runId, String version, Instant started, String input, String output,
                       Map<String, Object> effectiveConfig, Map<String, String> sparkConf) {
        doc.put("run_id", runId);
        doc.put("newsframe_version", version);
        doc.put("started_at", started.toString());
        doc.put("input", input);
        doc.put("output", output);
        doc.put("config", effectiveConfig);
        doc.put("spark_conf", sparkConf);
    }

    public void inputs(List<Map<String, Object>> files) {
        doc.put("input_files", files);
    }

    public void stageMillis(String stage, long ms) {
        stageMillis.put(stage, ms);
    }

    public void rows(String table, long n) {
        rows.put(table, n);
    }

    public Map<String, Long> stageMillis() {
        return stageMillis;
    }

    public Map<String, Long> rows() {
        return rows;
    }

    /** A top-level entry from a stage's typed facts (pipeline.RunFact). */
    public void count(String name, Object value) {
        counts.put(name, value);
    }

    /** The stages the run ran, in order. */
    public void stages(List<String> names) {
        doc.put("stages", List.copyOf(names));
    }

    public void warning(String name, long n) {
        if (n > 0) {
            warnings.merge(name, n, Long::sum);
        }
    }

    public String toJson(Instant finished) {
        Map<String, Object> out = new LinkedHashMap<>(doc);
        out.put("finished_at", finished.toString());
        out.put("rows", rows);
        out.putAll(counts);
        out.put("warnings", warnings);
        out.put("stage_millis", stageMillis);
        try {
            return JSON.writeValueAsString(out);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
