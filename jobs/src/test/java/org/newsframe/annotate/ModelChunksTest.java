package org.newsframe.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsframe.actors.Mention;
import org.newsframe.schema.ActorType;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.TextAnalyzer;

class ModelChunksTest {

    private static Mention dictionary(AnalyzedText t, String surface, String id) {
        int b = t.text().indexOf(surface);
        return new Mention(0, b, b + surface.length(), surface, id, surface, ActorType.ORGANIZATION, null,
                Mention.DICTIONARY, false, Mention.NAME);
    }

    private static ModelChunk chunk(AnalyzedText t, String surface, String label) {
        int b = t.text().indexOf(surface);
        return new ModelChunk(b, b + surface.length(), surface, label);
    }

    @Test
    void aChunkOverlappingAMentionOrAnEarlierChunkIsDroppedAndTheRestBecomeMentions() {
        AnalyzedText t = TextAnalyzer.analyze("The United Nations said Suhail Shaheen met Amir Khan Muttaqi in Doha on Monday.");
        List<Mention> mentions = List.of(dictionary(t, "United Nations", "UN"), dictionary(t, "Doha", "LOC_DOHA"));
        List<ModelChunk> chunks = List.of(
                chunk(t, "The United", "ORG"),          // overlaps the dictionary's United Nations
                chunk(t, "Suhail Shaheen", "PER"),
                chunk(t, "Shaheen met", "PER"),         // overlaps the chunk just taken
                chunk(t, "Amir Khan Muttaqi", "PER"),
                chunk(t, "Doha", "LOC"),                // the same span as a mention
                chunk(t, "Monday", "MISC"));            // not an actor
        String merged = ModelChunks.merge(t, mentions, chunks, Mention.TAGGER).stream()
                .map(m -> m.text() + "=" + m.actorId() + "/" + m.source()).collect(Collectors.joining(", "));
        assertEquals("United Nations=UN/dictionary, Suhail Shaheen=PER_SUHAIL_SHAHEEN/tagger, "
                + "Amir Khan Muttaqi=PER_AMIR_KHAN_MUTTAQI/tagger, Doha=LOC_DOHA/dictionary", merged);
    }

    @Test
    void aLongMentionCoveringLaterShortOnesStillBlocksAChunkInsideIt() {
        AnalyzedText t = TextAnalyzer.analyze("The Islamic State Khorasan Province and Kabul officials met.");
        List<Mention> mentions = new ArrayList<>(List.of(dictionary(t, "Islamic State Khorasan Province", "ISKP"),
                dictionary(t, "Islamic", "ISLAM")));
        String merged = ModelChunks.merge(t, mentions, List.of(chunk(t, "Khorasan", "LOC"), chunk(t, "Kabul", "LOC")),
                Mention.TAGGER).stream().map(Mention::text).collect(Collectors.joining(", "));
        assertEquals("Islamic State Khorasan Province, Islamic, Kabul", merged);
    }
}
