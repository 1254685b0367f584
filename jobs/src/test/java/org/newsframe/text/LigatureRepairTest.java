package org.newsframe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words broken by a lost PDF ligature are mended to one token over the original characters. Texts written here. */
class LigatureRepairTest {

    /** A word list of known counts, so each case says why it is or is not mended. */
    private static final NewsWords WORDS = NewsWords.of(Map.ofEntries(
            Map.entry("affected", 400), Map.entry("conflict", 300), Map.entry("officials", 150), Map.entry("flee", 40),
            Map.entry("fled", 60), Map.entry("difficult", 40), Map.entry("left", 250), Map.entry("le", 130),
            Map.entry("ice", 30), Map.entry("office", 40), Map.entry("cult", 20), Map.entry("a", 6000),
            Map.entry("ed", 2), Map.entry("first", 200), Map.entry("fighting", 350), Map.entry("rare", 1)));

    private static String keys(String text, LigatureRepair repair) {
        return repair.repair(text, Tokenizer.tokenize(text)).stream().map(Token::key).collect(Collectors.joining(" "));
    }

    /** text | the token keys after the repair. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The a ected families|the affected families",
            "the con ict ended|the conflict ended",
            "O cials said|officials said",
            "forced to  ee|forced to flee",
            // a fragment news prints now and then ("ed") is mended only in a text with a sure repair
            "they  ed the  ghting|they fled the fighting",
            "they  ed at night|they ed at night",
            "a di cult year|a difficult year",
            "the  rst day of  ghting|the first day of fighting",
            // left alone: a fragment that is a word often enough ("le" is; 'left' is not five times likelier),
            // a capitalised word (names), a repair news does not print often enough, a whole word
            "le 1,100 people|le 1,100 people",
            "Le Pen spoke|le pen spoke",
            "the ice melted|the ice melted",
            "Ected Street|ected street",
            "an o ce|an office",
            "the a are|the a are",
    })
    void mends(String text, String expected) {
        assertEquals(expected, keys(text, LigatureRepair.of(WORDS)));
    }

    @Test
    void theMendedTokenCoversTheOriginalCharacters() {
        String text = "Some 3,600 households were a ected by the con ict.";
        List<Token> tokens = LigatureRepair.of(WORDS).repair(text, Tokenizer.tokenize(text));
        Token affected = tokens.get(4);
        assertEquals("affected", affected.key());
        assertEquals("a ected", affected.text());
        assertEquals(text.indexOf("a ected"), affected.begin());
        assertEquals(text.indexOf("a ected") + "a ected".length(), affected.end());
        assertEquals(Token.Kind.WORD, affected.kind());
        assertEquals("con ict", tokens.get(7).text());
        assertEquals(".", tokens.get(8).text());
        assertEquals(9, tokens.size());
    }

    @Test
    void aTextWithNothingBrokenKeepsItsTokenList() {
        String text = "Officials said 3,000 people fled the fighting.";
        List<Token> tokens = Tokenizer.tokenize(text);
        assertSame(tokens, LigatureRepair.of(WORDS).repair(text, tokens));
    }

    @Test
    void theShippedWordListMendsWhatDisplacementReportsBreak() {
        assertEquals("the fighting has displaced 7,000 and affected 20,000 the office said",
                TextAnalyzer.analyze("The  ghting has displaced 7,000 and a ected 20,000 the o ce said").tokens().stream()
                        .map(Token::key).collect(Collectors.joining(" ")));
        assertEquals("floods", TextAnalyzer.analyze(" oods").tokens().get(0).key());
    }

    @Test
    void wordsAreCountedInLowerCaseOnlyAndRareOnesDropped() {
        var counts = NewsWords.count(List.of("The floods came. The floods went.", "Floods, floods! THE END the"), 2);
        assertEquals(Map.of("floods", 3), counts, "capitalised words and words seen once are not listed");
    }
}
