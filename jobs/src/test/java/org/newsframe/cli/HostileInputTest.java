package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;

/**
 * Bad input of every kind in one run, as a hostile corpus would bring it: the run completes, nothing is lost
 * (records read = articles + rejects, each reject with its reason) and the good articles are annotated.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    private static String line(String id, String text, String published) {
        return "{\"id\": \"" + id + "\", \"text\": \"" + text + "\"" + (published == null ? "" : ", \"published\": \"" + published + "\"") + "}\n";
    }

    private static String megabyteOf(String unit) {
        return unit.repeat(1_000_000 / unit.length() + 1);
    }

    @Test
    void everyKindOfBadInputIsAnArticleOrARejectAndTheRunCompletes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String good = "Taliban officials met US envoys in Doha on Monday, and 3,000 families have fled their homes in Kunduz.";
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.writeBytes((line("good-1", good, "2021-10-09")
                + "{\"id\": \"broken\", \"text\": \"no closing brace\"\n"                       // malformed_json
                + "[1, 2, 3]\n"                                                                 // not_an_object
                + line("empty", "", null)                                                       // missing_text
                + line("blank", "   \\n\\t ", null)                                             // missing_text
                + "{\"id\": \"number\", \"text\": 1234567890123456789012345678901234567890}\n"   // text_not_a_string
                + "{\"id\": \"bool\", \"text\": true}\n"                                        // text_not_a_string
                + line("good-1", "The same id again.", null)                                    // duplicate_id
                + line("absurd-date", good, "9999-99-99")                                       // an article, date unparsed
                + line("far-future", good, "year 30000")                                        // an article, date unparsed
                + line("digits", megabyteOf("1,0,00,000,"), null)                               // pathological, annotated
                + line("one-word", megabyteOf("displaced "), null)
                + line("parens", megabyteOf("( 5 ( families ("), null)
                + line("no-stops", megabyteOf("people walked along the road towards the border "), null)
                + line("capitals", megabyteOf("KABUL TALIBAN UNITED NATIONS REFUGEES "), null)   // annotate_budget
                + line("too-long", "word ".repeat(500_000), null)                               // text_too_large (2.5 M)
            ).getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes("{\"id\": \"bad-utf8\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        jsonl.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}', '\n'});               // undecodable_bytes
        byte[] junk = new byte[3000];
        new java.util.Random(5).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == '\n') {
                junk[i] = 0;
            }
        }
        jsonl.writeBytes(junk);                                                                 // one junk line
        jsonl.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("a.jsonl"), jsonl.toByteArray());
        // a 9 MB record: over input.max-record-chars, not parsed at all
        Files.writeString(in.resolve("b.jsonl"), line("huge", "x".repeat(9_000_000), null));
        // a CSV row with an unclosed quote, then rows it must not swallow
        Files.writeString(in.resolve("c.csv"), "id,published,text\n"
                + "csv-1,2024-07-01,\"The envoy said talks would resume\n"
                + "csv-2,2024-07-02,Aid reached Goma.\n"
                + "csv-3,2024-07-03,Schools reopened in Kharkiv.\n");
        // a gzip file cut in half
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 200; i++) {
                z.write(line("gz-" + i, "Report number " + i + " from the border towns of the north, where rain fell again.", null)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gz.toByteArray();
        Files.write(in.resolve("d.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", in.toString(), "--output", out.toString());
        assertEquals(0, r.code(), r.err());

        JsonNode m;
        try (var runs = Files.list(out.resolve("_runs"))) {
            m = new ObjectMapper().readTree(runs.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow().toFile());
        }
        long articles = Cli.table(out, "articles").count();
        long rejects = Cli.table(out, "rejects").count();
        assertTrue(m.get("reconciled").asBoolean());
        assertEquals(m.get("records_read").asLong(), articles + rejects, "records read = articles + rejects");

        Map<String, Long> reasons = new TreeMap<>();
        for (Row x : Cli.table(out, "rejects").groupBy("reason").count().collectAsList()) {
            reasons.put(x.getString(0), x.getLong(1));
        }
        // a.jsonl 18 lines, b.jsonl 1, c.csv 3 rows, d.jsonl.gz 83 whole lines + the cut line + the break
        assertEquals(107, m.get("records_read").asLong());
        assertEquals(7 + 2 + 83, articles);
        assertEquals(2L, reasons.get("malformed_json"), "the broken line and the gzip's cut line: " + reasons);
        assertEquals(1L, reasons.get("not_an_object"), reasons.toString());
        assertEquals(2L, reasons.get("missing_text"), reasons.toString());
        assertEquals(2L, reasons.get("text_not_a_string"), reasons.toString());
        assertEquals(1L, reasons.get("duplicate_id"), reasons.toString());
        assertEquals(1L, reasons.get("annotate_budget"), reasons.toString());
        assertEquals(1L, reasons.get("text_too_large"), reasons.toString());
        assertEquals(1L, reasons.get("record_too_large"), reasons.toString());
        assertEquals(1L, reasons.get("malformed_csv"), reasons.toString());
        assertEquals(1L, reasons.get("unreadable_file"), reasons.toString());
        assertEquals(2L, reasons.get("undecodable_bytes"), "the bad UTF-8 line and the binary junk line: " + reasons);
        assertEquals(11, reasons.size(), reasons.toString());

        java.util.Set<String> ids = new java.util.HashSet<>();
        Cli.table(out, "articles").select("article_id").collectAsList().forEach(x -> ids.add(x.getString(0)));
        for (String id : java.util.List.of("good-1", "absurd-date", "far-future", "digits", "one-word", "parens",
                "no-stops", "csv-2", "csv-3", "gz-0")) {
            assertTrue(ids.contains(id), id + " is an article: " + ids);
        }
        assertEquals(2, Cli.table(out, "articles").filter("article_id IN ('absurd-date', 'far-future') AND pub_date IS NULL").count(),
                "an absurd date is kept raw, not guessed");
        assertTrue(Cli.table(out, "mentions").filter("article_id = 'good-1' AND actor_id = 'TALIBAN'").count() > 0);
        assertEquals(1, Cli.table(out, "displacement").filter("article_id = 'good-1' AND quantity = 3000").count());
    }
}
