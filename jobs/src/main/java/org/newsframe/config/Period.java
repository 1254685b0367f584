package org.newsframe.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The trend period ({@code trends.period}): day, ISO week (Monday to Sunday) or calendar month. */
public enum Period {
    DAY("day"), WEEK("week"), MONTH("month");

    private final String truncUnit;

    Period(String truncUnit) {
        this.truncUnit = truncUnit;
    }

    /** The unit of Spark's {@code date_trunc} that gives {@link #start} (its "week" starts on Monday, as ISO's). */
    public String truncUnit() {
        return truncUnit;
    }

    public LocalDate start(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** {@code 2016-03-14}, {@code 2016-W11} (ISO week-based year and week), {@code 2016-03}. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
        };
    }

    /** Every period from the one holding {@code first} to the one holding {@code last}, in order. */
    public List<LocalDate> between(LocalDate first, LocalDate last) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate p = start(first); !p.isAfter(last); p = next(p)) {
            out.add(p);
        }
        return out;
    }
}
