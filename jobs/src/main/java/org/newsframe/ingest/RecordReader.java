package org.newsframe.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * Streams the records of one input file. Readers never throw for bad records: a record that cannot be
 * parsed comes out as a failed {@link SourceRecord}, so every record read is accounted for.
 */
public interface RecordReader extends Iterator<SourceRecord>, Closeable {}
