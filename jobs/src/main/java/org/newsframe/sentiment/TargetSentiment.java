package org.newsframe.sentiment;

import java.util.List;

/**
 * Sentiment toward one target: score in [−1, 1], label, confidence in [0, 1], and the evidence the rules
 * used, as model features (words near the target with their side, and numeric cues).
 */
public record TargetSentiment(double score, String label, double confidence, List<String> terms, double[] cues) {

    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";

    /** The labels in class-index order (the sentiment model's label column). */
    public static final List<String> LABELS = List.of(NEGATIVE, NEUTRAL, POSITIVE);

    /** Names of {@link #cues} in order (for docs and the model's feature assembly). */
    public static final List<String> CUE_NAMES = List.of("rule_score", "pos_sum", "neg_sum", "object_neg",
            "object_pos", "subject_neg", "subject_pos", "speaker", "negated", "quoted", "sentence_sum");
}
