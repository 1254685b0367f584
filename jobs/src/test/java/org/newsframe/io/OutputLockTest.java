package org.newsframe.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;

/** One run per output: a live holder refuses the second, a dead one's lock and leftovers are taken over. */
class OutputLockTest {

    @TempDir
    Path tmp;

    private static FileSystem local() throws IOException {
        return FileSystem.getLocal(new Configuration());
    }

    private static org.apache.hadoop.fs.Path hadoop(Path p) {
        return new org.apache.hadoop.fs.Path(p.toUri());
    }

    @Test
    void aSecondRunIsRefusedUntilTheFirstReleases() throws IOException {
        Path out = tmp.resolve("out");
        List<String> warnings = new ArrayList<>();
        try (OutputLock first = OutputLock.acquire(local(), hadoop(out), "run-1", warnings::add)) {
            assertTrue(Files.exists(out.resolve(OutputLock.FILE)));
            OutputLock.OutputLockedException e = assertThrows(OutputLock.OutputLockedException.class,
                    () -> OutputLock.acquire(local(), hadoop(out), "run-2", warnings::add));
            assertTrue(e.getMessage().contains("is in use by run run-1 (process " + ProcessHandle.current().pid()), e.getMessage());
        }
        assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "released");
        OutputLock.acquire(local(), hadoop(out), "run-3", warnings::add).close();
        assertEquals(List.of(), warnings);
    }

    @Test
    void theLockOfADeadProcessIsTakenOverAndItsTablesRemoved() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("_tables/run-dead/articles"));
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Files.writeString(out.resolve(OutputLock.FILE), "run_id=run-dead\npid=" + p.pid() + "\nhost="
                + InetAddress.getLocalHost().getHostName() + "\nstarted=2026-01-01T00:00:00Z\n");
        List<String> warnings = new ArrayList<>();
        var store = new TableStore(org.newsframe.SharedSpark.get(), out.toString(), "run-new", "snappy");
        try (OutputLock lock = store.lock(warnings::add)) {
            assertTrue(Files.readString(out.resolve(OutputLock.FILE)).startsWith("run_id=run-new\n"));
        }
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("taking over the lock of run run-dead"), warnings.get(0));
        assertTrue(warnings.get(1).contains("run-dead, left by a run that did not finish"), warnings.get(1));
        assertFalse(Files.exists(out.resolve("_tables/run-dead")));
    }

    @Test
    void runExitsFourAndWritesNothingWhileAnotherRunHoldsTheOutput() throws IOException {
        Path in = tmp.resolve("a.jsonl");
        Files.writeString(in, "{\"id\": \"a1\", \"text\": \"Taliban officials met envoys in Doha.\"}\n");
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.acquire(local(), hadoop(out), "other-run", w -> { })) {
            Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--stages", "ingest");
            assertEquals(4, r.code(), r.err());
            assertTrue(r.err().contains("is in use by run other-run"), r.err());
            assertFalse(org.newsframe.Cli.hasTable(out, "articles"), "nothing written");
        }
        assertEquals(0, Cli.run("run", "--input", in.toString(), "--output", out.toString(), "--stages", "ingest").code());
        assertTrue(org.newsframe.Cli.hasTable(out, "articles"));
        assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "released after the run");
    }
}
