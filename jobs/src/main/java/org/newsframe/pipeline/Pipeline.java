package org.newsframe.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.schema.TableSchema;

/**
 * The stages of one run, checked before any work: every table a stage reads must be written by an earlier
 * stage of the run or already be in the output. {@link #run} runs them in order, timing each, then publishes
 * the tables the run wrote (all together) and writes its manifest; a failed run publishes nothing.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Plans a run of {@code stages} (in order) under {@code config}, where {@code present} says which tables
     * the output already has; fails with {@link PipelineError} naming the stage and the table nothing provides.
     */
    public static Pipeline plan(List<Stage> stages, NewsframeConfig config, Predicate<TableSchema> present) {
        if (stages.isEmpty()) {
            throw new PipelineError("no stages to run");
        }
        Set<String> written = new LinkedHashSet<>();
        Set<String> removed = new LinkedHashSet<>(); // owned by an earlier stage of the run, not written this time
        for (Stage s : stages) {
            for (TableSchema t : s.reads()) {
                if (!written.contains(t.name()) && (removed.contains(t.name()) || !present.test(t))) {
                    throw new PipelineError("stage " + s.name() + " reads table " + t.name() + ", which no earlier stage of this run writes"
                            + (removed.contains(t.name()) ? " (its component is switched off)" : " and the output does not have") + (written.isEmpty() ? "" : " (this run writes " + String.join(", ", written) + ")")
                            + "; run the stage that writes it first, or include it in --stages");
                }
            }
            List<TableSchema> writes = s.writes(config);
            writes.forEach(t -> written.add(t.name()));
            s.owns(config).stream().filter(t -> !writes.contains(t)).forEach(t -> removed.add(t.name()));
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Warnings for stages left out of this run that read a table it rewrites: their own tables stay as an
     * earlier run wrote them, older than their inputs ({@code --from} reruns everything downstream).
     */
    public List<String> staleAfter(List<Stage> all, NewsframeConfig config) {
        Set<String> rewritten = new LinkedHashSet<>();
        stages.forEach(s -> s.writes(config).forEach(t -> rewritten.add(t.name())));
        List<String> out = new ArrayList<>();
        boolean after = false;
        for (Stage s : all) {
            if (stages.contains(s)) {
                after = true;
                continue;
            }
            if (after) {
                List<String> reads = s.reads().stream().map(TableSchema::name).filter(rewritten::contains).toList();
                if (!reads.isEmpty()) {
                    out.add("stage " + s.name() + " reads " + String.join(", ", reads) + ", which this run rewrites; its tables"
                            + " stay as an earlier run wrote them (use --from to rerun every later stage)");
                    s.writes(config).forEach(t -> rewritten.add(t.name()));
                }
            }
        }
        return out;
    }

    /** Whether one of these stages reads {@code --input}. */
    public static boolean readsInput(List<Stage> stages) {
        return stages.stream().anyMatch(Stage::readsInput);
    }

    /** Runs every stage, timing each, then publishes this run's tables and writes its manifest. */
    public RunSummary run(RunContext ctx) {
        List<String> names = new ArrayList<>();
        try {
            for (Stage stage : stages) {
                long t0 = System.nanoTime();
                ctx.log("stage " + stage.name() + " ...");
                stage.run(ctx);
                List<TableSchema> written = stage.writes(ctx.config());
                stage.owns(ctx.config()).stream().filter(t -> !written.contains(t)).forEach(ctx.store()::retract);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                ctx.manifest().stageMillis(stage.name(), ms);
                names.add(stage.name());
                ctx.log("stage " + stage.name() + " done in " + ms + " ms");
            }
            return ctx.publish(names);
        } catch (RuntimeException e) {
            ctx.abandon(); // the staging area goes; the previous output stays as it was
            throw e;
        }
    }
}
