package org.newsframe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsframe.config.NewsframeConfig.DateOrder;

class DateParserTest {

    private final DateParser mdy = new DateParser(DateOrder.MDY, ZoneId.of("UTC"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2021-10-09|2021-10-09|2021-10-09T00:00:00Z",
            "2021-10-09T14:05:00Z|2021-10-09|2021-10-09T14:05:00Z",
            "2021-10-09T23:30:00-05:00|2021-10-09|2021-10-10T04:30:00Z",
            "2021-10-09T14:05:00.123+04:30|2021-10-09|2021-10-09T09:35:00.123Z",
            "2021-10-09 14:05:00|2021-10-09|2021-10-09T14:05:00Z",
            "2021-10-09 14:05:00 UTC|2021-10-09|2021-10-09T14:05:00Z",
            "2021-10-09T14:05:00+0200|2021-10-09|2021-10-09T12:05:00Z",
            "2021-10-09T01:00:00+04:30[Asia/Kabul]|2021-10-09|2021-10-08T20:30:00Z",
            "'Sat, 9 Oct 2021 14:05:00 GMT'|2021-10-09|2021-10-09T14:05:00Z",
            "'09 Oct 2021 14:05:00 +0100'|2021-10-09|2021-10-09T13:05:00Z",
            "12-MAR-1987 08:05:11.00|1987-03-12|1987-03-12T08:05:11Z",
            "26-feb-1987 15:01:01.79|1987-02-26|1987-02-26T15:01:01.790Z",
            "4/5/17|2017-04-05|2017-04-05T00:00:00Z",
            "04/05/2017|2017-04-05|2017-04-05T00:00:00Z",
            "12/31/87|1987-12-31|1987-12-31T00:00:00Z",
            "'October 9, 2021'|2021-10-09|2021-10-09T00:00:00Z",
            "'Saturday, October 9, 2021'|2021-10-09|2021-10-09T00:00:00Z",
            "'Oct 9, 2021 2:05 PM'|2021-10-09|2021-10-09T14:05:00Z",
            "9 October 2021|2021-10-09|2021-10-09T00:00:00Z",
            "2021/10/09|2021-10-09|2021-10-09T00:00:00Z",
            "9.10.2021|2021-10-09|2021-10-09T00:00:00Z",
            "20211009|2021-10-09|2021-10-09T00:00:00Z",
            "1633737600|2021-10-09|2021-10-09T00:00:00Z",
            "1633737600000|2021-10-09|2021-10-09T00:00:00Z",
    })
    void parsesRealCorpusForms(String raw, String date, String instant) {
        ParsedDate d = mdy.parse(raw).orElseThrow(() -> new AssertionError("not parsed: " + raw));
        assertEquals(LocalDate.parse(date), d.localDate());
        assertEquals(Instant.parse(instant), d.instant());
    }

    @Test
    void dayFirstOrderReadsSlashDatesAsDayMonth() {
        DateParser dmy = new DateParser(DateOrder.DMY, ZoneId.of("UTC"));
        assertEquals(LocalDate.of(2017, 5, 4), dmy.parse("4/5/17").orElseThrow().localDate());
    }

    @Test
    void zonelessValuesUseTheDefaultZone() {
        DateParser kabul = new DateParser(DateOrder.MDY, ZoneId.of("Asia/Kabul"));
        ParsedDate d = kabul.parse("2021-10-09 01:00:00").orElseThrow();
        assertEquals(LocalDate.of(2021, 10, 9), d.localDate());
        assertEquals(Instant.parse("2021-10-08T20:30:00Z"), d.instant());
    }

    @Test
    void numbersFromJsonAreEpochValues() {
        assertEquals(LocalDate.of(2021, 10, 9), mdy.parse(1633737600L).orElseThrow().localDate());
        assertEquals(LocalDate.of(2021, 10, 9), mdy.parse(1633737600000L).orElseThrow().localDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2021-13-01", "2021-02-30", "31/31/2021", "99999999999999999999",
            "0001-01-01", "Oct 2021", "not a date at all but long text that goes on and on and on and on and on"})
    void unknownOrImpossibleValuesAreEmpty(String raw) {
        assertTrue(mdy.parse(raw).isEmpty(), raw);
    }
}
