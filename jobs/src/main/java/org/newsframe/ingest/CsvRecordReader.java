package org.newsframe.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * CSV (or TSV) with a header row, parsed by univocity (the parser Spark's own CSV source uses): quoted
 * fields may span lines. {@code record_number} counts data rows after the header. A row whose field
 * count differs from the header's is rejected rather than guessed at.
 */
final class CsvRecordReader extends AbstractRecordReader {

    private final String file;
    private final CsvParser parser;
    private final String[] header;
    private long recordNumber;
    private SourceRecord headerFailure;

    CsvRecordReader(String file, InputStream in, char delimiter, char quote, char escape, int maxRecordChars,
                    int snippetChars) {
        super(snippetChars);
        this.file = file;
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.getFormat().setQuote(quote);
        settings.getFormat().setQuoteEscape(escape);
        settings.getFormat().setLineSeparator("\n");
        settings.setNormalizeLineEndingsWithinQuotes(true);
        settings.setMaxCharsPerColumn(maxRecordChars);
        settings.setMaxColumns(4096);
        settings.setSkipEmptyLines(true);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setNullValue(null);
        settings.setEmptyValue("");
        settings.setErrorContentLength(snippetChars);
        settings.setHeaderExtractionEnabled(false);
        this.parser = new CsvParser(settings);
        parser.beginParsing(LineSource.decodingReader(in));
        String[] h;
        try {
            h = parser.parseNext();
        } catch (TextParsingException e) {
            h = null;
            headerFailure = SourceRecord.failed(file, 0, RejectReason.MALFORMED_CSV,
                    "header unreadable, the file is not read: " + firstLine(e.getMessage()), null);
        }
        if (h != null && h.length > 0 && h[0] != null && h[0].startsWith("\uFEFF")) {
            h[0] = h[0].substring(1);
        }
        this.header = h;
    }



    @Override
    protected SourceRecord advance() {
        if (header == null) {
            SourceRecord failure = headerFailure;
            headerFailure = null;
            return failure;
        }
        String[] row;
        try {
            row = parser.parseNext();
        } catch (TextParsingException e) {
            recordNumber++;
            stopAfterThis();
            RejectReason reason = e.getMessage() != null && e.getMessage().contains("exceeds the maximum")
                    ? RejectReason.RECORD_TOO_LARGE : RejectReason.MALFORMED_CSV;
            return SourceRecord.failed(file, recordNumber, reason,
                    "parsing stopped at line " + e.getLineIndex() + ", the rest of the file is not read: "
                            + firstLine(e.getMessage()), null);
        } catch (RuntimeException e) {
            recordNumber++;
            stopAfterThis();
            return SourceRecord.failed(file, recordNumber, RejectReason.UNREADABLE_FILE,
                    "reading stopped: " + e, null);
        }
        if (row == null) {
            return null;
        }
        recordNumber++;
        String raw = parser.getContext().currentParsedContent();
        if (raw == null) {
            raw = String.join(",", java.util.Arrays.stream(row).map(v -> v == null ? "" : v).toList());
        }
        for (String v : row) {
            if (v != null && v.indexOf(LineSource.UNDECODABLE) >= 0) {
                return SourceRecord.failed(file, recordNumber, RejectReason.UNDECODABLE_BYTES,
                        "bytes that are not valid UTF-8", snippet(raw));
            }
        }
        if (row.length != header.length) {
            return SourceRecord.failed(file, recordNumber, RejectReason.MALFORMED_CSV,
                    row.length + " fields where the header has " + header.length, snippet(raw));
        }
        Map<String, Object> fields = new HashMap<>(header.length * 2);
        for (int i = 0; i < header.length; i++) {
            if (header[i] != null) {
                fields.put(header[i].trim(), row[i]);
            }
        }
        return SourceRecord.parsed(file, recordNumber, fields, raw);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }


    @Override
    public void close() throws IOException {
        parser.stopParsing();
    }
}
