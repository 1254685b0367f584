package org.newsframe.pipeline;

import java.util.List;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.schema.TableSchema;

/**
 * One named, swappable step of {@code newsframe run}. A stage declares the tables it reads and writes;
 * {@link Pipeline#plan} checks, before any work, that every table a stage reads is written by an earlier
 * stage of the run or is already in the output. At run time it reads them through the {@link RunContext}
 * (this run's staged version, else the published one) and writes its own through it.
 *
 * <p>Which stages run is chosen with {@code bin/newsframe run --stages a,b} or {@code --from a}; the
 * registry of every stage, in data-flow order, is {@code org.newsframe.run.Stages}.
 */
public interface Stage {

    /** Short name, used in logs, the manifest's stage timings, {@code --stages} and {@code --from}. */
    String name();

    /** The tables this stage reads. */
    List<TableSchema> reads();

    /** The tables this stage writes under this configuration (a switched-off component writes none). */
    List<TableSchema> writes(NewsframeConfig config);

    /**
     * Every table this stage can write under any configuration; the ones it does not write under this one
     * (a switched-off component's) are removed from the output when the run publishes.
     */
    default List<TableSchema> owns(NewsframeConfig config) {
        return writes(config);
    }

    /** Whether the stage reads the run's {@code --input} (ingest does; the others read tables). */
    default boolean readsInput() {
        return false;
    }

    void run(RunContext ctx);
}
