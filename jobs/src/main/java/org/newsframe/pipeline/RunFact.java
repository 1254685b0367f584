package org.newsframe.pipeline;

import java.util.Map;

/**
 * A typed fact a stage reports about its run (ingest: records read, rejects by reason, reconciled). The
 * run summary hands it back by type ({@link RunSummary#fact}); the manifest gets its {@link #manifest()}
 * entries as top-level keys.
 */
public interface RunFact {

    /** The entries this fact adds to the run manifest, in order. */
    Map<String, Object> manifest();
}
