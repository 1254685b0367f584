package org.newsframe.sentiment;

/**
 * A directed relation found in one sentence: source actor → target actor, the relation and its polarity
 * (negated relations — "did not criticize" — have polarity flipped to 0 or the opposite sign, and
 * {@code negated} set), and the trigger's span in the article text.
 */
public record Relation(int sentenceIndex, String sourceActor, String sourceName, String targetActor,
                       String targetName, RelationType relation, int polarity, boolean negated, int begin, int end,
                       String trigger) {}
