package org.newsframe.actors;

import java.io.Serializable;

/**
 * One way of writing an actor's name.
 *
 * @param text      the alias as written in the dictionary
 * @param kind      what the alias is: a name, an adjective/demonym, the people of a country, a capital
 * @param ambiguous the alias often means something else and needs context (see {@link MentionFinder})
 */
public record Alias(String text, Kind kind, boolean ambiguous) implements Serializable {

    /** Grammatical role of an alias; capitals are metonyms for their government unless used as places. */
    public enum Kind { NAME, ADJECTIVE, PEOPLE, CAPITAL }

    /**
     * The case rule: an alias with no lower-case letters ("US", "U.S.", "IS") matches only in exactly that
     * case; any other alias matches case-insensitively, but one that starts with a capital only where the
     * text does too ("Turkey" is not "turkey").
     */
    public boolean caseSensitive() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    public boolean needsCapital() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }
}
