package org.newsframe.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.Token;
import org.newsframe.text.Words;

/**
 * Rule-based targeted sentiment: how the text portrays one target (an actor mention) in its sentence.
 *
 * <ol>
 *   <li><b>Scope</b>: the clause holding the target — the sentence cut at {@code ; :} and at contrast words
 *       (but, however, although, though, whereas, yet) — so "X was praised, but Y was condemned" keeps each
 *       side's words apart.</li>
 *   <li><b>Reported speech</b>: when the target is the speaker ("X said …", "X told …"), the quoted or reported
 *       content after the verb is X's words, not words about X, and is left out.</li>
 *   <li><b>Word valence</b> from {@link Lexicon}, skipping words that belong to any actor mention ("United",
 *       "Justice"); weighted by distance to the target; flipped and damped (×−0.74, as VADER) after a
 *       negator within three words; raised or lowered by degree words (very, sharply, slightly).</li>
 *   <li><b>Which side of the verb</b>: for verbs in the relation dictionary (criticize, attack, praise…) the
 *       valence counts fully for the target after the verb (the one criticised) and only a quarter for the
 *       subject before it (the one criticising); passives ("was condemned by") swap the sides.</li>
 *   <li><b>Score</b> = s / √(s² + 15) (VADER's normalisation) in [−1, 1]; label by thresholds
 *       (±{@value #THRESHOLD}); confidence grows with the distance from the thresholds.</li>
 * </ol>
 * Linear in the sentence length; no allocation beyond the evidence lists.
 */
public final class TargetedScorer {

    public static final double THRESHOLD = 0.12;

    /** VADER's normalisation of a valence sum into [-1, 1]: s / √(s² + 15). */
    public static double normalize(double sum) {
        return sum / Math.sqrt(sum * sum + 15.0);
    }

    private static final Set<String> CONTRAST = java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.List.of("but", "however", "although", "though", "whereas", "yet",
            "nevertheless", "nonetheless"))); // a HashSet: asked for every token (see NumberParser.STARTS)
    /** Speech verbs, and "according" (to): a target right before one is the speaker, not the topic. */
    private static final Set<String> SPEECH = Words.with(Words.SPEECH_VERBS, "say", "argued", "warned", "remarked",
            "explained", "replied", "according");

    private static final Set<String> PASSIVE_AUX = Words.with(Words.PASSIVE_AUX, "be", "got");

    private final Lexicon lexicon;
    private final RelationLexicon relations;

    public TargetedScorer(Lexicon lexicon, RelationLexicon relations) {
        this.lexicon = lexicon;
        this.relations = relations;
    }

    /**
     * @param covered tokens that belong to some actor mention (their words carry no sentiment)
     * @param targetFirst first token of the target, {@code targetEnd} one past its last token
     */
    public TargetSentiment score(AnalyzedText text, Sentence s, int targetFirst, int targetEnd, boolean[] covered) {
        List<Token> tokens = text.tokens();
        int from = s.firstToken();
        int to = s.endToken();
        // clause scope
        for (int k = targetFirst - 1; k >= s.firstToken(); k--) {
            if (isBoundary(tokens.get(k))) {
                from = k + 1;
                break;
            }
        }
        boolean contrastAfter = false;
        for (int k = targetEnd; k < s.endToken(); k++) {
            if (isBoundary(tokens.get(k))) {
                to = k;
                contrastAfter = CONTRAST.contains(tokens.get(k).key());
                break;
            }
        }
        // the target as speaker: drop what it says
        boolean speaker = false;
        int afterTarget = targetEnd;
        while (afterTarget < to && !tokens.get(afterTarget).isWord()) {
            afterTarget++;
        }
        if (afterTarget < to && SPEECH.contains(tokens.get(afterTarget).key())) {
            speaker = true;
            to = afterTarget + 1;
        }
        boolean quoted = insideQuotes(text, tokens.get(targetFirst).begin(), s);

        double sum = 0;
        double pos = 0;
        double neg = 0;
        double objectNeg = 0;
        double objectPos = 0;
        double subjectNeg = 0;
        double subjectPos = 0;
        boolean negatedAny = false;
        List<String> terms = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (k >= targetFirst && k < targetEnd) {
                continue;
            }
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            boolean before = k < targetFirst;
            if (covered[k]) {
                continue;
            }
            float v = lexicon.valence(t.key());
            RelationLexicon.Verb verb = relations.verb(t.key());
            if (v == 0f) {
                continue;
            }
            boolean negated = negated(tokens, k, from);
            if (negated) {
                v *= -0.74f;
                negatedAny = true;
            }
            if (k > from) {
                Float boost = Lexicon.BOOSTERS.get(tokens.get(k - 1).key());
                if (boost != null) {
                    v += Math.signum(v) * boost;
                }
            }
            int dist = before ? targetFirst - k : k - targetEnd + 1;
            double w = 1.0 / (1.0 + 0.12 * dist);
            if (verb != null) {
                // active: the target after the verb is its object; passive ("was condemned by"): the one before
                boolean passive = (k + 1 < to && tokens.get(k + 1).key().equals("by"))
                        || (k > from && PASSIVE_AUX.contains(tokens.get(k - 1).key()));
                boolean targetIsObject = passive ? !before : before;
                if (targetIsObject) {
                    w *= 1.25;
                    if (v < 0) {
                        objectNeg += v;
                    } else {
                        objectPos += v;
                    }
                } else {
                    w *= 0.25;
                    if (v < 0) {
                        subjectNeg += v;
                    } else {
                        subjectPos += v;
                    }
                }
            }
            double contribution = v * w;
            sum += contribution;
            if (contribution > 0) {
                pos += contribution;
            } else {
                neg += contribution;
            }
            terms.add((v > 0 ? "P" : "N") + (before ? "L:" : "R:") + t.key());
        }
        if (contrastAfter) {
            sum *= 0.9; // VADER damps the clause before "but"
        }
        double score = normalize(sum);
        String label = score >= THRESHOLD ? TargetSentiment.POSITIVE
                : score <= -THRESHOLD ? TargetSentiment.NEGATIVE : TargetSentiment.NEUTRAL;
        double confidence = label.equals(TargetSentiment.NEUTRAL)
                ? 0.5 + 0.5 * (1 - Math.abs(score) / THRESHOLD)
                : Math.min(1.0, 0.5 + (Math.abs(score) - THRESHOLD) / (1 - THRESHOLD));
        double sentenceSum = sentenceValence(text, s, covered);
        contextTerms(tokens, s, targetFirst, targetEnd, covered, terms);
        if (speaker) {
            terms.add("CUE:speaker");
        }
        if (quoted) {
            terms.add("CUE:quoted");
        }
        double[] cues = {score, pos, neg, objectNeg, objectPos, subjectNeg, subjectPos, speaker ? 1 : 0,
                negatedAny ? 1 : 0, quoted ? 1 : 0, sentenceSum};
        return new TargetSentiment(score, label, confidence, terms, cues);
    }

    /**
     * Model evidence beyond the lexicon: every word of the sentence marked with its side and distance
     * bucket (1–2, 3–6, 7+ tokens from the target), the bare word, and the bigrams touching the target.
     * Words of other mentions become their placeholder "ACTOR".
     */
    private static void contextTerms(List<Token> tokens, Sentence s, int targetFirst, int targetEnd,
                                     boolean[] covered, List<String> terms) {
        for (int k = s.firstToken(); k < s.endToken() && terms.size() < 160; k++) {
            if (k >= targetFirst && k < targetEnd) {
                continue;
            }
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals("\"") && !t.text().equals("?")) {
                continue;
            }
            String w = covered[k] ? "ACTOR" : t.kind() == Token.Kind.NUMBER ? "NUM" : t.key();
            boolean before = k < targetFirst;
            int dist = before ? targetFirst - k : k - targetEnd + 1;
            String bucket = dist <= 2 ? "1" : dist <= 6 ? "2" : "3";
            terms.add((before ? "L" : "R") + bucket + ":" + w);
            terms.add("W:" + w);
        }
        if (targetFirst - 2 >= s.firstToken()) {
            terms.add("LB:" + tokens.get(targetFirst - 2).key() + "_" + tokens.get(targetFirst - 1).key());
        }
        if (targetEnd + 1 < s.endToken()) {
            terms.add("RB:" + tokens.get(targetEnd).key() + "_" + tokens.get(targetEnd + 1).key());
        }
    }

    /** Plain sum of word valences in a sentence (negation applied): the sentence-level score. */
    public double sentenceValence(AnalyzedText text, Sentence s, boolean[] covered) {
        double sum = 0;
        List<Token> tokens = text.tokens();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || (covered != null && covered[k])) {
                continue;
            }
            float v = lexicon.valence(t.key());
            if (v != 0f) {
                if (negated(tokens, k, s.firstToken())) {
                    v *= -0.74f;
                }
                if (k > s.firstToken()) {
                    Float boost = Lexicon.BOOSTERS.get(tokens.get(k - 1).key());
                    if (boost != null) {
                        v += Math.signum(v) * boost;
                    }
                }
                sum += v;
            }
        }
        return sum;
    }

    private static boolean negated(List<Token> tokens, int k, int from) {
        for (int j = Math.max(from, k - 3); j < k; j++) {
            String key = tokens.get(j).key();
            if (Lexicon.NEGATORS.contains(key) || key.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Token t) {
        if (t.kind() == Token.Kind.PUNCT) {
            char c = t.text().charAt(0);
            return c == ';' || c == ':';
        }
        return CONTRAST.contains(t.key());
    }

    private static boolean insideQuotes(AnalyzedText text, int offset, Sentence s) {
        int quotes = 0;
        String str = text.text();
        for (int i = s.begin(); i < offset; i++) {
            char c = str.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
