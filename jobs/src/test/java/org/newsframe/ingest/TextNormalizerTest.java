package org.newsframe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            // input (escapes decoded below) | expected
            "'  Kabul   fell.  '|'Kabul fell.'",
            "'hard\\nwrapped line'|'hard wrapped line'",
            "'para one.\\n\\npara two.'|'para one.\\npara two.'",
            "'para one.\\n    indented para.'|'para one.\\nindented para.'",
            "'crlf\\r\\n\\r\\nparagraph'|'crlf\\nparagraph'",
            "'no\\u00A0break\\u2009thin'|'no break thin'",
            "'soft\\u00ADhyphen and zero\\u200Bwidth'|'softhyphen and zerowidth'",
            "'bell\\u0007 and nul\\u0000 gone'|'bell and nul gone'",
            "'\\uFEFFbom first'|'bom first'",
            "'tab\\tseparated'|'tab separated'",
            // NFC: e + combining acute becomes é (one char)
            "'Qu\\u0065\\u0301bec'|'Qu\\u00E9bec'",
            "'   '|''",
    })
    void normalizes(String input, String expected) {
        assertEquals(unescape(expected), TextNormalizer.normalize(unescape(input)));
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
