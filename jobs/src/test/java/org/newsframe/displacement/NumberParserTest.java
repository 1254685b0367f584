package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsframe.text.Token;
import org.newsframe.text.Tokenizer;

class NumberParserTest {

    private static List<Quantity> parse(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return NumberParser.parse(text, tokens, 0, tokens.size());
    }

    /** text | quantity text | value | max (or empty) | qualifier | vague */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the return of 1,005 displaced families|1,005|1005||exact|false",
            "up to 1.3 million Afghans have been displaced|up to 1.3 million|1300000||up_to|false",
            "some 1.3m people fled|some 1.3m|1300000||approximately|false",
            "260 000 people were evacuated|260 000|260000||exact|false",
            "nearly 2.5 lakh people are in relief camps|nearly 2.5 lakh|250000||approximately|false",
            "1 crore people were affected|1 crore|10000000||exact|false",
            "three hundred families fled|three hundred|300||exact|false",
            "more than half a million people were evacuated|more than half a million|500000||more_than|false",
            "three quarters of a million fled|three quarters of a million|750000||exact|false",
            "between 800,000 and 1.2 million people fled|between 800,000 and 1.2 million|800000|1200000|range|false",
            "1.5 to 2 million people fled|1.5 to 2 million|1500000|2000000|range|false",
            "a quarter of a million fled|a quarter of a million|250000||exact|false",
            "twenty-five thousand residents left|twenty-five thousand|25000||exact|false",
            "tens of thousands of people fled|tens of thousands|20000|99999|approximately|true",
            "hundreds of thousands were displaced|hundreds of thousands|200000|999999|approximately|true",
            "thousands of families are homeless|thousands|2000|9999|approximately|true",
            "dozens of houses were destroyed|dozens|24|99|approximately|true",
            "between 5,000 and 7,000 people fled|between 5,000 and 7,000|5000|7000|range|false",
            "5,000 to 7,000 people fled|5,000 to 7,000|5000|7000|range|false",
            "5,000-7,000 people fled|5,000-7,000|5000|7000|range|false",
            "2 to 3 million people fled|2 to 3 million|2000000|3000000|range|false",
            "more than 50,000 people|more than 50,000|50000||more_than|false",
            "at least 20,000 people|at least 20,000|20000||at_least|false",
            "fewer than 300 people|fewer than 300|300||less_than|false",
            "as many as 40,000 people|as many as 40,000|40000||up_to|false",
            "over 1,200 houses|over 1,200|1200||more_than|false",
            "an estimated 3,400 families|an estimated 3,400|3400||approximately|false",
            "several thousand people|several thousand|2000|9000|approximately|true",
            "a million refugees|a million|1000000||exact|false",
            "2,50,000 people|2,50,000|250000||exact|false",
    })
    void parsesNewsNumberForms(String text, String qtext, long value, Long max, String qualifier, boolean vague) {
        List<Quantity> qs = parse(text);
        assertEquals(1, qs.size(), qs.toString());
        Quantity q = qs.get(0);
        assertEquals(qtext, q.text());
        assertEquals(text.indexOf(qtext), q.begin());
        assertEquals(value, q.value());
        assertEquals(max, q.max());
        assertEquals(qualifier, q.qualifier().code());
        assertEquals(vague, q.vague());
    }

    @Test
    void findsEveryNumberLeftToRight() {
        List<Quantity> qs = parse("In 2014, 1,005 families and about 300 people left; 20-year presence.");
        assertEquals(List.of("2014", "1,005", "about 300", "20"), qs.stream().map(Quantity::text).toList());
    }

    @Test
    void aMegabyteOfDigitsAndCommasStaysLinear() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("1234567,890,");
        }
        String text = sb.toString();
        // one token, rejected by length: the parse is a single linear scan (timing lives in benchmarks)
        List<Quantity> qs = parse(text);
        assertTrue(qs.isEmpty(), "a digit run longer than 15 digits is no quantity");
    }
}
