package org.newsframe.actors;

import java.util.List;
import org.newsframe.text.Token;

/**
 * Place names the name heuristic must not take for people ("Deir Ezzor said" is a place): the ISO3 country of
 * the place named by exactly tokens [from, to), or null when those tokens name no known place. The
 * displacement gazetteer provides it; {@link #NONE} knows no places.
 */
@FunctionalInterface
public interface PlaceNames extends java.io.Serializable {

    PlaceNames NONE = (tokens, from, to) -> null;

    String countryOf(List<Token> tokens, int from, int to);

    /**
     * The same for a name already known to be a place (the name tagger said LOC): one-word names too, which
     * {@link #countryOf} refuses because they are so often people's names. By default as {@link #countryOf}.
     */
    default String countryOfPlace(List<Token> tokens, int from, int to) {
        return countryOf(tokens, from, to);
    }
}
