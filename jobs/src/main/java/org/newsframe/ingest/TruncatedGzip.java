package org.newsframe.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A gzip file that breaks off (a truncated download, a corrupt block) keeps its readable prefix. The
 * decompressed stream ends cleanly where decompression fails, and the reader, once its records run out, adds
 * one {@code unreadable_file} reject saying where and why. Without this the failure surfaced inside the
 * character decoder's read-ahead, which dropped every line it had decoded in that call: a 200-line file whose
 * first 104 lines decompress gave no article at all (issue 15).
 */
final class TruncatedGzip extends FilterInputStream {

    private IOException failure;
    private final byte[] one = new byte[1];

    TruncatedGzip(InputStream compressed) throws IOException {
        super(new GZIPInputStream(compressed, 64 * 1024));
    }

    /** What stopped decompression, or null when the stream ended normally. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            return -1;
        }
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    /** A reader of a gzip file that, after its last record, reports a break in the stream as a reject. */
    static final class Checked extends AbstractRecordReader {

        private final RecordReader inner;
        private final TruncatedGzip stream;
        private final String file;
        private long lastNumber;
        private boolean reported;

        Checked(RecordReader inner, TruncatedGzip stream, String file, int snippetChars) {
            super(snippetChars);
            this.inner = inner;
            this.stream = stream;
            this.file = file;
        }

        @Override
        protected SourceRecord advance() {
            if (inner.hasNext()) {
                SourceRecord r = inner.next();
                lastNumber = Math.max(lastNumber, r.recordNumber());
                return r;
            }
            if (stream.failure() != null && !reported) {
                reported = true;
                return SourceRecord.failed(file, lastNumber + 1, RejectReason.UNREADABLE_FILE,
                        "the gzip stream breaks off after record " + lastNumber + " (" + stream.failure()
                                + "); the records before it were read, nothing after", null);
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
