package org.newsframe.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a resource shipped in the jar (a word list, a model) once, with the reader that parses it. */
public final class Resources {

    private Resources() {}

    /** Parses a stream (a model's or a list's {@code read}). */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /** The parsed class-path resource {@code path}; a missing or unreadable one is a packaging error. */
    public static <T> T read(String path, Reader<T> reader) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + path);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
