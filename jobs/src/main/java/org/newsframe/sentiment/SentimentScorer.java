package org.newsframe.sentiment;

import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;

/**
 * The configured targeted scorer ({@code sentiment.model}): the rule scorer always runs — its evidence is
 * the classifier's input and its reading the fallback — and the trained classifier, when there is one,
 * gives the label, score and confidence. Thread-safe.
 */
public final class SentimentScorer {

    /** Feature bits of the shipped model (2^20 slots). */
    public static final int BITS = 20;

    private final TargetedScorer rules;
    private final SentimentClassifier model;
    private final TargetFeatures features;

    /** @param model the classifier, or null for the rules alone ({@code sentiment.model = rules}) */
    public SentimentScorer(TargetedScorer rules, SentimentClassifier model) {
        this.rules = rules;
        this.model = model;
        this.features = model == null ? null : features(model);
    }

    /**
     * The features a model was trained on: the built-in word vectors when its header names them (they must be
     * the same table: a model is retrained with its vectors), none for a model trained without.
     */
    static TargetFeatures features(SentimentClassifier model) {
        String wanted = model.wordVectors();
        if (wanted == null) {
            return TargetFeatures.builtin(model.bits(), null);
        }
        WordVectors builtin = WordVectors.builtin();
        if (!builtin.fingerprint().equals(wanted)) {
            throw new IllegalStateException("the sentiment model was trained with word vectors " + wanted
                    + ", but the built-in ones are " + builtin.fingerprint() + ": retrain it (bin/newsframe train-sentiment, docs/sentiment.md)");
        }
        return TargetFeatures.builtin(model.bits(), builtin);
    }

    public static SentimentScorer rulesOnly() {
        return new SentimentScorer(new TargetedScorer(Lexicon.get(), RelationLexicon.get()), null);
    }

    public TargetedScorer rules() {
        return rules;
    }

    /** The classifier, or null when the rules decide. */
    public SentimentClassifier model() {
        return model;
    }

    /** Same arguments as {@link TargetedScorer#score}. */
    public TargetSentiment score(AnalyzedText text, Sentence s, int first, int end, boolean[] covered) {
        TargetSentiment r = rules.score(text, s, first, end, covered);
        if (model == null) {
            return r;
        }
        return model.classify(features.extract(text, s, first, end, covered, r), r);
    }
}
