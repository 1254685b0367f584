package org.newsframe.actors;

import org.newsframe.schema.ActorType;

/**
 * An actor mention in an article: sentence index, character span in the article text (end exclusive), the
 * text as written, the resolved actor, and how it was found ({@code dictionary}, {@code heuristic},
 * {@code model}). {@code metonym} marks a capital standing for its government ("Washington said");
 * {@code form} says how the text names it: name, adjective ("Pakistani officials"), people ("Afghans"),
 * capital, or short (a surname standing for a person found earlier).
 */
public record Mention(int sentenceIndex, int begin, int end, String text, String actorId, String actorName,
                      ActorType actorType, String country, String source, boolean metonym, String form)
        implements org.newsframe.text.Span {

    /** Forms: how the text names the actor. */
    public static final String NAME = "name";
    public static final String ADJECTIVE = "adjective";
    public static final String PEOPLE = "people";
    public static final String CAPITAL = "capital";
    public static final String SHORT = "short";

    public static final String DICTIONARY = "dictionary";
    public static final String HEURISTIC = "heuristic";
    public static final String MODEL = "model";
    /** Found by the plain-Java name tagger (actors.tagger). */
    public static final String TAGGER = "tagger";

    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
