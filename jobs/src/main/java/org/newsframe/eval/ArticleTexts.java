package org.newsframe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.newsframe.ingest.TextNormalizer;

/** Article texts of a JSON Lines corpus keyed by one field (id, url), normalised as ingest normalises them. */
public final class ArticleTexts {

    private ArticleTexts() {}

    /** {@code key field → normalised text} for every line that has both fields. */
    public static Map<String, String> read(Path jsonl, String keyField) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            if (n.hasNonNull(keyField) && n.hasNonNull("text")) {
                out.put(n.get(keyField).asText(), TextNormalizer.normalize(n.get("text").asText()));
            }
        }
        return out;
    }
}
