package org.newsframe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsframe.config.ConfigLoader;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.run.Stages;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;

class PipelineTest {

    private static final NewsframeConfig CONFIG = ConfigLoader.load(null, List.of());

    private static List<String> names(List<Stage> stages) {
        return stages.stream().map(Stage::name).toList();
    }

    private static java.util.function.Predicate<TableSchema> present(TableSchema... tables) {
        Set<String> names = java.util.Arrays.stream(tables).map(TableSchema::name).collect(java.util.stream.Collectors.toSet());
        return t -> names.contains(t.name());
    }

    @Test
    void theRegistryHoldsEveryStageInDataFlowOrder() {
        assertEquals(List.of("ingest", "annotate", "actor-tables", "sentiment-tables", "displacement-events", "trends"),
                Stages.registry().names());
        // every stage reads only what an earlier one writes: the full run plans on an empty output
        Pipeline full = Pipeline.plan(Stages.registry().all(), CONFIG, t -> false);
        assertEquals(Stages.registry().names(), names(full.stages()));
        assertTrue(Pipeline.readsInput(full.stages()));
    }

    @Test
    void stagesAreSelectedByNameOrFromOneOnAlwaysInRegistryOrder() {
        StageRegistry r = Stages.registry();
        assertEquals(List.of("annotate", "actor-tables"), names(r.select(List.of("actor-tables", "annotate"), null)));
        assertEquals(List.of("sentiment-tables", "displacement-events", "trends"), names(r.select(List.of(), "sentiment-tables")));
        assertEquals(r.names(), names(r.select(null, null)));
        PipelineError unknown = assertThrows(PipelineError.class, () -> r.select(List.of("annotat"), null));
        assertTrue(unknown.getMessage().contains("no stage named 'annotat'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("ingest, annotate, actor-tables"), unknown.getMessage());
        assertThrows(PipelineError.class, () -> r.select(List.of("annotate"), "annotate"));
    }

    @Test
    void aStageWhoseTablesNothingProvidesStopsThePlan() {
        StageRegistry r = Stages.registry();
        PipelineError e = assertThrows(PipelineError.class,
                () -> Pipeline.plan(r.select(List.of("actor-tables"), null), CONFIG, t -> false));
        assertTrue(e.getMessage().contains("stage actor-tables reads table mentions"), e.getMessage());
        // in the output already: fine
        Pipeline p = Pipeline.plan(r.select(List.of("actor-tables"), null), CONFIG,
                present(Tables.MENTIONS, Tables.ARTICLE_STATS, Tables.ARTICLES));
        assertEquals(List.of("actor-tables"), names(p.stages()));
        assertTrue(!Pipeline.readsInput(p.stages()));
        // written by an earlier stage of the same run: fine
        Pipeline q = Pipeline.plan(r.select(List.of("annotate", "actor-tables"), null), CONFIG, present(Tables.ARTICLES));
        assertEquals(List.of("annotate", "actor-tables"), names(q.stages()));
    }

    @Test
    void aSwitchedOffComponentsTableIsNotThereForLaterStages() {
        NewsframeConfig noStats = ConfigLoader.load(null, List.of("annotate.components=[mentions, sentiment, relations, figures]"));
        PipelineError e = assertThrows(PipelineError.class,
                () -> Pipeline.plan(Stages.registry().all(), noStats, t -> false));
        assertTrue(e.getMessage().contains("stage actor-tables reads table article_stats"), e.getMessage());
        Pipeline ok = Pipeline.plan(Stages.registry().select(List.of("ingest", "annotate", "sentiment-tables",
                "displacement-events"), null), noStats, t -> false);
        assertEquals(4, ok.stages().size());
    }
}
