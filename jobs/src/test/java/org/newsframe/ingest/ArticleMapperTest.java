package org.newsframe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.config.ConfigLoader;

/** A text field that is not text is a reject, not garbage accepted as text (issue 15). Records written here. */
class ArticleMapperTest {

    private final ArticleMapper mapper = new ArticleMapper(ConfigLoader.load(null, List.of()).input(), 200);

    private Ingested map(String json) throws Exception {
        ObjectNode o = (ObjectNode) new ObjectMapper().readTree(json);
        return mapper.map(SourceRecord.parsed("f.jsonl", 1, JsonValues.fields(o), json));
    }

    @Test
    void aNumberABooleanOrAnObjectAsTextIsRejectedWithItsKind() throws Exception {
        Ingested number = map("{\"id\": \"n\", \"text\": 1234567890123456789012345678901234567890}");
        assertEquals("text_not_a_string", number.reason());
        assertEquals("field 'text' is a number, not text", number.detail());
        assertEquals("field 'text' is a boolean, not text", map("{\"id\": \"b\", \"text\": true}").detail());
        assertEquals("field 'text' is a JSON object or a list of objects, not text",
                map("{\"id\": \"o\", \"text\": {\"body\": \"Floods hit the north.\"}}").detail());
        assertEquals("text_not_a_string", map("{\"id\": \"l\", \"text\": [{\"p\": \"a\"}]}").reason());
    }

    @Test
    void textAListOfParagraphsAndOtherFieldsOfAnyTypeStillWork() throws Exception {
        Ingested plain = map("{\"id\": 7, \"title\": true, \"text\": \"Floods hit the north.\", \"source\": {\"name\": \"Wire\"}}");
        assertNull(plain.reason());
        assertEquals("7", plain.articleId());
        assertEquals("true", plain.title());
        assertEquals("{\"name\":\"Wire\"}", plain.source());
        Ingested paragraphs = map("{\"id\": \"p\", \"text\": [\"Floods hit the north.\", \"Thousands fled.\"]}");
        assertNull(paragraphs.reason());
        assertEquals("Floods hit the north. Thousands fled.", paragraphs.text());
    }

    @Test
    void aTextWithMoreCapitalisedWordsThanTheBudgetIsRejectedBeforeAnnotation() throws Exception {
        ArticleMapper small = new ArticleMapper(ConfigLoader.load(null, List.of("input.max-names=4")).input(), 200);
        String four = "Taliban envoys met US officials in Doha, Qatar. the talks ended.";
        assertEquals(4, ArticleMapper.capitalisedWords(four, 100));
        assertEquals(3, ArticleMapper.capitalisedWords("KABUL-TALIBAN iPhone 4G Mr. x", 100), "KABUL, TALIBAN, Mr");
        assertNull(small.map(SourceRecord.parsed("f.jsonl", 1, java.util.Map.of("id", "a", "text", four), four)).reason());
        String five = four + " Pakistan";
        Ingested over = small.map(SourceRecord.parsed("f.jsonl", 2, java.util.Map.of("id", "b", "text", five), five));
        assertEquals("annotate_budget", over.reason());
        assertEquals("more than 4 capitalised words (input.max-names): too many name candidates to annotate", over.detail());
        String megabyte = "KABUL TALIBAN UNITED NATIONS REFUGEES ".repeat(27_000);
        assertEquals("annotate_budget", map("{\"id\": \"caps\", \"text\": \"" + megabyte + "\"}").reason(),
                "the default budget (20,000) stops a megabyte of capitals");
    }
}
