package org.newsframe.run;

import java.util.List;
import org.newsframe.annotate.AnnotateStage;
import org.newsframe.ingest.IngestStage;
import org.newsframe.pipeline.StageRegistry;
import org.newsframe.tables.ActorTablesStage;
import org.newsframe.tables.DisplacementEventsStage;
import org.newsframe.tables.SentimentTablesStage;
import org.newsframe.trends.TrendsStage;

/**
 * Every stage of {@code newsframe run}, in data-flow order: ingest → annotate → tables (→ trends). Adding a
 * stage is one class (implementing {@code pipeline.Stage}, declaring its tables) and one line here.
 */
public final class Stages {

    private Stages() {}

    public static StageRegistry registry() {
        return new StageRegistry(List.of(
                new IngestStage(),
                new AnnotateStage(),
                new ActorTablesStage(),
                new SentimentTablesStage(),
                new DisplacementEventsStage(),
                new TrendsStage()));
    }
}
