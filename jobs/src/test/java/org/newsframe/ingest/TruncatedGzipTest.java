package org.newsframe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.config.ConfigLoader;
import org.newsframe.config.InputFormat;

/** A gzip file cut short keeps the records before the break; the break is one unreadable_file reject. */
class TruncatedGzipTest {

    @TempDir
    Path tmp;

    @Test
    void theReadablePrefixOfACutGzipFileIsReadAndTheBreakIsReported() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            jsonl.append("{\"id\": \"a").append(i).append("\", \"text\": \"Article number ").append(i)
                    .append(" reports that families fled the floods in the north of the province.\"}\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Path cut = tmp.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        List<SourceRecord> records = new ArrayList<>();
        try (RecordReader r = RecordReaders.open(new InputFile(cut.toString(), InputFormat.JSONL, whole.length / 2),
                new Configuration(), ConfigLoader.load(null, List.of()))) {
            r.forEachRemaining(records::add);
        }
        SourceRecord last = records.get(records.size() - 1);
        assertEquals(RejectReason.UNREADABLE_FILE, last.failure());
        assertTrue(last.failureDetail().startsWith("the gzip stream breaks off after record "), last.failureDetail());
        long parsed = records.stream().filter(x -> x.failure() == null).count();
        assertTrue(parsed > 20 && parsed < 200, parsed + " records of the readable prefix");
        for (int i = 0; i < parsed; i++) {
            assertEquals(i + 1, records.get(i).recordNumber());
            assertNull(records.get(i).failure());
        }
        // at most the one line the break cut in two is malformed; nothing is lost silently
        assertTrue(records.size() - parsed <= 2, records.size() + " records, " + parsed + " parsed");
    }
}
