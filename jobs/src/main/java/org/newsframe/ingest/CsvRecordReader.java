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
 *
 * <p>A quote that is never closed makes the parser read the following rows into one field: 10 rows in, 6
 * articles out, no reject, and the parser's own count agrees with itself. So every record that spans lines is
 * checked against its physical lines, the count the parser does not make: when a line after its first is, on
 * its own, a whole row — the header's number of fields, quotes balanced, an id without spaces in the id
 * column — the record swallowed rows. Its first lines become one {@code malformed_csv} reject, and each
 * swallowed line is read again as a row of its own (a row, or a {@code malformed_csv} reject when it is not a
 * whole one). A legitimate multi-line text field is left alone: its continuation lines are prose, which has
 * no id in the id column. Without an id column in the header, swallowing is not detected.
 */
final class CsvRecordReader extends AbstractRecordReader {

    private final String file;
    private final CsvParser parser;
    private final String[] header;
    private final CsvParser lineParser;
    private final char quote;
    private final int idColumn;
    private final java.util.ArrayDeque<String> reread = new java.util.ArrayDeque<>();
    private long recordNumber;
    private SourceRecord headerFailure;

    CsvRecordReader(String file, InputStream in, char delimiter, char quote, char escape, int maxRecordChars,
                    int snippetChars, String idField) {
        super(snippetChars);
        this.file = file;
        this.quote = quote;
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
        this.lineParser = new CsvParser(settings.clone());
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
        int id = -1;
        for (int i = 0; h != null && i < h.length; i++) {
            if (h[i] != null && h[i].trim().equals(idField)) {
                id = i;
            }
        }
        this.idColumn = id;
    }



    @Override
    protected SourceRecord advance() {
        if (header == null) {
            SourceRecord failure = headerFailure;
            headerFailure = null;
            return failure;
        }
        if (!reread.isEmpty()) {
            return rereadLine(reread.poll());
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
        if (raw.indexOf('\n') >= 0 && idColumn >= 0) {
            String[] lines = raw.split("\n", -1);
            for (int i = 1; i < lines.length; i++) {
                if (wholeRow(lines[i], shape(row[idColumn])) != null) {
                    int taken = 0;
                    for (int j = i; j < lines.length; j++) {
                        if (!lines[j].isEmpty()) {
                            reread.add(lines[j]);
                            taken++;
                        }
                    }
                    String swallowing = String.join("\n", java.util.Arrays.asList(lines).subList(0, i));
                    return SourceRecord.failed(file, recordNumber, RejectReason.MALFORMED_CSV,
                            "a quote that is not closed took the following " + taken
                                    + " lines into this row; they are read again as rows of their own", snippet(swallowing));
                }
            }
        }
        return record(row, raw);
    }

    /** A line a swallowing row had taken, as a row of its own. */
    private SourceRecord rereadLine(String line) {
        recordNumber++;
        String[] row = wholeRow(line, null);
        if (row == null) {
            return SourceRecord.failed(file, recordNumber, RejectReason.MALFORMED_CSV,
                    "a line an unclosed quote had taken into the row before, and not a whole row itself", snippet(line));
        }
        return record(row, line);
    }

    /**
     * The line's fields when it is a whole row on its own: the header's field count, quotes balanced, an id
     * without spaces — of the given {@link #shape} when one is given (the swallowing row's own id).
     */
    private String[] wholeRow(String line, String idShape) {
        long quotes = line.chars().filter(c -> c == quote).count();
        if (quotes % 2 != 0) {
            return null;
        }
        String[] fields;
        try {
            fields = lineParser.parseLine(line);
        } catch (TextParsingException e) {
            return null;
        }
        if (fields == null || fields.length != header.length) {
            return null;
        }
        String id = fields[idColumn];
        boolean isId = id != null && !id.isBlank() && id.chars().noneMatch(Character::isWhitespace)
                && (idShape == null || idShape.equals(shape(id)));
        return isId ? fields : null;
    }

    /** An id's shape: runs of digits → 9, of letters → a, other characters kept ("art-0012" → "a-9"). */
    static String shape(String id) {
        if (id == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            char k = Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'a' : c;
            if (b.isEmpty() || b.charAt(b.length() - 1) != k || (k != '9' && k != 'a')) {
                b.append(k);
            }
        }
        return b.toString();
    }

    private SourceRecord record(String[] row, String raw) {
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
