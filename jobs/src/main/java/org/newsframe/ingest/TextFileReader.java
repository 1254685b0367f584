package org.newsframe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@code .txt} file is one article: its first non-blank line is the title, the rest is the text, and
 * the file name without extension is the id. It yields exactly one record.
 */
final class TextFileReader extends AbstractRecordReader {

    /** Field names a .txt record provides; the default field mapping reads them. */
    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";

    private final String file;
    private final InputStream in;
    private final int maxRecordChars;
    private boolean consumed;

    TextFileReader(String file, InputStream in, int maxRecordChars, int snippetChars) {
        super(snippetChars);
        this.file = file;
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    @Override
    protected SourceRecord advance() {
        if (consumed) {
            return null;
        }
        consumed = true;
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[16 * 1024];
        boolean tooLarge = false;
        try (Reader r = LineSource.decodingReader(in)) {
            int n;
            while ((n = r.read(buf)) > 0) {
                if (sb.length() + n > maxRecordChars) {
                    tooLarge = true;
                    sb.append(buf, 0, Math.min(n, maxRecordChars - sb.length()));
                    break;
                }
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            return SourceRecord.failed(file, 1, RejectReason.UNREADABLE_FILE, "reading failed: " + e, null);
        }
        String content = sb.toString();
        if (tooLarge) {
            return SourceRecord.failed(file, 1, RejectReason.RECORD_TOO_LARGE,
                    "file longer than input.max-record-chars=" + maxRecordChars, snippet(content));
        }
        if (content.indexOf(LineSource.UNDECODABLE) >= 0) {
            return SourceRecord.failed(file, 1, RejectReason.UNDECODABLE_BYTES, "bytes that are not valid UTF-8",
                    snippet(content));
        }
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        String title = null;
        String text = "";
        int pos = 0;
        while (pos < content.length()) {
            int nl = content.indexOf('\n', pos);
            int end = nl < 0 ? content.length() : nl;
            String line = content.substring(pos, end);
            pos = nl < 0 ? content.length() : nl + 1;
            if (!line.isBlank()) {
                title = line.strip();
                text = content.substring(pos);
                break;
            }
        }
        Map<String, Object> fields = new HashMap<>();
        fields.put(ID, stem(file));
        fields.put(TITLE, title);
        fields.put(TEXT, text);
        return SourceRecord.parsed(file, 1, fields, content);
    }

    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }


    @Override
    public void close() throws IOException {
        in.close();
    }
}
