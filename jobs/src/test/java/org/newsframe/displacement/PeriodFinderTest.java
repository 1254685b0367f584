package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsframe.text.Token;
import org.newsframe.text.Tokenizer;

class PeriodFinderTest {

    private static final LocalDate PUB = LocalDate.of(2021, 10, 9);

    /** text | period text | start | end (empty = null), publication date 2021-10-09. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fled since 1 January 2016|since 1 January 2016|2016-01-01|",
            "between 17 October and 23 March|between 17 October and 23 March|2020-10-17|2021-03-23",
            "from 3 May to 9 June 2020|from 3 May to 9 June 2020|2020-05-03|2020-06-09",
            "as of May 2015|as of May 2015||2015-05-31",
            "as at 30 September|as at 30 September||2021-09-30",
            "displaced in 2019|in 2019|2019-01-01|2019-12-31",
            "left on August 30|on August 30|2021-08-30|2021-08-30",
            "so far this year|so far this year|2021-01-01|2021-10-09",
            "by December 31, 2020|by December 31, 2020||2020-12-31",
            "since March|since March|2021-03-01|",
    })
    void periods(String text, String period, String start, String end) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<PeriodFinder.DateSpan> dates = PeriodFinder.dates(tokens, 0, tokens.size(), PUB);
        List<Period> ps = PeriodFinder.periods(text, tokens, 0, tokens.size(), dates, PUB);
        assertEquals(1, ps.size(), ps.toString());
        Period p = ps.get(0);
        assertEquals(period, p.text());
        assertEquals(start == null ? null : LocalDate.parse(start), p.start());
        assertEquals(end == null ? null : LocalDate.parse(end), p.end());
    }

    @org.junit.jupiter.api.Test
    void yearlessDatesStayUnresolvedWithoutAPublicationDateAndMayIsAMonthOnlyCapitalised() {
        List<Token> tokens = Tokenizer.tokenize("since 17 October, many may leave");
        List<PeriodFinder.DateSpan> dates = PeriodFinder.dates(tokens, 0, tokens.size(), null);
        assertEquals(1, dates.size());
        assertNull(dates.get(0).from());
        assertEquals(1, PeriodFinder.periods("since 17 October, many may leave", tokens, 0, tokens.size(), dates, null).size());
    }
}
