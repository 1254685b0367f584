package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;

/**
 * kill -9 of the driver in the middle of a run, in a JVM of its own: the output stays the previous run's, whole
 * and readable, and the next run cleans what the killed one left and ends equal to an uninterrupted run.
 */
class DriverKillTest {

    @TempDir
    Path tmp;

    private Path generate(String name, int articles, int seed) {
        Path file = tmp.resolve(name);
        Cli.Result r = Cli.run("generate", "--articles", String.valueOf(articles), "--seed", String.valueOf(seed), "--length", "short",
                "--output", file.toString());
        assertEquals(0, r.code(), r.err());
        return file;
    }

    /** newsframe run in a child JVM with this JVM's classpath and module opens. */
    private static Process runInChild(Path in, Path out, Path log) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--input", in.toString(), "--output", out.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the running run has staged the table (it is mid-run), then kills it with SIGKILL. */
    private static void killOnceStaged(Process p, Path out, String table, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (staged(out, table)) {
                p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup
                p.waitFor();
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child run never staged " + table + " (alive " + p.isAlive() + "):\n" + Files.readString(log));
    }

    private static boolean staged(Path out, String table) throws IOException {
        Path tables = out.resolve("_tables");
        if (!Files.isDirectory(tables)) {
            return false;
        }
        String current = Cli.tableFolder(out, "articles").map(f -> f.getParent().getFileName().toString()).orElse("");
        try (var runs = Files.list(tables)) {
            return runs.anyMatch(r -> !r.getFileName().toString().equals(current) && Files.isDirectory(r.resolve(table)));
        }
    }

    @Test
    void aDriverKilledMidRunLeavesThePreviousOutputWholeAndTheRerunEqualsAnUninterruptedOne() throws Exception {
        Path first = generate("first.jsonl", 200, 3);
        Path second = generate("second.jsonl", 600, 4);
        Path uninterrupted = tmp.resolve("uninterrupted");
        assertEquals(0, Cli.run("run", "--input", second.toString(), "--output", uninterrupted.toString()).code());
        String expected = Cli.checksums(uninterrupted);

        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("run", "--input", first.toString(), "--output", out.toString()).code());
        String previous = Cli.checksums(out);

        for (String killedAfter : List.of("cooccurrence")) {
            Path log = tmp.resolve("child-" + killedAfter + ".log");
            killOnceStaged(runInChild(second, out, log), out, killedAfter, log);
            assertEquals(previous, Cli.checksums(out), "killed after staging " + killedAfter + ": readers still see the first run whole");
            assertTrue(Files.exists(out.resolve("_lock")), "the dead run's lock is left behind");
        }

        Cli.Result rerun = Cli.run("run", "--input", second.toString(), "--output", out.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.err().contains("taking over the lock of run"), rerun.err());
        assertTrue(rerun.err().contains("left by a run that did not finish"), rerun.err());
        assertEquals(expected, Cli.checksums(out), "the rerun equals an uninterrupted run, table by table");
        try (var runs = Files.list(out.resolve("_tables"))) {
            assertEquals(2, runs.count(), "only this version's and the previous version's tables are kept");
        }
    }
}
