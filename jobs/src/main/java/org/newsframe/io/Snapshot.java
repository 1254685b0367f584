package org.newsframe.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One published version of an output: which folder holds each table and which file each small published file
 * (the ledger) is, relative to the output. The way Delta and Iceberg commit: a run writes its tables into
 * {@code _tables/<run-id>/}, where nobody reads them, then commits by creating one file,
 * {@code _commits/<version>.json} (written under a hidden name, then renamed — atomic on local disks and HDFS).
 * The highest version is the output's current state, so a reader sees the whole of one run or the whole of the
 * one before, never a mix, and a run killed at any moment leaves the current version as it was.
 *
 * <p>A table a run did not rewrite (a {@code --stages} rerun) keeps the folder the previous version named. An
 * output written before snapshots existed (tables directly under {@code <output>/<table>/}) reads as version 0.
 */
public record Snapshot(long version, String runId, Map<String, String> tables, Map<String, String> files) {

    public static final String COMMITS = "_commits";
    public static final String TABLES = "_tables";
    private static final Pattern COMMIT = Pattern.compile("(\\d{20})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Snapshot {
        tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The state of an output with nothing published. */
    public static Snapshot empty() {
        return new Snapshot(-1, "", Map.of(), Map.of());
    }

    /** The folder of a table, if this version has it. */
    public Optional<Path> table(Path output, String name) {
        return Optional.ofNullable(tables.get(name)).map(rel -> new Path(output, rel));
    }

    /** A published small file, if this version has it. */
    public Optional<Path> file(Path output, String name) {
        return Optional.ofNullable(files.get(name)).map(rel -> new Path(output, rel));
    }

    /** The next version: this one's tables and files, with {@code changes} over them (a null value removes). */
    public Snapshot next(String run, Map<String, String> tableChanges, Map<String, String> fileChanges) {
        return new Snapshot(version + 1, run, apply(tables, tableChanges), apply(files, fileChanges));
    }

    private static Map<String, String> apply(Map<String, String> base, Map<String, String> changes) {
        Map<String, String> m = new LinkedHashMap<>(base);
        changes.forEach((k, v) -> {
            if (v == null) {
                m.remove(k);
            } else {
                m.put(k, v);
            }
        });
        return m;
    }

    /**
     * The current version of an output: its highest commit, else the folders of a pre-snapshot output, else
     * {@link #empty()}.
     */
    public static Snapshot current(FileSystem fs, Path output) {
        try {
            Optional<Long> latest = latestVersion(fs, output);
            if (latest.isPresent()) {
                return read(fs, commitPath(output, latest.get()));
            }
            return legacy(fs, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the published version of " + output, e);
        }
    }

    /** Whether {@code output} has anything published (a commit, or tables of the layout before snapshots). */
    public static boolean isOutput(FileSystem fs, Path output) {
        return current(fs, output).version() >= 0;
    }

    /** The committed versions, highest last. */
    static java.util.List<Long> versions(FileSystem fs, Path output) throws IOException {
        Path dir = new Path(output, COMMITS);
        java.util.List<Long> out = new java.util.ArrayList<>();
        if (!fs.exists(dir)) {
            return out;
        }
        for (FileStatus st : fs.listStatus(dir)) {
            var m = COMMIT.matcher(st.getPath().getName());
            if (st.isFile() && m.matches()) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    private static Optional<Long> latestVersion(FileSystem fs, Path output) throws IOException {
        var all = versions(fs, output);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    static Path commitPath(Path output, long version) {
        return new Path(new Path(output, COMMITS), String.format("%020d.json", version));
    }

    static Snapshot read(FileSystem fs, Path commit) throws IOException {
        try (var in = fs.open(commit)) {
            return JSON.readValue((java.io.InputStream) in, Snapshot.class);
        } catch (FileNotFoundException e) {
            throw new IOException(commit + " vanished while being read; a newer version was committed and this "
                    + "one expired — read again", e);
        }
    }

    /** Tables of an output written before snapshots: every folder of a known table name at the top. */
    private static Snapshot legacy(FileSystem fs, Path output) throws IOException {
        if (!fs.exists(output) || !fs.getFileStatus(output).isDirectory()) {
            return empty();
        }
        Map<String, String> tables = new LinkedHashMap<>();
        for (var t : org.newsframe.schema.Tables.all()) {
            if (fs.exists(new Path(output, t.name()))) {
                tables.put(t.name(), t.name());
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        if (fs.exists(new Path(output, InputLedger.FILE))) {
            files.put(InputLedger.FILE, InputLedger.FILE);
        }
        return tables.isEmpty() ? empty() : new Snapshot(0, "", tables, files);
    }

    /**
     * Commits this version: writes it under a hidden name and renames it to {@code _commits/<version>.json}.
     * The caller holds the output's {@link OutputLock}, so no other run commits the same version; the rename
     * refuses to replace an existing commit all the same.
     */
    void commit(FileSystem fs, Path output) throws IOException {
        Path target = commitPath(output, version);
        Path tmp = new Path(target.getParent(), "." + target.getName() + "." + runId + ".tmp");
        fs.mkdirs(target.getParent());
        try (var out = fs.create(tmp, true)) {
            out.write(JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8));
            out.hsync(); // on disk before it is visible: a power cut must not leave an empty current version
        }
        if (fs.exists(target)) {
            fs.delete(tmp, false);
            throw new IOException("version " + version + " of " + output + " was committed by another run");
        }
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot commit " + target);
        }
    }
}
