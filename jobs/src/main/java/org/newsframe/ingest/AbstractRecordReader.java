package org.newsframe.ingest;

import java.util.NoSuchElementException;

/**
 * Iterator plumbing shared by the readers: subclasses produce records one at a time in {@link #advance}
 * (null at the end) and call {@link #stopAfterThis} when the file cannot be read any further.
 */
abstract class AbstractRecordReader implements RecordReader {

    private final int snippetChars;
    private SourceRecord next;
    private boolean done;

    AbstractRecordReader(int snippetChars) {
        this.snippetChars = snippetChars;
    }

    /** The next record, or null when the file is exhausted. */
    protected abstract SourceRecord advance();

    /** The record being produced is the file's last one (the rest is unreadable). */
    protected final void stopAfterThis() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next == null) {
                done = true;
            }
        }
        return next != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord r = next;
        next = null;
        return r;
    }

    /** The start of a raw record, as kept in rejects.raw_snippet. */
    protected final String snippet(String raw) {
        return raw == null || raw.length() <= snippetChars ? raw : raw.substring(0, snippetChars);
    }
}
