package org.newsframe.displacement;

/**
 * What the extractor's rules made of one number of a sentence. The figure model decides only
 * {@link #NO_TERM} and {@link #UNIT_MISMATCH} (with a counted noun written out); the outcome is also one of
 * its candidate's features.
 */
public enum RuleOutcome {
    /** A figure by the rules. */
    FIGURE,
    /** Part of a date or a year, money, a percentage, an age, an identifier or another measure. */
    EXCLUDED,
    /** The noun after the number counts something else ("1,200 staff"). */
    OTHER_NOUN,
    /** Words after the number that are no counted noun. */
    NO_NOUN,
    /** A counted noun, but no term the rules know. */
    NO_TERM,
    /** A casualty word, a population size or another event rules it out. */
    CASUALTY,
    /** A hedge: could, will, plans to, at risk of… */
    HEDGED,
    /** The term does not fit the noun (people "destroyed", homes "fled"). */
    UNIT_MISMATCH
}
