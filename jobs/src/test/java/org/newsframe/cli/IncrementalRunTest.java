package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.generate.SyntheticCorpus;

/**
 * Two incremental runs over a growing input equal one full run over all of it, table by table (rows and
 * checksums) — with syndicated copies in the second file of stories in the first, so old clusters change.
 */
class IncrementalRunTest {

    @TempDir
    Path tmp;

    @Test
    void twoIncrementalRunsEqualOneFullRunAndANothingNewRunChangesNothing() throws IOException {
        StringWriter w = new StringWriter();
        new SyntheticCorpus(11, SyntheticCorpus.Lengths.SHORT).write(150, w);
        List<String> lines = Arrays.asList(w.toString().split("\n"));
        long copiesInSecond = lines.subList(100, 150).stream().filter(l -> l.contains("\"copy_of\"")).count();
        assertTrue(copiesInSecond >= 2, "the second file holds copies: " + copiesInSecond);
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.jsonl"), String.join("\n", lines.subList(0, 100)) + "\n");

        Path inc = tmp.resolve("incremental");
        Cli.Result first = Cli.run("run", "--incremental", "--input", in.toString(), "--output", inc.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("100 records read = 100 articles"), first.out());
        Files.writeString(in.resolve("b.jsonl"), String.join("\n", lines.subList(100, 150)) + "\n");
        Cli.Result second = Cli.run("run", "--incremental", "--input", in.toString(), "--output", inc.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("50 records read = 50 articles"), "only the new file: " + second.out());
        assertTrue(second.err().contains("incremental: 1 new file(s) of 2"), second.err());

        Path full = tmp.resolve("full");
        assertEquals(0, Cli.run("run", "--input", in.toString(), "--output", full.toString()).code());
        String expected = Cli.checksums(full);
        assertTrue(expected.contains("articles,150,"), expected);
        assertEquals(expected, Cli.checksums(inc), "table by table, rows and checksums");

        Cli.Result nothing = Cli.run("run", "--incremental", "--input", in.toString(), "--output", inc.toString());
        assertEquals(0, nothing.code(), nothing.err());
        assertTrue(nothing.out().contains("0 records read = 0 articles"), nothing.out());
        assertEquals(expected, Cli.checksums(inc), "a rerun with nothing new changes nothing");

        // a file the ledger lists that changed since: an error, nothing written
        Files.writeString(in.resolve("a.jsonl"), String.join("\n", lines.subList(0, 99)) + "\n");
        Cli.Result changed = Cli.run("run", "--incremental", "--input", in.toString(), "--output", inc.toString());
        assertEquals(2, changed.code(), changed.err());
        assertTrue(changed.err().contains("a.jsonl changed since an earlier run read it"), changed.err());
        assertEquals(expected, Cli.checksums(inc));
        assertEquals(2, Cli.run("run", "--incremental", "--input", in.toString(), "--output", inc.toString(),
                "--stages", "ingest").code(), "--incremental runs every stage");
    }
}
