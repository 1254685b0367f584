package org.newsframe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void startsAndLabels() {
        LocalDate friday = LocalDate.of(2016, 1, 1);
        assertEquals(LocalDate.of(2015, 12, 28), Period.WEEK.start(friday));
        assertEquals("2015-W53", Period.WEEK.label(Period.WEEK.start(friday)), "ISO: 1 Jan 2016 is in the last week of 2015");
        assertEquals("2016-W01", Period.WEEK.label(LocalDate.of(2016, 1, 4)));
        assertEquals("2016-03", Period.MONTH.label(Period.MONTH.start(LocalDate.of(2016, 3, 31))));
        assertEquals("2016-02-29", Period.DAY.label(LocalDate.of(2016, 2, 29)));
    }

    @Test
    void everyPeriodBetweenTwoDates() {
        assertEquals(List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 2, 1), LocalDate.of(2016, 3, 1)),
                Period.MONTH.between(LocalDate.of(2016, 1, 31), LocalDate.of(2016, 3, 1)));
        assertEquals(3, Period.WEEK.between(LocalDate.of(2016, 1, 4), LocalDate.of(2016, 1, 24)).size());
        assertEquals(1, Period.DAY.between(LocalDate.of(2016, 1, 4), LocalDate.of(2016, 1, 4)).size());
    }
}
