package org.newsframe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.config.ConfigLoader;
import org.newsframe.config.InputFormat;
import org.newsframe.config.NewsframeConfig;

class RecordReadersTest {

    private static final NewsframeConfig CONFIG = ConfigLoader.load(null,
            List.of("input.max-record-chars=200", "output.snippet-chars=40"));

    private static List<SourceRecord> read(String name, InputFormat format, byte[] bytes) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        try (RecordReader r = RecordReaders.open(new InputFile(name, format, bytes.length),
                new ByteArrayInputStream(bytes), CONFIG)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesKeepsLineNumbersAndRejectsEachBrokenLine() throws IOException {
        String jsonl = """
                {"id": "a", "text": "Kabul fell."}
                {"id": "b", "text": "broken
                
                [1, 2]
                {"id": "c", "text": "Doha talks.", "published": 1633737600}
                """;
        List<SourceRecord> rs = read("f.jsonl", InputFormat.JSONL, utf8(jsonl));
        assertEquals(4, rs.size(), "the blank line is not a record");
        assertEquals("a", rs.get(0).fields().get("id"));
        assertEquals(1, rs.get(0).recordNumber());
        assertEquals(RejectReason.MALFORMED_JSON, rs.get(1).failure());
        assertEquals(2, rs.get(1).recordNumber());
        assertEquals(RejectReason.NOT_AN_OBJECT, rs.get(2).failure());
        assertEquals(4, rs.get(2).recordNumber());
        assertEquals(5, rs.get(3).recordNumber());
        assertEquals(1633737600L, rs.get(3).fields().get("published"));
    }

    @Test
    void invalidUtf8AndOverlongLinesAreRejectedAndReadingGoesOn() throws IOException {
        byte[] good = utf8("{\"text\": \"ok\"}\n");
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        byte[] longLine = utf8("{\"text\": \"" + "x".repeat(500) + "\"}\n");
        byte[] all = new byte[good.length + bad.length + longLine.length + good.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        System.arraycopy(longLine, 0, all, good.length + bad.length, longLine.length);
        System.arraycopy(good, 0, all, good.length + bad.length + longLine.length, good.length);
        List<SourceRecord> rs = read("f.jsonl", InputFormat.JSONL, all);
        assertEquals(4, rs.size());
        assertNull(rs.get(0).failure());
        assertEquals(RejectReason.UNDECODABLE_BYTES, rs.get(1).failure());
        assertEquals(RejectReason.RECORD_TOO_LARGE, rs.get(2).failure());
        assertEquals(3, rs.get(2).recordNumber());
        assertEquals(40, rs.get(2).raw().length(), "snippet is truncated to output.snippet-chars");
        assertNull(rs.get(3).failure());
        assertEquals(4, rs.get(3).recordNumber());
    }

    @Test
    void jsonArrayFileIsReadElementByElement() throws IOException {
        List<SourceRecord> rs = read("f.json", InputFormat.JSONL,
                utf8("\uFEFF[ {\"id\": \"x\", \"text\": [\"para one\", \"para two\"]},\n \"oops\",\n{\"id\": \"y\", \"text\": \"t\"} ]"));
        assertEquals(3, rs.size());
        assertEquals("para one\npara two", rs.get(0).fields().get("text"), "string arrays join as paragraphs");
        assertEquals(RejectReason.NOT_AN_OBJECT, rs.get(1).failure());
        assertEquals(3, rs.get(2).recordNumber());
    }

    @Test
    void nestedJsonFieldsAreReachableByDottedName() throws IOException {
        List<SourceRecord> rs = read("f.jsonl", InputFormat.JSONL,
                utf8("{\"content\": {\"body\": \"Text here.\", \"meta\": {\"date\": \"2021-10-09\"}}}\n"));
        assertEquals("Text here.", rs.get(0).fields().get("content.body"));
        assertEquals("2021-10-09", rs.get(0).fields().get("content.meta.date"));
    }

    @Test
    void csvWithQuotedMultilineFieldsAndABadRow() throws IOException {
        String csv = "id,title,text\n"
                + "1,First,\"Line one,\nline two with \"\"quotes\"\"\"\n"
                + "2,Second,too,many,fields\n"
                + "3,Third,Plain text\n";
        List<SourceRecord> rs = read("f.csv", InputFormat.CSV, utf8(csv));
        assertEquals(3, rs.size());
        assertEquals("Line one,\nline two with \"quotes\"", rs.get(0).fields().get("text"));
        assertEquals(1, rs.get(0).recordNumber());
        assertEquals(RejectReason.MALFORMED_CSV, rs.get(1).failure());
        assertTrue(rs.get(1).failureDetail().contains("5 fields where the header has 3"));
        assertEquals("Plain text", rs.get(2).fields().get("text"));
        assertEquals(3, rs.get(2).recordNumber());
    }

    @Test
    void anUnclosedQuoteDoesNotSwallowTheRowsAfterIt() throws IOException {
        StringBuilder csv = new StringBuilder("id,date,text\n");
        for (int i = 1; i <= 10; i++) {
            csv.append(i).append(",2024-07-").append(String.format("%02d", i)).append(',')
                    .append(i == 4 ? "\"The envoy said talks would resume" : "Row " + i + " text.").append('\n');
        }
        List<SourceRecord> rs = read("f.csv", InputFormat.CSV, utf8(csv.toString()));
        List<String> ids = rs.stream().filter(r -> r.failure() == null).map(r -> (String) r.fields().get("id")).toList();
        assertEquals(List.of("1", "2", "3", "5", "6", "7", "8", "9", "10"), ids, "9 of 10 rows read, in order");
        List<SourceRecord> rejected = rs.stream().filter(r -> r.failure() != null).toList();
        assertEquals(1, rejected.size(), "10 rows in = 9 articles + 1 reject");
        assertEquals(RejectReason.MALFORMED_CSV, rejected.get(0).failure());
        assertEquals(4, rejected.get(0).recordNumber());
        assertTrue(rejected.get(0).failureDetail().contains("a quote that is not closed took the following 6 lines"),
                rejected.get(0).failureDetail());
        SourceRecord five = rs.stream().filter(r -> "5".equals(r.fields() == null ? null : r.fields().get("id"))).findFirst().orElseThrow();
        assertEquals("2024-07-05", five.fields().get("date"), "each row keeps its own date");
        assertEquals(5, five.recordNumber());
        assertEquals(10, rs.get(rs.size() - 1).recordNumber());
    }

    @Test
    void aQuotedTextOverSeveralLinesWithCommasStaysOneRow() throws IOException {
        String csv = "id,date,text\n"
                + "1,2024-07-01,\"Fighting resumed.\nMeanwhile, the army, which had left\nreturned, officials said.\"\n"
                + "2,2024-07-02,Next.\n";
        List<SourceRecord> rs = read("f.csv", InputFormat.CSV, utf8(csv));
        assertEquals(2, rs.size());
        assertTrue(rs.stream().allMatch(r -> r.failure() == null));
        assertTrue(((String) rs.get(0).fields().get("text")).contains("Meanwhile, the army"));
    }

    @Test
    void tsvUsesTabs() throws IOException {
        List<SourceRecord> rs = read("f.tsv", InputFormat.CSV, utf8("id\ttext\nk1\tA, B and C.\n"));
        assertEquals("A, B and C.", rs.get(0).fields().get("text"));
    }

    @Test
    void textFileIsOneArticleTitledByItsFirstLine() throws IOException {
        List<SourceRecord> rs = read("dir/000_abc.txt", InputFormat.TXT,
                utf8("\n  Headline here  \n\nBody line one.\nBody line two.\n"));
        assertEquals(1, rs.size());
        assertEquals("000_abc", rs.get(0).fields().get("id"));
        assertEquals("Headline here", rs.get(0).fields().get("title"));
        assertEquals("\nBody line one.\nBody line two.\n", rs.get(0).fields().get("text"));
    }
}
