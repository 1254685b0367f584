package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsframe.actors.DictionaryLoader;
import org.newsframe.actors.MentionFinder;

/** Sentences written for these tests; features looked up by the slot of their name. */
class TargetFeaturesTest {

    private static final int BITS = 20;
    private static final TargetFeatures FEATURES = TargetFeatures.builtin(BITS);
    private static final SentenceTargets TARGETS = new SentenceTargets(new MentionFinder(DictionaryLoader.builtin()),
            SentimentScorer.rulesOnly());

    private static TargetFeatures.Vector features(String text, String target, String... others) {
        List<TargetInput.Target> ts = new java.util.ArrayList<>();
        int from = text.indexOf(target);
        ts.add(new TargetInput.Target(from, from + target.length(), null));
        for (String o : others) {
            int at = text.indexOf(o);
            ts.add(new TargetInput.Target(at, at + o.length(), null));
        }
        return TARGETS.evidence(text, ts, FEATURES).get(0).features();
    }

    private static Set<Integer> slots(TargetFeatures.Vector v) {
        Set<Integer> out = new HashSet<>();
        for (int k = 0; k < v.size(); k++) {
            out.add(v.indices()[k]);
        }
        return out;
    }

    private static boolean has(TargetFeatures.Vector v, String feature) {
        return slots(v).contains(TargetFeatures.slot(feature, BITS));
    }

    @Test
    void slotsAreStableAndInRange() {
        assertEquals(TargetFeatures.slot("L1=the", BITS), TargetFeatures.slot("L1=the", BITS));
        assertNotEquals(TargetFeatures.slot("L1=the", BITS), TargetFeatures.slot("R1=the", BITS));
        for (String f : List.of("", "BIAS", "Dl:condemned", "C2r:513")) {
            int s = TargetFeatures.slot(f, 12);
            assertTrue(s >= 0 && s < 1 << 12, f + " -> " + s);
        }
        assertThrows(IllegalArgumentException.class, () -> TargetFeatures.builtin(30));
    }

    @Test
    void theVerbSaysWhetherTheTargetIsTheCriticOrTheCriticised() {
        String s = "Human Rights Watch condemned the Taliban on Friday.";
        TargetFeatures.Vector taliban = features(s, "Taliban", "Human Rights Watch");
        TargetFeatures.Vector hrw = features(s, "Human Rights Watch", "Taliban");
        assertTrue(has(taliban, "REL:CRITICIZE:target"));
        assertFalse(has(taliban, "REL:CRITICIZE:source"));
        assertTrue(has(hrw, "REL:CRITICIZE:source"));
        // passive: the one before "condemned by" is the criticised
        assertTrue(has(features("The Taliban were condemned by Human Rights Watch.", "Taliban", "Human Rights Watch"),
                "REL:CRITICIZE:target"));
    }

    @Test
    void windowsAreWordByWordAndOtherActorsBecomeActor() {
        TargetFeatures.Vector v = features("Aid groups warmly praised Pakistan and Qatar for their help.", "Pakistan", "Qatar");
        assertTrue(has(v, "L1=praised"));
        assertTrue(has(v, "L2=warmly"));
        assertTrue(has(v, "R1=and"));
        assertTrue(has(v, "R2=ACTOR"), "Qatar is another actor");
        assertTrue(has(v, "LL=warmly_praised"));
        assertTrue(has(v, "Dl:praised"));
        assertFalse(has(v, "Dr:qatar"));
    }

    @Test
    void negationScopeAndMineOrOtherWords() {
        TargetFeatures.Vector v = features("Officials did not praise Pakistan.", "Pakistan");
        assertTrue(has(v, "Dl:NOT_praise"));
        assertTrue(has(v, "NEG:praise"));
        // "welcomed" is nearer Jordan than Syria; "crackdown" nearer Syria
        String s = "Aid groups welcomed Jordan while the crackdown by Syria went on.";
        TargetFeatures.Vector jordan = features(s, "Jordan", "Syria");
        assertTrue(has(jordan, "Ml:welcomed"));
        assertTrue(has(jordan, "Or:crackdown"));
        TargetFeatures.Vector syria = features(s, "Syria", "Jordan");
        assertTrue(has(syria, "Ml:crackdown"));
        assertTrue(has(syria, "Ol:welcomed"));
    }

    @Test
    void theTargetItself() {
        assertTrue(has(features("Pakistan said the talks would go on.", "Pakistan"), "T:speaker"));
        assertTrue(has(features("Pakistan said the talks would go on.", "Pakistan"), "T:posstart"));
        assertTrue(has(features("He was praised by Pakistan for that.", "Pakistan"), "T:agent"));
        assertTrue(has(features("Yesterday they met again.", "they"), "T:pronoun"));
    }

    @Test
    void wordVectorsArePooledOverTheTargetItsWindowsAndTheSentence() {
        WordVectors tiny = WordVectors.of(List.of("condemned", "taliban", "the"),
                List.of(new float[] {1f, -1f}, new float[] {0.5f, 0.5f}, new float[] {0f, 0f}),
                new float[] {0f, 0f}, new float[] {0.5f, 0.5f}, List.of());
        TargetFeatures with = TargetFeatures.builtin(BITS, tiny);
        String text = "Human Rights Watch condemned the Taliban on Friday.";
        int from = text.indexOf("Taliban");
        List<TargetInput.Target> ts = List.of(new TargetInput.Target(from, from + 7, null));
        TargetFeatures.Vector v = TARGETS.evidence(text, ts, with).get(0).features();
        java.util.Map<Integer, Float> byslot = new java.util.HashMap<>();
        for (int k = 0; k < v.size(); k++) {
            byslot.merge(v.indices()[k], v.values()[k], Float::sum);
        }
        // the target alone: taliban (0.5, 0.5) standardised (÷ 0.5) and scaled (× 0.2)
        assertEquals(0.2f, byslot.get(with.vectorSlot(0, 0)), 0.004f);
        // left window "Human Rights Watch condemned the": condemned and the have vectors, mean (0.5, -0.5)
        assertEquals(0.2f, byslot.get(with.vectorSlot(1, 0)), 0.004f);
        assertEquals(-0.2f, byslot.get(with.vectorSlot(1, 1)), 0.004f);
        // its own words (no other actor here: all but the target) and its comma clause (the whole sentence)
        assertTrue(byslot.containsKey(with.vectorSlot(4, 0)));
        assertTrue(byslot.containsKey(with.vectorSlot(5, 0)));
        // right window "on Friday.": no word has a vector, so no feature
        assertFalse(byslot.containsKey(with.vectorSlot(2, 0)));
        assertTrue(byslot.containsKey(with.vectorSlot(3, 1)));
        TargetFeatures.Vector none = TARGETS.evidence(text, ts, TargetFeatures.builtin(BITS, null)).get(0).features();
        assertFalse(slots(none).contains(with.vectorSlot(0, 0)) && slots(none).contains(with.vectorSlot(3, 1)));
    }
}
