package org.newsframe.config;

/** A configuration that cannot be used: unknown key, wrong type, unreadable file. Exit code 2. */
public final class ConfigError extends RuntimeException {
    public ConfigError(String message) {
        super(message);
    }

    public ConfigError(String message, Throwable cause) {
        super(message, cause);
    }
}
