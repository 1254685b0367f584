package org.newsframe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words split at a line break in PDF text are joined to one token over the original characters. Texts written here. */
class HyphenRepairTest {

    private static final NewsWords WORDS = NewsWords.of(Map.ofEntries(
            Map.entry("displaced", 400), Map.entry("households", 300), Map.entry("holds", 500), Map.entry("evacuated", 90),
            Map.entry("and", 9000), Map.entry("war", 800), Map.entry("rare", 1)));

    private static String keys(String text) {
        return HyphenRepair.of(WORDS).repair(text, Tokenizer.tokenize(text)).stream().map(Token::key).collect(Collectors.joining(" "));
    }

    /** text | the token keys after the repair. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "newly dis- placed families|newly displaced families",
            "5 286 house- holds|5 286 households",
            "were evac-  uated|were evacuated",
            // left alone: a suspended compound, a hyphen inside a word, a capitalised second piece, a rare join
            "pre- and post-war|pre - and post - war",
            "Kurdish-led forces|kurdish - led forces",
            "the Dis- Placed|the dis - placed",
            "ra- re|ra - re",
    })
    void joins(String text, String expected) {
        assertEquals(expected, keys(text));
    }

    @Test
    void aJoinedWordKeepsTheOffsetsOfTheTextAsWrittenAndAParagraphBreakIsNoLineBreak() {
        String text = "1,200 people dis-\nplaced; dis-\n\nplaced";
        List<Token> tokens = HyphenRepair.of(WORDS).repair(text, Tokenizer.tokenize(text));
        Token joined = tokens.stream().filter(t -> t.key().equals("displaced")).findFirst().orElseThrow();
        assertEquals("dis-\nplaced", text.substring(joined.begin(), joined.end()));
        assertEquals(1, tokens.stream().filter(t -> t.key().equals("displaced")).count(), "two line breaks end a paragraph");
        List<Token> plain = Tokenizer.tokenize("no split words here");
        assertSame(plain, HyphenRepair.of(WORDS).repair("no split words here", plain));
    }
}
