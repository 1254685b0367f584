package org.newsframe.io;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.newsframe.schema.TableSchema;

/**
 * The output directory: {@code <output>/<table>/} Parquet per table, {@code <output>/_runs/} manifests.
 * A run writes its tables under {@code <output>/_staging/<run-id>/} and {@link #publish} swaps them in at
 * the end, so a failed run leaves the previous output untouched and a rerun replaces, never duplicates.
 * Works on any Hadoop file system (rename is atomic on HDFS and local disks, a copy on object stores).
 */
public final class TableStore {

    private final SparkSession spark;
    private final Path output;
    private final Path staging;
    private final String compression;
    private final FileSystem fs;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final Map<String, Path> stagedFiles = new LinkedHashMap<>();
    private final java.util.Set<String> retracted = new java.util.LinkedHashSet<>();

    public TableStore(SparkSession spark, String output, String runId, String compression) {
        this.spark = spark;
        this.output = new Path(output);
        this.staging = new Path(this.output, "_staging/" + runId);
        this.compression = compression.equals("none") ? "uncompressed" : compression;
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            this.fs = this.output.getFileSystem(conf);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use output directory " + output, e);
        }
    }

    public Path output() {
        return output;
    }

    /** An output directory newsframe must not write into. */
    public static final class OutputRefusedException extends RuntimeException {
        public OutputRefusedException(String message) {
            super(message);
        }
    }

    /** Top-level names of an output that newsframe writes besides its tables. */
    private static final java.util.Set<String> OWN = java.util.Set.of("_runs", "_staging", OutputLock.FILE, InputLedger.FILE,
            "_SUCCESS");

    /**
     * Refuses an output newsframe must not write into, before any work: the root of a file system, the user's
     * home directory, a file, or a directory holding anything newsframe did not write — a run replaces whole
     * table folders, and would delete a user's file inside one ({@code actors/my_actors.csv}).
     */
    public void checkOutput() {
        try {
            Path q = fs.makeQualified(output);
            if (q.isRoot() || q.getParent() == null) {
                throw new OutputRefusedException("refusing --output " + output + ": it is the root of a file system");
            }
            if ("file".equals(q.toUri().getScheme())) {
                java.nio.file.Path local = java.nio.file.Path.of(q.toUri().getPath()).normalize();
                if (local.equals(java.nio.file.Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
                    throw new OutputRefusedException("refusing --output " + output + ": it is the home directory; give a folder for newsframe's tables");
                }
            }
            if (!fs.exists(q)) {
                return;
            }
            if (!fs.getFileStatus(q).isDirectory()) {
                throw new OutputRefusedException("refusing --output " + output + ": it is a file");
            }
            java.util.Set<String> tables = new java.util.HashSet<>();
            org.newsframe.schema.Tables.all().forEach(t -> tables.add(t.name()));
            List<String> foreign = new ArrayList<>();
            for (var st : fs.listStatus(q)) {
                String name = st.getPath().getName();
                if (OWN.contains(name) || checksumFile(name)) {
                    continue;
                }
                if (tables.contains(name) && st.isDirectory()) {
                    foreignIn(st.getPath(), name, 0, foreign);
                } else {
                    foreign.add(name);
                }
            }
            if (!foreign.isEmpty()) {
                throw new OutputRefusedException("refusing --output " + output + ": it holds files newsframe did not write ("
                        + String.join(", ", foreign.subList(0, Math.min(5, foreign.size()))) + (foreign.size() > 5 ? ", …" : "")
                        + "); a run replaces its table folders whole. Move them, or choose an empty or a newsframe output directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check output directory " + output, e);
        }
    }

    private static boolean checksumFile(String name) {
        return name.startsWith(".") && name.endsWith(".crc");
    }

    /** What in a table folder is not Parquet output: part files, _SUCCESS, checksums and partition folders pass. */
    private void foreignIn(Path dir, String shown, int depth, List<String> foreign) throws IOException {
        for (var st : fs.listStatus(dir)) {
            String name = st.getPath().getName();
            if (st.isDirectory() && depth == 0 && name.contains("=")) {
                foreignIn(st.getPath(), shown + "/" + name, depth + 1, foreign);
            } else if (!(st.isFile() && (name.startsWith("part-") || name.equals("_SUCCESS") || checksumFile(name)))) {
                foreign.add(shown + "/" + name);
            }
        }
    }

    /** Takes the output's lock for this run ({@link OutputLock}); the caller closes it when the run ends. */
    public OutputLock lock(java.util.function.Consumer<String> warn) {
        return OutputLock.acquire(fs, output, staging.getName(), warn);
    }

    /**
     * Writes a table to this run's staging area, in the declared column order and types, its partition
     * column derived as the schema declares it; returns its rows.
     */
    public long write(TableSchema table, Dataset<Row> data) {
        table.partition().ifPresent(p -> {
            if (!java.util.Arrays.asList(data.columns()).contains(p.dateColumn())) {
                throw new IllegalStateException("table " + table.name() + " is missing column " + p.dateColumn()
                        + " (its partition " + p.column() + " is derived from it)");
            }
        });
        Dataset<Row> withPartition = table.partition().map(p -> data.withColumn(p.column(), p.value())).orElse(data);
        Dataset<Row> shaped = withPartition.select(columnsOf(table, withPartition));
        Path path = new Path(staging, table.name());
        var writer = shaped.write().mode(SaveMode.Overwrite).option("compression", compression);
        if (table.partitionColumn().isPresent()) {
            writer = writer.partitionBy(table.partitionColumn().get());
        }
        writer.parquet(path.toString());
        staged.put(table.name(), path);
        return spark.read().schema(table.struct()).parquet(path.toString()).count();
    }

    private static Column[] columnsOf(TableSchema table, Dataset<Row> data) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : table.struct().fields()) {
            DataType actual;
            try {
                actual = data.schema().apply(f.name()).dataType();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("table " + table.name() + " is missing column " + f.name(), e);
            }
            if (!actual.sameType(f.dataType())) {
                throw new IllegalStateException("table " + table.name() + " column " + f.name() + " is "
                        + actual.simpleString() + ", declared " + f.dataType().simpleString());
            }
            cols.add(col(f.name()).as(f.name(), f.metadata()));
        }
        return cols.toArray(Column[]::new);
    }

    /** Whether the table is in the output already (published by an earlier run) or staged by this run. */
    public boolean exists(TableSchema table) {
        try {
            return staged.containsKey(table.name()) || fs.exists(new Path(output, table.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published version of a table (before this run's), if the output has one. */
    public java.util.Optional<Dataset<Row>> readPublished(TableSchema table) {
        Path p = new Path(output, table.name());
        try {
            return fs.exists(p) ? java.util.Optional.of(spark.read().schema(table.struct()).parquet(p.toString()))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small file of the output ({@code <output>/<name>}) as published, or null. */
    public String readPublishedText(String name) {
        Path p = new Path(output, name);
        try {
            if (!fs.exists(p)) {
                return null;
            }
            try (var in = fs.open(p)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Stages a small file ({@code <output>/<name>} once published, with the tables; the ledger). */
    public void stageText(String name, String content) {
        Path p = new Path(staging, name);
        write(p, content);
        stagedFiles.put(name, p);
    }

    /** The file system of the output (to read input files' sizes and checksums for the ledger). */
    public FileSystem fileSystem() {
        return fs;
    }

    /** This run's version of a table if it wrote one, else the published one. */
    public Dataset<Row> read(TableSchema table) {
        Path p = staged.getOrDefault(table.name(), new Path(output, table.name()));
        try {
            if (!fs.exists(p)) {
                throw new IllegalStateException("table " + table.name() + " not found at " + p
                        + "; run the stage that writes it first");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // With the declared schema: a table with no rows has no Parquet files to infer one from.
        return spark.read().schema(table.struct()).parquet(p.toString());
    }

    /**
     * Marks a table this run does not write but whose stage ran (an annotate component switched off): it is
     * removed when the run publishes, so the output never holds a table older than the stage that owns it.
     */
    public void retract(TableSchema table) {
        if (!staged.containsKey(table.name())) {
            retracted.add(table.name());
        }
    }

    /** Moves every staged table into place, replacing the previous version, removes retracted tables and the staging area. */
    public void publish() {
        try {
            for (String name : retracted) {
                Path target = new Path(output, name);
                if (fs.exists(target) && !fs.rename(target, new Path(staging, "_previous_" + name))) {
                    throw new IOException("cannot remove " + target);
                }
            }
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                Path target = new Path(output, e.getKey());
                Path old = new Path(staging, "_previous_" + e.getKey());
                if (fs.exists(target) && !fs.rename(target, old)) {
                    throw new IOException("cannot move aside " + target);
                }
                boolean moved;
                IOException cause = null;
                try {
                    moved = fs.rename(e.getValue(), target);
                } catch (IOException failed) {
                    cause = failed; // the local file system throws where HDFS returns false
                    moved = false;
                }
                if (!moved) {
                    if (fs.exists(old) && !fs.exists(target)) {
                        fs.rename(old, target); // put the previous version back before failing
                    }
                    throw new IOException("cannot publish " + e.getValue() + " to " + target, cause);
                }
            }
            for (Map.Entry<String, Path> e : stagedFiles.entrySet()) {
                Path target = new Path(output, e.getKey());
                if (fs.exists(target)) {
                    fs.delete(target, false);
                }
                if (!fs.rename(e.getValue(), target)) {
                    throw new IOException("cannot publish " + e.getValue() + " to " + target);
                }
            }
            fs.delete(staging, true);
            Path stagingRoot = staging.getParent();
            FileStatusCheck.deleteIfEmpty(fs, stagingRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("publishing tables failed: " + e.getMessage(), e);
        }
    }

    /** Removes this run's staging area after a failure. */
    public void abandon() {
        try {
            fs.delete(staging, true);
            FileStatusCheck.deleteIfEmpty(fs, staging.getParent());
        } catch (IOException ignored) {
            // best effort: a leftover _staging folder is ignored by readers (it starts with '_')
        }
    }

    public void writeText(String relative, String content) {
        write(new Path(output, relative), content);
    }

    private void write(Path p, String content) {
        try (var out = fs.create(p, true)) {
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }

    private static final class FileStatusCheck {
        static void deleteIfEmpty(FileSystem fs, Path dir) throws IOException {
            if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
                fs.delete(dir, false);
            }
        }
    }
}
