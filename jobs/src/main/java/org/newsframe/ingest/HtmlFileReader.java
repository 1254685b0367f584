package org.newsframe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.newsframe.html.HtmlPages;

/**
 * A {@code .html}/{@code .htm} file (optionally gzipped) is one record, number 1, with the field {@code html};
 * its charset from a byte-order mark or {@code <meta charset>}.
 */
final class HtmlFileReader extends AbstractRecordReader {

    private final String file;
    private final InputStream in;
    private final int maxRecordChars;
    private boolean read;

    HtmlFileReader(String file, InputStream in, int maxRecordChars, int snippetChars) {
        super(snippetChars);
        this.file = file;
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    protected SourceRecord advance() {
        if (read) {
            return null;
        }
        read = true;
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxRecordChars + 1);
        } catch (IOException e) {
            return SourceRecord.failed(file, 1, RejectReason.UNREADABLE_FILE, "cannot read: " + e.getMessage(), null);
        }
        if (bytes.length > maxRecordChars) {
            return SourceRecord.failed(file, 1, RejectReason.RECORD_TOO_LARGE,
                    "page over input.max-record-chars=" + maxRecordChars + " bytes", null);
        }
        String html = HtmlPages.decode(bytes, null);
        Map<String, Object> fields = new HashMap<>();
        fields.put("html", html);
        return SourceRecord.parsed(file, 1, fields, snippet(html));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
