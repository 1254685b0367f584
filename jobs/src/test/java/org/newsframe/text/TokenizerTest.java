package org.newsframe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> surfaces(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void keepsInitialismsNumbersAndInnerApostrophesWhole() {
        assertEquals(List.of("The", "U.S.", "sent", "1,005", "Shi'ite", "clerics", "1.3m", "."),
                surfaces("The U.S. sent 1,005 Shi'ite clerics 1.3m."));
    }

    @Test
    void splitsPossessivesAndHyphens() {
        List<Token> t = Tokenizer.tokenize("the Taliban's rise; ISIS-K and Afghans' homes");
        assertEquals(List.of("the", "Taliban", "'s", "rise", ";", "ISIS", "-", "K", "and", "Afghans", "'", "homes"),
                t.stream().map(Token::text).toList());
        assertEquals(Token.Kind.POSSESSIVE, t.get(2).kind());
        assertEquals(Token.Kind.HYPHEN, t.get(6).kind());
        assertEquals(4, t.get(1).begin());
        assertEquals(11, t.get(1).end());
    }

    @Test
    void keysFoldCaseDotsAccentsAndCurlyApostrophes() {
        assertEquals("us", Tokenizer.key("U.S."));
        assertEquals("turkiye", Tokenizer.key("Türkiye"));
        assertEquals("cote", Tokenizer.key("Côte"));
        assertEquals("n'djamena", Tokenizer.key("N\u2019Djamena"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "Kabul, 9 Oct — Doha\u2019s talks";
        for (Token t : Tokenizer.tokenize(s)) {
            assertEquals(t.text(), s.substring(t.begin(), t.end()));
        }
    }
}
