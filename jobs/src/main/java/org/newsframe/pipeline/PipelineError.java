package org.newsframe.pipeline;

/** A run that cannot be planned: an unknown stage, or a stage whose input tables nothing provides. Exit 2. */
public final class PipelineError extends RuntimeException {
    public PipelineError(String message) {
        super(message);
    }
}
