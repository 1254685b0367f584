package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.actors.DictionaryLoader;
import org.newsframe.actors.MentionFinder;

/** Sentences written for these tests. */
class TargetedScorerTest {

    private static final SentenceTargets SCORER = new SentenceTargets(new MentionFinder(DictionaryLoader.builtin()),
            new SentimentScorer(new TargetedScorer(Lexicon.get(), RelationLexicon.get()), null));

    private static TargetSentiment score(String text, String target) {
        int from = text.indexOf(target);
        return SCORER.score(text, List.of(new TargetInput.Target(from, from + target.length(), null))).get(0);
    }

    @Test
    void theCriticisedSideIsNegativeNotTheCritic() {
        String s = "Shia clerics sharply criticized the Taliban on Friday.";
        TargetSentiment taliban = score(s, "Taliban");
        TargetSentiment clerics = score(s, "Shia");
        assertEquals(TargetSentiment.NEGATIVE, taliban.label());
        assertTrue(clerics.score() > taliban.score() + 0.2, clerics.score() + " vs " + taliban.score());
    }

    @Test
    void passiveVoiceSwapsTheSides() {
        String s = "The Taliban were condemned by Human Rights Watch.";
        assertEquals(TargetSentiment.NEGATIVE, score(s, "Taliban").label());
        assertTrue(score(s, "Human Rights Watch").score() > score(s, "Taliban").score());
    }

    @Test
    void negationFlipsAndContrastSeparatesClauses() {
        assertEquals(TargetSentiment.POSITIVE, score("Officials praised Pakistan for its help.", "Pakistan").label());
        assertTrue(score("Officials did not praise Pakistan.", "Pakistan").score() < 0.05);
        String s = "Aid groups welcomed Jordan's generous offer, but Syria's brutal crackdown continued.";
        assertEquals(TargetSentiment.POSITIVE, score(s, "Jordan").label());
        assertEquals(TargetSentiment.NEGATIVE, score(s, "Syria").label());
    }

    @Test
    void whatASpeakerSaysIsNotAboutTheSpeaker() {
        String s = "Ann Lee said the attacks were horrific and deadly.";
        assertEquals(TargetSentiment.NEUTRAL, score(s, "Ann Lee").label());
    }

    @Test
    void scoresAreBoundedAndConfidenceIsAProbabilityLikeValue() {
        TargetSentiment t = score("Brutal, deadly, murderous attacks by ISIS killed hundreds.", "ISIS");
        assertTrue(t.score() >= -1 && t.score() < -0.5, "score " + t.score());
        assertTrue(t.confidence() > 0.5 && t.confidence() <= 1.0);
        assertEquals(TargetSentiment.CUE_NAMES.size(), t.cues().length);
    }
}
