package org.newsframe.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines: one JSON object per line; {@code record_number} is the line number and blank lines are
 * not records. A {@code .json} file whose first character is {@code [} is read as one JSON array of
 * objects instead ({@code record_number} = position in the array).
 */
final class JsonLinesReader extends AbstractRecordReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;
    private final int maxRecordChars;
    private final LineSource lines;
    private final InputStream stream;
    private JsonParser arrayParser;
    private long arrayIndex;

    JsonLinesReader(String file, InputStream in, int maxRecordChars, int snippetChars) throws IOException {
        super(snippetChars);
        this.file = file;
        this.maxRecordChars = maxRecordChars;
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        this.stream = buffered;
        if (startsWithArray(buffered)) {
            this.lines = null;
            this.arrayParser = new JsonFactory(MAPPER).createParser(LineSource.decodingReader(buffered));
            this.arrayParser.nextToken(); // START_ARRAY
        } else {
            this.lines = new LineSource(buffered, maxRecordChars);
        }
    }

    private static boolean startsWithArray(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset(); // no UTF-8 byte order mark
        }
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b < 0) {
                    return false;
                }
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                    continue;
                }
                return b == '[';
            }
            return false;
        } finally {
            in.reset();
        }
    }



    @Override
    protected SourceRecord advance() {
        return arrayParser != null ? advanceArray() : advanceLine();
    }

    private SourceRecord advanceLine() {
        String line;
        try {
            do {
                line = lines.next();
            } while (line != null && line.isBlank());
        } catch (IOException e) {
            stopAfterThis();
            return SourceRecord.failed(file, lines.lineNumber() + 1, RejectReason.UNREADABLE_FILE,
                    "reading stopped: " + e, null);
        }
        if (line == null) {
            return null;
        }
        long n = lines.lineNumber();
        if (lines.lastTooLong()) {
            return SourceRecord.failed(file, n, RejectReason.RECORD_TOO_LARGE,
                    "line longer than input.max-record-chars=" + maxRecordChars, snippet(line));
        }
        if (line.indexOf(LineSource.UNDECODABLE) >= 0) {
            return SourceRecord.failed(file, n, RejectReason.UNDECODABLE_BYTES, "bytes that are not valid UTF-8",
                    snippet(line));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return SourceRecord.failed(file, n, RejectReason.MALFORMED_JSON, e.getOriginalMessage(), snippet(line));
        }
        if (!(node instanceof ObjectNode object)) {
            return SourceRecord.failed(file, n, RejectReason.NOT_AN_OBJECT,
                    "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not an object",
                    snippet(line));
        }
        return SourceRecord.parsed(file, n, JsonValues.fields(object), line);
    }

    private SourceRecord advanceArray() {
        arrayIndex++;
        try {
            JsonToken t = arrayParser.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
                return null;
            }
            JsonNode node = MAPPER.readTree(arrayParser);
            String raw = node.toString();
            if (raw.indexOf(LineSource.UNDECODABLE) >= 0) {
                return SourceRecord.failed(file, arrayIndex, RejectReason.UNDECODABLE_BYTES,
                        "bytes that are not valid UTF-8", snippet(raw));
            }
            if (!(node instanceof ObjectNode object)) {
                return SourceRecord.failed(file, arrayIndex, RejectReason.NOT_AN_OBJECT,
                        "array element is not an object", snippet(raw));
            }
            return SourceRecord.parsed(file, arrayIndex, JsonValues.fields(object), raw);
        } catch (IOException e) {
            stopAfterThis();
            return SourceRecord.failed(file, arrayIndex, RejectReason.MALFORMED_JSON,
                    "JSON array broken here, the rest of the file is not read: " + e.getMessage(), null);
        }
    }


    @Override
    public void close() throws IOException {
        if (arrayParser != null) {
            arrayParser.close();
        }
        if (lines != null) {
            lines.close();
        }
        stream.close();
    }
}
