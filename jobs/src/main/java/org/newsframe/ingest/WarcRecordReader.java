package org.newsframe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.newsframe.html.HtmlPages;

/**
 * The records of a {@code .warc} or {@code .warc.gz} file (jwarc; per-record gzip is detected by it). An
 * HTTP response with an HTML payload and status 200 becomes a record with fields {@code html}, {@code url}
 * (the WARC target), {@code warc_date}, {@code warc_record_id}; the mapper extracts its text. A non-200
 * response is a reject ({@code http_status}), a truncated one too ({@code truncated_record}); every other
 * record is skipped by kind — {@code warcinfo}, {@code request}, {@code metadata}, {@code resource},
 * {@code revisit}…, and {@code response:non_html} — and counted in the manifest. Record numbers are
 * 1-based positions in the file, over all record types.
 */
final class WarcRecordReader extends AbstractRecordReader {

    private final String file;
    private final WarcReader reader;
    private final int maxRecordChars;
    private long number;

    WarcRecordReader(String file, InputStream in, int maxRecordChars, int snippetChars) throws IOException {
        super(snippetChars);
        this.file = file;
        this.reader = new WarcReader(in);
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    protected SourceRecord advance() {
        Optional<WarcRecord> next;
        try {
            next = reader.next();
        } catch (IOException | RuntimeException e) {
            stopAfterThis();
            return SourceRecord.failed(file, ++number, RejectReason.MALFORMED_WARC,
                    "WARC record cannot be parsed, rest of file not read: " + e.getMessage(), null);
        }
        if (next.isEmpty()) {
            return null;
        }
        number++;
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse response)) {
            return SourceRecord.skipped(file, number, record.type().toLowerCase(Locale.ROOT));
        }
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType().base();
            if (!type.equals(MediaType.HTML.base()) && !type.toString().equals("application/xhtml+xml")) {
                return SourceRecord.skipped(file, number, "response:non_html");
            }
            String url = response.target();
            if (http.status() != 200) {
                return SourceRecord.failed(file, number, RejectReason.HTTP_STATUS,
                        "HTTP " + http.status() + " for " + url, url);
            }
            if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                return SourceRecord.failed(file, number, RejectReason.TRUNCATED_RECORD,
                        "WARC-Truncated: " + response.truncated().name().toLowerCase(Locale.ROOT) + " for " + url, url);
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes(maxRecordChars + 1);
            }
            if (body.length > maxRecordChars) {
                return SourceRecord.failed(file, number, RejectReason.RECORD_TOO_LARGE,
                        "HTML payload over input.max-record-chars=" + maxRecordChars + " bytes for " + url, url);
            }
            String html = HtmlPages.decode(body, http.contentType().parameters().get("charset"));
            Map<String, Object> fields = new HashMap<>();
            fields.put("html", html);
            fields.put("url", url);
            fields.put("warc_date", record.date().toString());
            fields.put("warc_record_id", record.id().toString());
            return SourceRecord.parsed(file, number, fields, snippet(html));
        } catch (IOException | RuntimeException e) {
            return SourceRecord.failed(file, number, RejectReason.MALFORMED_WARC,
                    "HTTP message cannot be parsed: " + e.getMessage(), null);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
