package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.actors.DictionaryLoader;
import org.newsframe.actors.MentionFinder;

/** The shipped classifier (sentiment.model = builtin) on sentences written for these tests. */
class SentimentScorerTest {

    private static final MentionFinder FINDER = new MentionFinder(DictionaryLoader.builtin());
    private static final SentenceTargets MODEL = new SentenceTargets(FINDER,
            new SentimentScorer(new TargetedScorer(Lexicon.get(), RelationLexicon.get()), SentimentClassifier.builtin()));
    private static final SentenceTargets RULES = new SentenceTargets(FINDER, SentimentScorer.rulesOnly());

    private static TargetSentiment score(SentenceTargets t, String text, String target) {
        int from = text.indexOf(target);
        return t.score(text, List.of(new TargetInput.Target(from, from + target.length(), null))).get(0);
    }

    @Test
    void theShippedModelSaysWhatItWasTrainedOn() {
        SentimentClassifier m = SentimentClassifier.builtin();
        assertEquals(SentimentScorer.BITS, m.bits());
        assertTrue(m.header().stream().anyMatch(h -> h.contains("NewsMTSC") && h.contains("MIT")), m.header().toString());
        assertTrue(m.header().stream().anyMatch(h -> h.contains("train-sentiment")), m.header().toString());
        assertNull(SentimentScorer.rulesOnly().model());
    }

    @Test
    void readsTheObviousCasesAndKeepsTheRulesEvidence() {
        TargetSentiment attack = score(MODEL, "ISIS-K claimed the deadly suicide bombing that killed dozens of civilians.", "ISIS-K");
        assertEquals(TargetSentiment.NEGATIVE, attack.label());
        assertTrue(attack.score() < -0.3, "score " + attack.score());
        TargetSentiment praise = score(MODEL, "Aid groups warmly praised Jordan for its generous welcome of refugees.", "Jordan");
        assertEquals(TargetSentiment.POSITIVE, praise.label());
        assertTrue(praise.score() > 0.3, "score " + praise.score());
        TargetSentiment neutral = score(MODEL, "The delegation from Norway arrived in Oslo on Tuesday.", "Norway");
        assertEquals(TargetSentiment.NEUTRAL, neutral.label());
        assertTrue(neutral.confidence() > 1.0 / 3 && neutral.confidence() <= 1.0);
        // the model's reading comes with the rules' evidence, and the rules alone still read it their way
        TargetSentiment rules = score(RULES, "Aid groups warmly praised Jordan for its generous welcome of refugees.", "Jordan");
        assertEquals(rules.terms(), praise.terms());
        assertEquals(TargetSentiment.POSITIVE, rules.label());
    }

    @Test
    void theCriticisedIsMoreNegativeThanTheCritic() {
        String s = "Human Rights Watch harshly condemned the Taliban for the killings.";
        assertTrue(score(MODEL, s, "Taliban").score() < score(MODEL, s, "Human Rights Watch").score());
        assertEquals(TargetSentiment.NEGATIVE, score(MODEL, s, "Taliban").label());
    }

    @Test
    void aModelTrainedWithOtherWordVectorsIsRefusedAndOneWithoutGetsNone() {
        SentimentClassifier other = new SentimentClassifier(10, new float[(1 << 10) * 3], List.of(SentimentClassifier.VECTORS_LINE + "1x1:0"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SentimentScorer.features(other));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("retrain"), e.getMessage());
        SentimentClassifier without = new SentimentClassifier(10, new float[(1 << 10) * 3], List.of("old"));
        org.junit.jupiter.api.Assertions.assertNull(SentimentScorer.features(without).vectors());
        org.junit.jupiter.api.Assertions.assertEquals(WordVectors.builtin().fingerprint(), SentimentClassifier.builtin().wordVectors());
    }
}
