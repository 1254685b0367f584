package org.newsframe.sentiment;

/**
 * Directed relations between actors, named after the CAMEO root categories they correspond to
 * (docs/sentiment.md maps them), with the polarity the source shows toward the target.
 */
public enum RelationType {
    CRITICIZE(-1), ACCUSE(-1), REJECT(-1), THREATEN(-1), ATTACK(-1), WARN(-1), DEMAND(-1), SANCTION(-1), DENY(-1),
    URGE(0), MEET(0), NEGOTIATE(1), COOPERATE(1), PRAISE(1), SUPPORT(1), AID(1), AGREE(1), THANK(1);

    private final int polarity;

    RelationType(int polarity) {
        this.polarity = polarity;
    }

    public int polarity() {
        return polarity;
    }
}
