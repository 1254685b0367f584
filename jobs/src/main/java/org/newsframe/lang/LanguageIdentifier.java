package org.newsframe.lang;

/**
 * Tells the language of a text. Implementations are thread-safe, deterministic (the same text always gets
 * the same guess, so reruns compare by checksum) and cheap per call; {@link LanguageIdentifiers} builds them
 * once per JVM.
 */
public interface LanguageIdentifier {

    /** Name in {@code language.detector}. */
    String name();

    /** The language of the text, or {@link LanguageGuess#UNDETERMINED}. */
    LanguageGuess identify(String text);
}
