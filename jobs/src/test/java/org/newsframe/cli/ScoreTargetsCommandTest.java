package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;

class ScoreTargetsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void scoresEachTargetAndAcceptsNewsMtscFieldNames() throws IOException {
        Path in = tmp.resolve("targets.jsonl");
        String a = "Rights groups condemned the junta, but praised the mediators.";
        String b = "The envoy thanked Norway for its generous support.";
        int junta = a.indexOf("junta");
        int mediators = a.indexOf("mediators");
        int norway = b.indexOf("Norway");
        Files.writeString(in, "{\"id\": \"s1\", \"text\": \"" + a + "\", \"targets\": [{\"from\": " + junta + ", \"to\": "
                + (junta + 5) + "}, {\"from\": " + mediators + ", \"to\": " + (mediators + 9) + "}]}\n"
                + "{\"primary_gid\": \"g2\", \"sentence_normalized\": \"" + b + "\", \"targets\": [{\"from\": " + norway
                + ", \"to\": " + (norway + 6) + ", \"polarity\": 6.0}]}\n");
        Path out = tmp.resolve("scores.csv");
        Cli.Result r = Cli.run("score-targets", "--input", in.toString(), "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("id,target_index,from,to,label,score", lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("s1,0," + junta + "," + (junta + 5) + ",negative,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("s1,1," + mediators + "," + (mediators + 9) + ",positive,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("g2,0," + norway + "," + (norway + 6) + ",positive,"), lines.get(3));
    }

    @Test
    void targetsOutsideTheTextAreAClearError() throws IOException {
        Path in = tmp.resolve("bad.jsonl");
        Files.writeString(in, "{\"id\": \"x\", \"text\": \"Short.\", \"targets\": [{\"from\": 2, \"to\": 40}]}\n");
        Cli.Result r = Cli.run("score-targets", "--input", in.toString(), "--output", tmp.resolve("o.csv").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("line 1: target [2, 40) outside the text of length 6"), r.err());
    }
}
