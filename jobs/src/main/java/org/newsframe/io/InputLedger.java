package org.newsframe.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input files an output holds the articles of ({@code <output>/_ledger.json}): path, size, modification
 * time and SHA-256 of each. Every run that ingests writes it (staged and published with the tables); an
 * incremental run reads only the files it does not list. A listed file whose size, time or checksum changed
 * is an error: its articles are in the tables already, and an incremental run only adds.
 */
public record InputLedger(List<Entry> files) {

    public static final String FILE = "_ledger.json";

    public InputLedger {
        files = List.copyOf(files);
    }

    /** One input file as it was when read. */
    public record Entry(String path, long bytes, long modified, String sha256) {}

    /** A listed file that is not as it was. */
    public static final class ChangedInputException extends RuntimeException {
        public ChangedInputException(String message) {
            super(message);
        }
    }

    public static InputLedger empty() {
        return new InputLedger(List.of());
    }

    public static InputLedger parse(String json) {
        if (json == null) {
            return empty();
        }
        try {
            Map<String, List<Entry>> m = new ObjectMapper().readValue(json, new TypeReference<Map<String, List<Entry>>>() { });
            return new InputLedger(m.getOrDefault("files", List.of()));
        } catch (IOException e) {
            throw new IllegalStateException("the output's " + FILE + " cannot be read: " + e.getMessage(), e);
        }
    }

    public String toJson() {
        try {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("files", files);
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entry of a file as it is now. A file this ledger lists with the same size and modification time keeps
     * its recorded checksum (as rsync decides: the file is not read again); any other is read once for its
     * SHA-256, so a new file, or one rewritten in place, is told by its content.
     */
    public Entry current(FileSystem fs, String path) {
        Path p = new Path(path);
        try {
            FileStatus st = p.getFileSystem(fs.getConf()).getFileStatus(p);
            for (Entry e : files) {
                if (e.path().equals(path) && e.bytes() == st.getLen() && e.modified() == st.getModificationTime()) {
                    return e;
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            try (InputStream in = p.getFileSystem(fs.getConf()).open(p)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    sha.update(buf, 0, n);
                }
            }
            return new Entry(path, st.getLen(), st.getModificationTime(), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file " + path + " for the ledger", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The given files (their entries now) that this ledger does not list; a {@link ChangedInputException} for a
     * listed one whose size, time or checksum differ.
     */
    public List<Entry> unseen(List<Entry> now) {
        Map<String, Entry> seen = new LinkedHashMap<>();
        files.forEach(e -> seen.put(e.path(), e));
        List<Entry> out = new ArrayList<>();
        for (Entry e : now) {
            Entry was = seen.get(e.path());
            if (was == null) {
                out.add(e);
            } else if (was.bytes() != e.bytes() || !was.sha256().equals(e.sha256())) {
                throw new ChangedInputException("input file " + e.path() + " changed since an earlier run read it ("
                        + was.bytes() + " → " + e.bytes() + " bytes); an incremental run only adds files: run without"
                        + " --incremental to rebuild the output from all of its input");
            }
        }
        return out;
    }

    /** This ledger with the given entries added. */
    public InputLedger plus(List<Entry> added) {
        List<Entry> all = new ArrayList<>(files);
        all.addAll(added);
        return new InputLedger(all);
    }
}
