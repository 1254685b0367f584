package org.newsframe.cli;

/** A query that cannot run: bad SQL, unknown table. Exit code 2. */
final class QueryError extends RuntimeException {
    QueryError(String message, Throwable cause) {
        super(message, cause);
    }
}
