package org.newsframe.ingest;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsframe.config.NewsframeConfig.DateOrder;

/**
 * Parses publication dates in the forms real corpora use. Tried in order, the last successful form first
 * (a corpus is usually consistent):
 * <ul>
 *   <li>ISO-8601: {@code 2021-10-09}, {@code 2021-10-09T14:05:00Z}, {@code 2021-10-09T14:05:00+04:30},
 *       {@code 2021-10-09 14:05:00}, with fractions and zone ids ({@code [Asia/Kabul]});</li>
 *   <li>RFC-1123 / RFC-822: {@code Sat, 9 Oct 2021 14:05:00 GMT}, {@code 09 Oct 2021 14:05:00 +0000};</li>
 *   <li>Reuters SGML: {@code 12-MAR-1987 08:05:11.00};</li>
 *   <li>all-numeric {@code 4/5/17}, {@code 04/05/2017}, {@code 5.4.2017} in the configured order (MDY or DMY;
 *       two-digit years are 1950–2049);</li>
 *   <li>written months: {@code October 9, 2021}, {@code 9 October 2021}, {@code Oct 9, 2021 2:05 PM},
 *       with or without a leading weekday;</li>
 *   <li>{@code 20211009}; epoch seconds (up to 11 digits) or milliseconds (12–13 digits).</li>
 * </ul>
 * A value with no zone is read in the default zone. {@code localDate} is the calendar date in the zone the
 * value states (a paper dated 9 October in Kabul stays 9 October); {@code instant} is the UTC instant.
 * Years outside 1800–2200 are treated as unparseable. Not thread-safe (it remembers the last form).
 */
public final class DateParser {

    private static final Locale EN = Locale.ENGLISH;

    private final ZoneId defaultZone;
    private final List<DateTimeFormatter> formats;
    private int lastHit;

    public DateParser(DateOrder order, ZoneId defaultZone) {
        this.defaultZone = defaultZone;
        this.formats = formats(order);
    }

    /** The parsed date, or empty when the value is blank or in no known form. */
    public Optional<ParsedDate> parse(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number num) {
            return epoch(num.doubleValue());
        }
        if (value instanceof Instant i) {
            return sane(i.atZone(java.time.ZoneOffset.UTC));
        }
        if (value instanceof java.sql.Timestamp ts) {
            return sane(ts.toInstant().atZone(java.time.ZoneOffset.UTC));
        }
        if (value instanceof LocalDate d) {
            return sane(d.atStartOfDay(defaultZone));
        }
        if (value instanceof java.sql.Date d) {
            return sane(d.toLocalDate().atStartOfDay(defaultZone));
        }
        if (value instanceof LocalDateTime ldt) {
            return sane(ldt.atZone(defaultZone));
        }
        String s = value.toString().strip();
        if (s.isEmpty() || s.length() > 64) {
            return Optional.empty();
        }
        if (isNumeric(s)) {
            if (s.length() == 8 && s.indexOf('.') < 0) {
                Optional<ParsedDate> basic = tryFormat(DateTimeFormatter.BASIC_ISO_DATE, s);
                if (basic.isPresent()) {
                    return basic;
                }
            }
            try {
                return epoch(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String t = stripWeekday(s);
        if (t.length() > 14 && t.charAt(4) == '-' && Character.isDigit(t.charAt(0))
                && (t.endsWith(" UTC") || t.endsWith(" GMT"))) {
            t = t.substring(0, t.length() - 4) + "Z";
        }
        int n = formats.size();
        for (int k = 0; k < n; k++) {
            int idx = (lastHit + k) % n;
            Optional<ParsedDate> d = tryFormat(formats.get(idx), t);
            if (d.isPresent()) {
                lastHit = idx;
                return d;
            }
        }
        return Optional.empty();
    }

    private Optional<ParsedDate> epoch(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Optional.empty();
        }
        double abs = Math.abs(v);
        Instant instant = abs >= 1e11 ? Instant.ofEpochMilli((long) v) : Instant.ofEpochMilli((long) (v * 1000));
        return sane(instant.atZone(defaultZone));
    }

    private Optional<ParsedDate> tryFormat(DateTimeFormatter f, String s) {
        TemporalAccessor t;
        try {
            t = f.parse(s);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        LocalDate date = t.query(TemporalQueries.localDate());
        if (date == null) {
            return Optional.empty();
        }
        java.time.LocalTime time = t.query(TemporalQueries.localTime());
        LocalDateTime ldt = time == null ? date.atStartOfDay() : date.atTime(time);
        ZoneId zone = t.query(TemporalQueries.zone());
        ZonedDateTime zdt = ldt.atZone(zone == null ? defaultZone : zone);
        return sane(zdt);
    }

    private static Optional<ParsedDate> sane(ZonedDateTime zdt) {
        int y = zdt.getYear();
        if (y < 1800 || y > 2200) {
            return Optional.empty();
        }
        return Optional.of(new ParsedDate(zdt.toInstant(), zdt.toLocalDate()));
    }

    private static boolean isNumeric(String s) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return false;
        }
        boolean dot = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "Saturday, October 9, 2021" → "October 9, 2021"; RFC-1123 keeps its own optional weekday. */
    private static String stripWeekday(String s) {
        int comma = s.indexOf(',');
        if (comma >= 3 && comma <= 9) {
            String head = s.substring(0, comma).toLowerCase(Locale.ROOT);
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                if (head.equals(d.getDisplayName(TextStyle.FULL, EN).toLowerCase(Locale.ROOT))
                        || head.equals(d.getDisplayName(TextStyle.SHORT, EN).toLowerCase(Locale.ROOT))) {
                    return s.substring(comma + 1).strip();
                }
            }
        }
        return s;
    }

    private static List<DateTimeFormatter> formats(DateOrder order) {
        List<DateTimeFormatter> f = new ArrayList<>();
        // ISO date, optionally with 'T' or ' ' and a time, optionally an offset and/or a [zone id].
        f.add(new DateTimeFormatterBuilder().parseCaseInsensitive()
                .append(DateTimeFormatter.ISO_LOCAL_DATE)
                .optionalStart().optionalStart().appendLiteral('T').optionalEnd()
                .optionalStart().appendLiteral(' ').optionalEnd()
                .append(DateTimeFormatter.ISO_LOCAL_TIME)
                .optionalStart().appendLiteral(' ').optionalEnd()
                .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
                .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
                .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']').optionalEnd()
                .optionalEnd()
                .toFormatter(EN).withResolverStyle(ResolverStyle.STRICT).withChronology(java.time.chrono.IsoChronology.INSTANCE));
        f.add(DateTimeFormatter.RFC_1123_DATE_TIME);
        // Reuters-21578 SGML: 26-FEB-1987 15:01:01.79
        f.add(new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendValue(DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE).appendLiteral('-')
                .appendText(MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral('-').appendValue(YEAR, 4)
                .optionalStart().appendLiteral(' ').appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
                .appendValue(MINUTE_OF_HOUR, 2).optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
                .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd().optionalEnd()
                .toFormatter(EN));
        boolean monthFirst = order == DateOrder.MDY;
        f.add(numeric(monthFirst, '/'));
        f.add(numeric(monthFirst, '-'));
        f.add(numeric(false, '.'));
        f.add(pattern("uuuu/M/d[ H:mm[:ss]]"));
        f.add(pattern("MMMM d, uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"));
        f.add(pattern("MMM d, uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"));
        f.add(pattern("MMM. d, uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"));
        f.add(pattern("d MMMM uuuu[ H:mm[:ss]][ z]"));
        f.add(pattern("d MMM uuuu[ H:mm[:ss]][ z]"));
        f.add(pattern("MMMM d uuuu"));
        f.add(pattern("EEE MMM d HH:mm:ss z uuuu"));
        return List.copyOf(f);
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(EN)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Month, day (order as given) and a four-digit year or a two-digit one (1950–2049), each field 1–2 digits. */
    private static DateTimeFormatter numeric(boolean monthFirst, char sep) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        java.time.temporal.ChronoField first = monthFirst ? MONTH_OF_YEAR : DAY_OF_MONTH;
        java.time.temporal.ChronoField second = monthFirst ? DAY_OF_MONTH : MONTH_OF_YEAR;
        b.appendValue(first, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE).appendLiteral(sep)
                .appendValue(second, 1, 2, java.time.format.SignStyle.NOT_NEGATIVE).appendLiteral(sep)
                .appendValueReduced(YEAR, 2, 4, 1950)
                .optionalStart().appendLiteral(' ').appendPattern("H:mm[:ss]").optionalEnd();
        return b.toFormatter(EN).withResolverStyle(ResolverStyle.STRICT)
                .withChronology(java.time.chrono.IsoChronology.INSTANCE);
    }
}
