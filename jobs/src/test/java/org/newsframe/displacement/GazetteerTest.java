package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsframe.text.Token;
import org.newsframe.text.Tokenizer;

class GazetteerTest {

    private static String matches(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return Gazetteer.get().match(tokens, 0, tokens.size()).stream()
                .map(m -> text.substring(m.begin(), m.end()) + "=" + m.places().stream().map(p -> p.iso3() + "/" + p.levelName())
                        .distinct().sorted().collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }

    @Test
    void builtInDivisionsAndCitiesWithAliasesConnectorsAndAccents() {
        assertTrue(Gazetteer.get().size() > 5000, "admin1 + cities with aliases");
        assertEquals("Nuristan=AFG/admin1", matches("in Nuristan"));
        assertEquals("Rio de Janeiro=BRA/admin1,BRA/city", matches("floods in Rio de Janeiro"));
        assertEquals("Deir ez-Zor=SYR/admin1,SYR/city", matches("fighting in Deir ez-Zor"));
        assertEquals("Hilmand=AFG/admin1", matches("Hilmand"));
        assertTrue(matches("Punjab").contains("IND/admin1") && matches("Punjab").contains("PAK/admin1"));
    }

    @Test
    void lowerCaseGenericWordsAndShortAbbreviationsDoNotMatch() {
        assertEquals("", matches("the central region of the north"));
        assertEquals("", matches("Central and North"));
        assertEquals("", matches("about 490 BC"));
        assertEquals("", matches("nice weather in the bar"));
    }
}
