package org.newsframe.ingest;

/** The input cannot be read at all: missing path, nothing matched, permission denied. Exit code 3. */
public final class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
