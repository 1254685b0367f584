package org.newsframe.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsframe.actors.Mention;
import org.newsframe.config.ConfigError;
import org.newsframe.config.ConfigLoader;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.schema.Tables;

class AnnotateComponentsTest {

    private static final String TEXT = "Pakistan urged the United States to engage with the Taliban. "
            + "About 2,000 families were displaced in Herat, the UN said.";

    private static NewsframeConfig config(String... sets) {
        return ConfigLoader.load(null, List.of(sets));
    }

    private static List<String> names(List<AnnotateComponent> cs) {
        return cs.stream().map(AnnotateComponent::name).toList();
    }

    @Test
    void componentsRunInRegistryOrderWhateverOrderTheyAreListedIn() {
        assertEquals(List.of("mentions", "sentiment", "relations", "figures", "stats"), AnnotateComponents.names());
        assertEquals(AnnotateComponents.names(), names(AnnotateComponents.enabled(config())));
        List<AnnotateComponent> some = AnnotateComponents.enabled(config("annotate.components=[figures, mentions]"));
        assertEquals(List.of("mentions", "figures"), names(some));
        assertEquals(List.of(Tables.MENTIONS, Tables.DISPLACEMENT), AnnotateComponents.tables(some));
        assertEquals(List.of(Tables.ARTICLE_STATS, Tables.MENTIONS, Tables.ACTOR_RELATIONS, Tables.DISPLACEMENT),
                AnnotateComponents.tables(AnnotateComponents.enabled(config())), "in Tables.all() order");
    }

    @Test
    void anUnknownComponentOrAMissingRequirementIsAConfigurationError() {
        ConfigError unknown = assertThrows(ConfigError.class,
                () -> AnnotateComponents.enabled(config("annotate.components=[mentions, figurs]")));
        assertTrue(unknown.getMessage().contains("no component named 'figurs'"), unknown.getMessage());
        ConfigError needs = assertThrows(ConfigError.class,
                () -> AnnotateComponents.enabled(config("annotate.components=[relations]")));
        assertTrue(needs.getMessage().contains("relations needs mentions"), needs.getMessage());
        assertThrows(ConfigError.class, () -> AnnotateComponents.enabled(config("annotate.components=[mentions, mentions]")));
    }

    @Test
    void eachComponentFillsItsPartOfTheDocAndTheOthersStayEmpty() {
        NewsframeConfig all = config();
        ArticleDoc full = Extractors.load(all).annotator(all).annotate("a1", LocalDate.of(2021, 10, 9), TEXT, List.of());
        assertTrue(full.mentions().stream().anyMatch(m -> m.actorId().equals("TALIBAN")));
        assertEquals(full.mentions().size(), full.sentiments().size());
        assertTrue(full.relations().stream().anyMatch(r -> r.sourceActor().equals("PAK") && r.relation().name().equals("URGE")
                && r.targetActor().equals("USA")), full.relations().toString());
        assertEquals(1, full.figures().size());
        assertEquals(2000, full.figures().get(0).quantity());

        NewsframeConfig mentionsOnly = config("annotate.components=[mentions]");
        ArticleDoc few = Extractors.load(mentionsOnly).annotator(mentionsOnly).annotate(TEXT);
        assertEquals(full.mentions(), few.mentions(), "the same mentions with or without the later components");
        assertNull(few.sentiments());
        assertTrue(few.relations().isEmpty());
        assertTrue(few.figures().isEmpty());
    }

    @Test
    void theSparkNlpModelsChunksJoinOnlyInTheLanguagesTheComponentsRead() {
        NewsframeConfig all = config();
        ArticleAnnotator annotator = Extractors.load(all).annotator(all);
        // a span nothing else would find (lower case), so the chunk is the model's alone
        String english = "Officials said the envoy met them in zorbistan on Tuesday, after the talks.";
        int at = english.indexOf("zorbistan");
        ArticleDoc en = annotator.annotate("e", null, english, List.of(new ModelChunk(at, at + 9, "zorbistan", "LOC")));
        assertTrue(en.mentions().stream().anyMatch(m -> m.source().equals(Mention.MODEL) && m.text().equals("zorbistan")),
                en.mentions().toString());
        String french = "Les responsables des deux pays ont dit que l'envoy\u00e9 est dans la ville. Il a rencontr\u00e9 les chefs "
                + "\u00e0 zorbistan mardi, avec les autorit\u00e9s qui sont sur place pour une semaine.";
        int fr = french.indexOf("zorbistan");
        ArticleDoc other = annotator.annotate("f", null, french, "fr", List.of(new ModelChunk(fr, fr + 9, "zorbistan", "LOC")));
        assertEquals(List.of(), other.mentions(), "an article in French is not read (language.annotate = [en])");
    }

    @Test
    void theTokensOfEachMentionAreLookedUpOnceAndSharedByTheLaterComponents() {
        ArticleDoc doc = org.newsframe.Annotators.standard().annotate(TEXT);
        for (int i = 0; i < doc.mentions().size(); i++) {
            Mention m = doc.mentions().get(i);
            int first = doc.mentionTokens().first(i);
            int end = doc.mentionTokens().end(i);
            assertEquals(m.begin(), doc.text().tokens().get(first).begin(), m.text());
            assertEquals(m.end(), doc.text().tokens().get(end - 1).end(), m.text());
            for (int t = first; t < end; t++) {
                assertEquals(i, doc.mentionTokens().spanAt(t));
            }
        }
        int the = 2; // "Pakistan urged the": "the" is no mention's token
        assertEquals("the", doc.text().tokens().get(the).text());
        assertFalse(doc.mentionTokens().covered(the));
    }

    @Test
    void withoutTheSentimentComponentMentionRowsHaveNullSentiment() {
        NewsframeConfig mentionsOnly = config("annotate.components=[mentions]");
        ArticleDoc doc = Extractors.load(mentionsOnly).annotator(mentionsOnly).annotate(TEXT);
        MentionsComponent c = new MentionsComponent(mentionsOnly);
        List<Row> rows = c.rows(doc);
        assertEquals(doc.mentions().size(), rows.size());
        Row first = rows.get(0);
        int sentiment = c.rowType().fieldIndex("sentiment");
        assertTrue(rows.stream().allMatch(r -> r.isNullAt(sentiment)));
        assertEquals("Pakistan", first.getString(c.rowType().fieldIndex("text")));
        assertEquals(0, first.getInt(c.rowType().fieldIndex("begin")));
    }

    @Test
    void relationRowsCarryTheSentenceAndTheTriggerOffsets() {
        NewsframeConfig all = config();
        ArticleDoc doc = Extractors.load(all).annotator(all).annotate(TEXT);
        RelationsComponent c = new RelationsComponent();
        Row r = c.rows(doc).stream().filter(x -> x.getString(c.rowType().fieldIndex("relation")).equals("URGE"))
                .findFirst().orElseThrow();
        assertEquals("PAK", r.getString(c.rowType().fieldIndex("source_actor")));
        assertEquals("USA", r.getString(c.rowType().fieldIndex("target_actor")));
        int begin = r.getInt(c.rowType().fieldIndex("begin"));
        int end = r.getInt(c.rowType().fieldIndex("end"));
        assertEquals("urged", TEXT.substring(begin, end));
        assertEquals("Pakistan urged the United States to engage with the Taliban.", r.getString(c.rowType().fieldIndex("text")));
        assertEquals(0, r.getInt(c.rowType().fieldIndex("sentence_index")));
    }
}
