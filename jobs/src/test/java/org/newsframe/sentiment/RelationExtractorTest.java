package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.actors.DictionaryLoader;
import org.newsframe.actors.MentionFinder;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.TextAnalyzer;

/** Sentences written for these tests, in the shapes event coders meet. */
class RelationExtractorTest {

    private static final MentionFinder FINDER = new MentionFinder(DictionaryLoader.builtin());
    private static final RelationExtractor EXTRACTOR = new RelationExtractor(RelationLexicon.get());

    private static List<String> relations(String text) {
        AnalyzedText a = TextAnalyzer.analyze(text);
        return EXTRACTOR.extract(a, FINDER.find(a)).stream()
                .map(r -> r.sourceActor() + " " + r.relation() + " " + r.targetActor() + " " + r.polarity()).toList();
    }

    @Test
    void subjectVerbObject() {
        assertEquals(List.of("POP_SHIA CRITICIZE TALIBAN -1"),
                relations("Shia clerics in Afghanistan criticized the Taliban rulers on Friday."));
        assertEquals(List.of("PAK URGE USA 0"), relations("Pakistani officials urged the United States to engage."));
        assertEquals(List.of("TALIBAN REJECT USA -1"),
                relations("The Taliban excluded the possibility of cooperating with the United States."));
    }

    @Test
    void passiveNegationSpeechAndHypotheticals() {
        assertEquals(List.of("HRW CRITICIZE ISR -1"), relations("Israel was criticized by Human Rights Watch."));
        assertEquals(List.of("IRN CRITICIZE RUS 0"), relations("Iran did not criticize Russia."));
        assertEquals(List.of("PER_ANN_LEE REJECT USA -1"),
                relations("Spokesperson Ann Lee told the Associated Press there would be no cooperation with Washington."));
        assertEquals(List.of(), relations("Reporters asked whether the Taliban would cooperate with the U.S."));
        assertEquals(List.of(), relations("ISIS claimed the attack on Uyghurs."));
    }
}
