package org.newsframe.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsframe.pipeline.RunFact;

/**
 * What ingest reports about a run: records read, articles and rejects written, rejects by reason (sorted),
 * records skipped by kind (WARC requests, metadata, non-HTML responses…: not articles, not errors), and
 * whether records read = articles + rejects + skipped (the run fails when it does not).
 */
public record IngestFacts(long recordsRead, long articles, long rejects, Map<String, Long> rejectsByReason,
                          Map<String, Long> skippedByKind) implements RunFact {

    public IngestFacts {
        rejectsByReason = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(rejectsByReason));
        skippedByKind = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(skippedByKind));
    }

    public long skipped() {
        return skippedByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean reconciled() {
        return recordsRead == articles + rejects + skipped();
    }

    /** Manifest keys {@code records_read}, {@code rejects_by_reason} (sorted) and {@code reconciled}. */
    @Override
    public Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records_read", recordsRead);
        m.put("rejects_by_reason", rejectsByReason);
        m.put("skipped_by_kind", skippedByKind);
        m.put("reconciled", reconciled());
        return m;
    }
}
