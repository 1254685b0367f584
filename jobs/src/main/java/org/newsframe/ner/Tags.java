package org.newsframe.ner;

import java.util.List;

/**
 * The tag set of the name tagger: BIO over the four CoNLL types. Tag 0 is {@code O}; for type t (0..3),
 * {@code B} is {@code 1 + 2t} and {@code I} is {@code 2 + 2t}. Only I-X after B-X or I-X is a valid sequence.
 */
public final class Tags {

    private Tags() {}

    /** The entity types, in tag order. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    public static final int COUNT = 1 + 2 * TYPES.size();

    public static final int O = 0;

    public static int begin(int type) {
        return 1 + 2 * type;
    }

    public static int inside(int type) {
        return 2 + 2 * type;
    }

    /** The type of a B or I tag; -1 for O. */
    public static int type(int tag) {
        return tag == O ? -1 : (tag - 1) / 2;
    }

    public static boolean isBegin(int tag) {
        return tag != O && (tag - 1) % 2 == 0;
    }

    /** Whether {@code tag} may follow {@code previous} (-1: sentence start). */
    public static boolean allowed(int previous, int tag) {
        if (tag == O || isBegin(tag)) {
            return true;
        }
        return previous >= 0 && previous != O && type(previous) == type(tag);
    }

    public static String name(int tag) {
        return tag == O ? "O" : (isBegin(tag) ? "B-" : "I-") + TYPES.get(type(tag));
    }
}
