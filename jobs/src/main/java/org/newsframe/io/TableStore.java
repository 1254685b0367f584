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
 * The output directory. A run writes its tables, Parquet, under {@code <output>/_tables/<run-id>/<table>/},
 * where no reader looks, and {@link #publish} commits them all at once as the output's next {@link Snapshot}
 * ({@code <output>/_commits/<version>.json}, one atomic rename). Readers resolve tables through the current
 * snapshot, so they see one run's tables or the previous run's, never a mix; a run that fails or is killed
 * leaves the current version untouched, and the next run removes what it left. Manifests go to
 * {@code <output>/_runs/}. Nothing is moved at publish, so it costs the same on object stores as on HDFS.
 */
public final class TableStore {

    private final SparkSession spark;
    private final Path output;
    private final Path staging;
    private final String runId;
    private Snapshot published;
    private final String compression;
    private final FileSystem fs;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final Map<String, Path> stagedFiles = new LinkedHashMap<>();
    private final java.util.Set<String> retracted = new java.util.LinkedHashSet<>();

    public TableStore(SparkSession spark, String output, String runId, String compression) {
        this.spark = spark;
        this.output = new Path(output);
        this.runId = runId;
        this.staging = new Path(this.output, Snapshot.TABLES + "/" + runId);
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
    private static final java.util.Set<String> OWN = java.util.Set.of("_runs", "_staging", Snapshot.TABLES,
            Snapshot.COMMITS, OutputLock.FILE, InputLedger.FILE, "_SUCCESS");

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
                if ((OWN.contains(name) && !name.equals(Snapshot.TABLES)) || checksumFile(name)) {
                    continue;
                }
                if (tables.contains(name) && st.isDirectory()) {
                    foreignIn(st.getPath(), name, 0, foreign);
                } else if (name.equals(Snapshot.TABLES) && st.isDirectory()) {
                    java.util.Set<String> named = namedRuns(); // the others are runs that died or are running now
                    for (var run : fs.listStatus(st.getPath())) {
                        if (!named.contains(run.getPath().getName())) {
                            continue;
                        }
                        for (var t : run.isDirectory() ? fs.listStatus(run.getPath()) : new org.apache.hadoop.fs.FileStatus[0]) {
                            String shown = name + "/" + run.getPath().getName() + "/" + t.getPath().getName();
                            if (tables.contains(t.getPath().getName()) && t.isDirectory()) {
                                foreignIn(t.getPath(), shown, 0, foreign);
                            } else if (!OWN.contains(t.getPath().getName()) && !checksumFile(t.getPath().getName())) {
                                foreign.add(shown);
                            }
                        }
                        if (!run.isDirectory()) {
                            foreign.add(name + "/" + run.getPath().getName());
                        }
                    }
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

    /** Runs whose table folders the current or the previous version names: the ones expiry keeps. */
    private java.util.Set<String> namedRuns() throws IOException {
        java.util.Set<String> runs = new java.util.HashSet<>();
        for (String rel : retained(Snapshot.versions(fs, output))) {
            if (rel.startsWith(Snapshot.TABLES + "/")) {
                runs.add(rel.split("/")[1]);
            }
        }
        return runs;
    }

    /**
     * The folders and files (relative to the output) the current and the previous version name — or, before
     * any commit, those of a pre-snapshot output. What expiry keeps.
     */
    private java.util.Set<String> retained(List<Long> versions) throws IOException {
        java.util.Set<String> kept = new java.util.HashSet<>();
        List<Snapshot> named = new ArrayList<>();
        for (int i = Math.max(0, versions.size() - 2); i < versions.size(); i++) {
            named.add(Snapshot.read(fs, Snapshot.commitPath(output, versions.get(i))));
        }
        if (versions.isEmpty()) {
            named.add(Snapshot.current(fs, output));
        }
        for (Snapshot s : named) {
            kept.addAll(s.tables().values());
            kept.addAll(s.files().values());
        }
        return kept;
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

    /**
     * Takes the output's lock for this run ({@link OutputLock}); the caller closes it when the run ends. Once it
     * is held no other run writes here, so what earlier runs left that no version names (a killed run's tables,
     * a half-written commit) is removed.
     */
    public OutputLock lock(java.util.function.Consumer<String> warn) {
        OutputLock lock = OutputLock.acquire(fs, output, runId, warn);
        try {
            expire(warn);
            published = null; // read again under the lock: a run that ended while this one planned has committed
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof IOException io ? new UncheckedIOException("cannot clean " + output, io) : (RuntimeException) e;
        }
        return lock;
    }

    /** The output's current version, read once per run (the lock keeps other runs from changing it). */
    public Snapshot published() {
        if (published == null) {
            published = Snapshot.current(fs, output);
        }
        return published;
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
        // File sizing: rows are rebalanced before the write (Spark's REBALANCE, planned by adaptive execution)
        // so that a month's rows sit in few tasks and every task writes about advisoryPartitionSizeInBytes.
        // Without it each task wrote a file per month it held: 3,823 files for 20,000 articles, most of them
        // a few kilobytes (docs/benchmarks.md).
        Dataset<Row> sized = table.partitionColumn().isPresent()
                ? shaped.hint("rebalance", col(table.partitionColumn().get()).expr()) : shaped.hint("rebalance");
        var writer = sized.write().mode(SaveMode.Overwrite).option("compression", compression);
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
        return staged.containsKey(table.name()) || published().table(output, table.name()).isPresent();
    }

    /** The published version of a table (before this run's), if the output has one. */
    public java.util.Optional<Dataset<Row>> readPublished(TableSchema table) {
        return published().table(output, table.name()).map(p -> spark.read().schema(table.struct()).parquet(p.toString()));
    }

    /** A small file of the output ({@code <output>/<name>}) as published, or null. */
    public String readPublishedText(String name) {
        var published = published().file(output, name);
        if (published.isEmpty()) {
            return null;
        }
        Path p = published.get();
        try {
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
        Path p = staged.containsKey(table.name()) ? staged.get(table.name())
                : published().table(output, table.name()).orElseThrow(() -> new IllegalStateException("table "
                        + table.name() + " not found in " + output + "; run the stage that writes it first"));
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

    /**
     * Commits every staged table and file as the output's next version, with retracted tables removed, then
     * expires what no longer needs keeping. Returns the new version.
     */
    public Snapshot publish() {
        Map<String, String> tables = new LinkedHashMap<>();
        retracted.forEach(name -> tables.put(name, null));
        staged.keySet().forEach(name -> tables.put(name, relative(name)));
        Map<String, String> files = new LinkedHashMap<>();
        stagedFiles.keySet().forEach(name -> files.put(name, relative(name)));
        Snapshot next = published().next(runId, tables, files);
        try {
            next.commit(fs, output);
            published = next;
            expire(w -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("publishing tables failed: " + e.getMessage(), e);
        }
        return next;
    }

    private String relative(String name) {
        return Snapshot.TABLES + "/" + runId + "/" + name;
    }

    /**
     * Removes what the current and the previous version do not name: tables of older versions and of runs that
     * died, commits older than the previous one, half-written commits, and a pre-snapshot output's top-level
     * tables once no version names them. The previous version is kept so that a reader who resolved it just
     * before this run committed can finish reading.
     */
    private void expire(java.util.function.Consumer<String> warn) throws IOException {
        var versions = Snapshot.versions(fs, output);
        java.util.Set<String> kept = retained(versions);
        int keepFrom = Math.max(0, versions.size() - 2);
        Path tablesDir = new Path(output, Snapshot.TABLES);
        if (fs.exists(tablesDir)) {
            for (var st : fs.listStatus(tablesDir)) {
                String run = st.getPath().getName();
                String prefix = Snapshot.TABLES + "/" + run + "/";
                if (!run.equals(runId) && kept.stream().noneMatch(k -> k.startsWith(prefix))) {
                    if (!fs.exists(new Path(output, "_runs/" + run + ".json"))) { // a finished run wrote its manifest
                        warn.accept("removing " + st.getPath() + ", left by a run that did not finish");
                    }
                    fs.delete(st.getPath(), true);
                }
            }
        }
        for (int i = 0; i < keepFrom; i++) {
            fs.delete(Snapshot.commitPath(output, versions.get(i)), false);
        }
        Path commits = new Path(output, Snapshot.COMMITS);
        if (fs.exists(commits)) {
            for (var st : fs.listStatus(commits)) {
                if (st.getPath().getName().endsWith(".tmp")) {
                    fs.delete(st.getPath(), false);
                }
            }
        }
        if (!versions.isEmpty()) {
            for (var t : org.newsframe.schema.Tables.all()) {
                if (!kept.contains(t.name())) {
                    fs.delete(new Path(output, t.name()), true);
                }
            }
            if (!kept.contains(InputLedger.FILE)) {
                fs.delete(new Path(output, InputLedger.FILE), false);
            }
        }
        fs.delete(new Path(output, "_staging"), true); // the layout before snapshots staged here
    }

    /** Removes this run's tables after a failure; the current version is untouched. */
    public void abandon() {
        try {
            fs.delete(staging, true);
        } catch (IOException ignored) {
            // best effort: the next run removes what no version names
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
}
