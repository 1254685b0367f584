package org.newsframe.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsframe.config.InputFormat;
import org.newsframe.config.NewsframeConfig;

/** Opens the reader for a file's format (Parquet is read by Spark itself, see {@link IngestStage}). */
public final class RecordReaders {

    private RecordReaders() {}

    public static RecordReader open(InputFile file, Configuration hadoopConf, NewsframeConfig config)
            throws IOException {
        Path path = new Path(file.path());
        FileSystem fs = path.getFileSystem(hadoopConf);
        InputStream in = fs.open(path, 256 * 1024);
        TruncatedGzip gzip = null;
        try {
            // jwarc reads per-record gzip itself (a .warc.gz is a series of gzip members)
            if (InputFormat.isGzip(file.path()) && (file.format() == InputFormat.JSONL || file.format() == InputFormat.CSV)) {
                // files of many records keep the prefix a broken gzip stream still gives
                gzip = new TruncatedGzip(in);
                in = gzip;
            } else if (InputFormat.isGzip(file.path()) && file.format() != InputFormat.WARC) {
                in = new java.util.zip.GZIPInputStream(in, 64 * 1024); // one record per file: broken is unreadable
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        RecordReader reader = open(file, in, config);
        return gzip == null ? reader : new TruncatedGzip.Checked(reader, gzip, file.path(), config.output().snippetChars());
    }

    /** A reader over an already opened (and decompressed) stream; used by tests and by {@link #open}. */
    public static RecordReader open(InputFile file, InputStream in, NewsframeConfig config) throws IOException {
        NewsframeConfig.Input c = config.input();
        int snippet = config.output().snippetChars();
        return switch (file.format()) {
            case JSONL -> new JsonLinesReader(file.path(), in, c.maxRecordChars(), snippet);
            case CSV -> new CsvRecordReader(file.path(), in,
                    InputFormat.isTsv(file.path()) ? '\t' : c.csvDelimiter(), c.csvQuote(), c.csvEscape(),
                    c.maxRecordChars(), snippet, c.fields().id());
            case TXT -> new TextFileReader(file.path(), in, c.maxRecordChars(), snippet);
            case HTML -> new HtmlFileReader(file.path(), in, c.maxRecordChars(), snippet);
            case WARC -> new WarcRecordReader(file.path(), in, c.maxRecordChars(), snippet);
            case PARQUET, AUTO -> throw new IllegalArgumentException("no stream reader for " + file.format());
        };
    }
}
