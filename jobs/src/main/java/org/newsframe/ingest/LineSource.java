package org.newsframe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code \n}-terminated lines (a trailing {@code \r} is dropped) from UTF-8 bytes without ever
 * holding more than {@code maxChars} of one line: a longer line is consumed to its end and reported as
 * too long. Bytes that are not valid UTF-8 decode to {@link #UNDECODABLE}, a noncharacter that valid
 * news text does not contain, so the caller can reject the record that holds them.
 */
final class LineSource implements java.io.Closeable {

    /** Stand-in for an undecodable byte sequence (U+FFFF, a Unicode noncharacter). */
    static final char UNDECODABLE = '\uFFFF';

    private final Reader reader;
    private final int maxChars;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int limit;
    private boolean first = true;
    private long lineNumber;
    private boolean lastTooLong;

    LineSource(InputStream in, int maxChars) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE));
        this.reader = new InputStreamReader(in, decoder);
        this.maxChars = maxChars;
    }

    static Reader decodingReader(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE));
        return new InputStreamReader(in, decoder);
    }

    /** The next line, or null at end of input. When the line was too long, returns its first maxChars. */
    String next() throws IOException {
        StringBuilder sb = null;
        boolean any = false;
        lastTooLong = false;
        while (true) {
            if (pos >= limit) {
                limit = reader.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int len = pos - start;
            if (sb == null) {
                sb = new StringBuilder(Math.min(Math.max(len, 16), maxChars));
            }
            int room = maxChars - sb.length();
            if (len > room) {
                sb.append(buf, start, Math.max(room, 0));
                lastTooLong = true;
            } else {
                sb.append(buf, start, len);
            }
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        lineNumber++;
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
            sb.setLength(n - 1);
        }
        if (first) {
            first = false;
            if (sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
                sb.deleteCharAt(0);
            }
        }
        return sb.toString();
    }

    long lineNumber() {
        return lineNumber;
    }

    boolean lastTooLong() {
        return lastTooLong;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
