package org.newsframe.displacement;

/**
 * A number as news states it: the value (or the lower end of a range or vague amount), the upper end when
 * there is one, the qualifier, whether it is vague ("thousands of"), and its span in the text (end exclusive,
 * qualifier words included).
 */
public record Quantity(long value, Long max, Qualifier qualifier, boolean vague, int begin, int end, String text) {

    /** How the number is hedged. */
    public enum Qualifier {
        EXACT, APPROXIMATELY, MORE_THAN, AT_LEAST, LESS_THAN, UP_TO, RANGE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
