package org.newsframe.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run at a time per output directory: {@code <output>/_lock}, created exclusively when a run starts and
 * removed when it ends (published or failed). A second run into the same output while the first holds it
 * stops before any work with {@link OutputLockedException} — it never mixes its tables with the first's.
 *
 * <p>A lock left by a run that died (kill -9, a lost driver) is recognised when it names this host and a
 * process that no longer exists: it is taken over, with a warning. A lock from another host cannot be checked
 * from here; the error says which run holds it, and removing the file releases it. Once the lock is held,
 * {@link TableStore} removes what runs that died left.
 *
 * <p>The file is created with create-if-absent semantics: {@code O_EXCL} on the local file system (java.nio),
 * {@code create(overwrite = false)} elsewhere (atomic on HDFS; object stores have no atomic create, so two runs
 * started within the same second on S3 are not excluded — schedule them apart).
 */
public final class OutputLock implements AutoCloseable {

    public static final String FILE = "_lock";

    private final FileSystem fs;
    private final Path path;
    private final String runId;

    private OutputLock(FileSystem fs, Path path, String runId) {
        this.fs = fs;
        this.path = path;
        this.runId = runId;
    }

    /** Another run holds the output. */
    public static final class OutputLockedException extends RuntimeException {
        public OutputLockedException(String message) {
            super(message);
        }
    }

    /**
     * Takes the lock of {@code output} for a run, or throws {@link OutputLockedException}.
     *
     * @param warn where a taken-over stale lock is reported
     */
    public static OutputLock acquire(FileSystem fs, Path output, String runId, java.util.function.Consumer<String> warn) {
        Path path = new Path(output, FILE);
        try {
            fs.mkdirs(output);
            for (int attempt = 0; attempt < 2; attempt++) {
                if (create(fs, path, content(runId))) {
                    return new OutputLock(fs, path, runId);
                }
                Map<String, String> holder = read(fs, path);
                if (attempt == 0 && dead(holder)) {
                    warn.accept("taking over the lock of run " + holder.get("run_id") + " (process " + holder.get("pid")
                            + " on this host no longer exists)");
                    fs.delete(path, false);
                    continue;
                }
                throw new OutputLockedException("output " + output + " is in use by run " + holder.getOrDefault("run_id", "?")
                        + " (process " + holder.getOrDefault("pid", "?") + " on " + holder.getOrDefault("host", "?") + ", since "
                        + holder.getOrDefault("started", "?") + "); wait for it to end, or, if that run is dead, remove "
                        + path);
            }
            throw new OutputLockedException("cannot take the lock " + path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock output " + output + ": " + e.getMessage(), e);
        }
    }

    /** Releases the lock if this run still holds it. */
    @Override
    public void close() {
        try {
            if (fs.exists(path) && runId.equals(read(fs, path).get("run_id"))) {
                fs.delete(path, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock " + path, e);
        }
    }

    private static boolean create(FileSystem fs, Path path, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if ("file".equals(fs.getUri().getScheme())) {
            java.nio.file.Path local = java.nio.file.Path.of(path.toUri().getPath());
            try {
                java.nio.file.Files.write(local, bytes, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            }
        }
        try (var out = fs.create(path, false)) {
            out.write(bytes);
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            return false;
        }
    }

    private static String content(String runId) {
        return "run_id=" + runId + "\npid=" + ProcessHandle.current().pid() + "\nhost=" + host() + "\nstarted=" + Instant.now() + "\n";
    }

    private static Map<String, String> read(FileSystem fs, Path path) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (var in = fs.open(path)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    m.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (java.io.FileNotFoundException e) {
            // released between the failed create and this read: the caller retries or reports
        }
        return m;
    }

    /** Whether the lock names a process of this host that no longer exists. */
    private static boolean dead(Map<String, String> holder) {
        if (!host().equals(holder.get("host"))) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(holder.getOrDefault("pid", ""))).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
