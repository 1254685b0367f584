package org.newsframe.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a finished run reports: the stages it ran, where its tables and manifest are, the row count of every
 * table it wrote, each stage's time, and the typed facts the stages reported.
 */
public record RunSummary(String runId, String output, String manifestPath, List<String> stages,
                         Map<String, Long> rows, Map<String, Long> stageMillis, List<RunFact> facts) {

    public RunSummary {
        stages = List.copyOf(stages);
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        facts = List.copyOf(facts);
    }

    /** The fact of that type a stage reported, if the stage ran. */
    public <T extends RunFact> Optional<T> fact(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
