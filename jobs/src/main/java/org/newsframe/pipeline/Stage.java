package org.newsframe.pipeline;

/**
 * One named, swappable step of {@code newsframe run}. A stage reads the tables it needs from the run
 * context (this run's staged tables, else the published ones) and writes its own tables through it.
 */
public interface Stage {

    /** Short name, used in logs, the manifest's stage timings and {@code --stages}. */
    String name();

    void run(RunContext ctx);
}
