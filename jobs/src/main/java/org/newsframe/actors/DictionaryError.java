package org.newsframe.actors;

/** An actor dictionary file that cannot be used (bad type, bad country code, unreadable). Exit code 2. */
public final class DictionaryError extends RuntimeException {
    public DictionaryError(String message) {
        super(message);
    }

    public DictionaryError(String message, Throwable cause) {
        super(message, cause);
    }
}
