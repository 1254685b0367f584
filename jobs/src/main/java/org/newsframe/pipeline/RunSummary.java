package org.newsframe.pipeline;

import java.util.Map;

/** What a finished run reports: where its tables and manifest are, and the row counts. */
public record RunSummary(String runId, String output, String manifestPath, Map<String, Long> rows,
                         long recordsRead, Map<String, Long> rejectsByReason, boolean reconciled,
                         Map<String, Long> stageMillis) {}
