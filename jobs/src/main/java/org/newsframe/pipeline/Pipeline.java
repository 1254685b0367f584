package org.newsframe.pipeline;

import java.util.List;
import org.newsframe.annotate.AnnotateStage;
import org.newsframe.ingest.IngestStage;
import org.newsframe.tables.ActorTablesStage;
import org.newsframe.tables.DisplacementEventsStage;
import org.newsframe.tables.SentimentTablesStage;

/** The stages of {@code newsframe run}, in data-flow order: ingest → annotate → tables → trends. */
public final class Pipeline {

    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Every stage that exists, in order. */
    public static Pipeline standard() {
        return new Pipeline(List.of(new IngestStage(), new AnnotateStage(), new ActorTablesStage(),
                new SentimentTablesStage(), new DisplacementEventsStage()));
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage, timing each, then publishes this run's tables and writes its manifest. */
    public RunSummary run(RunContext ctx) {
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            ctx.log("stage " + stage.name() + " ...");
            stage.run(ctx);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            ctx.manifest().stageMillis(stage.name(), ms);
            ctx.log("stage " + stage.name() + " done in " + ms + " ms");
        }
        return ctx.publish();
    }

    /** Removes the staging area of a run that failed; the previous output stays as it was. */
    public static void abandon(RunContext ctx) {
        ctx.abandon();
    }
}
