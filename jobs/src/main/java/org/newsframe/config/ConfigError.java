package org.newsframe.config;

/** A configuration that cannot be used: unknown key, wrong type, unreadable file. Exit code 2. */
public final class ConfigError extends RuntimeException {
    public ConfigError(String message) {
        super(message);
    }

    public ConfigError(String message, Throwable cause) {
        super(message, cause);
    }

    /** The first line of a message that says something (Spark's parse errors start with a blank line); "" for none. */
    public static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
