package org.newsframe.displacement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.text.Token;

/**
 * Dates written in a sentence ("15 August 2021", "August 30", "May 2015", "2014") and the reference periods
 * they state with a cue word: since X; between X and Y; from X to/until Y; as of / as at / by / until X; in X
 * (a month or year); on X; "so far this year". A date without a year takes the year that puts it on or before
 * the publication date (a day's grace); without a publication date it stays unresolved. In a range whose start
 * has no year and falls after its end, the start moves a year back.
 * One pass over the tokens, no regular expressions.
 */
public final class PeriodFinder {

    /** A written date: tokens [first, end) and the day range it names (a month or year spans many days). */
    public record DateSpan(int first, int end, LocalDate from, LocalDate to) {}

    private static final Map<String, Integer> MONTHS = org.newsframe.text.Words.MONTH_NUMBERS;

    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
    /** Words before a bare month that make it a date ("since March"). */
    private static final Set<String> MONTH_CUES = Set.of("since", "in", "early", "late", "mid", "until", "of", "by");
    private static final Set<String> RANGE_ENDS = Set.of("to", "until", "till", "through");

    private static final Set<String> END_CUES = Set.of("as", "by", "until", "till", "through", "to");

    private PeriodFinder() {}

    /** Month names must be capitalised ("may" and "march" are also words). */
    static Integer month(Token t) {
        return t.kind() == Token.Kind.WORD && t.capitalized() ? MONTHS.get(t.key()) : null;
    }

    /** A four-digit year 1900–2100 written without separators. */
    static Integer year(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(t.text().charAt(i))) {
                return null;
            }
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100 ? y : null;
    }

    /** A day of month: "15", "15th", "1st". */
    static Integer day(Token t) {
        String s = t.text();
        int k = 0;
        while (k < s.length() && k < 2 && Character.isDigit(s.charAt(k))) {
            k++;
        }
        if (k == 0 || k > 2) {
            return null;
        }
        String rest = s.substring(k).toLowerCase(java.util.Locale.ROOT);
        if (!(rest.isEmpty() && t.kind() == Token.Kind.NUMBER) && !ORDINALS.contains(rest)) {
            return null;
        }
        int d = Integer.parseInt(s.substring(0, k));
        return d >= 1 && d <= 31 ? d : null;
    }

    /** Every written date in tokens [from, to), left to right. */
    public static List<DateSpan> dates(List<Token> tokens, int from, int to, LocalDate pub) {
        List<DateSpan> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            Integer m = month(t);
            Integer d = day(t);
            Integer y = year(t);
            if (d != null && i + 1 < to && month(tokens.get(i + 1)) != null) {
                // 15 August [2021]
                int end = i + 2;
                Integer yy = end < to ? year(tokens.get(end)) : null;
                if (yy != null) {
                    end++;
                }
                out.add(day(tokens, i, end, yy, month(tokens.get(i + 1)), d, pub));
                i = end;
            } else if (m != null && i + 1 < to && day(tokens.get(i + 1)) != null && year(tokens.get(i + 1)) == null) {
                // August 30[, 2021]
                int end = i + 2;
                int k = end < to && tokens.get(end).text().equals(",") ? end + 1 : end;
                Integer yy = k < to ? year(tokens.get(k)) : null;
                if (yy != null) {
                    end = k + 1;
                }
                out.add(day(tokens, i, end, yy, m, day(tokens.get(i + 1)), pub));
                i = end;
            } else if (m != null && i + 1 < to && year(tokens.get(i + 1)) != null) {
                // May 2015
                YearMonth ym = YearMonth.of(year(tokens.get(i + 1)), m);
                out.add(new DateSpan(i, i + 2, ym.atDay(1), ym.atEndOfMonth()));
                i += 2;
            } else if (m != null && i > from && MONTH_CUES.contains(tokens.get(i - 1).key())) {
                // "since March": the month in the year of publication (or the one before)
                LocalDate first = pub == null ? null : resolve(pub, m, 1);
                out.add(new DateSpan(i, i + 1, first, first == null ? null : YearMonth.from(first).atEndOfMonth()));
                i++;
            } else if (y != null) {
                out.add(new DateSpan(i, i + 1, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    private static DateSpan day(List<Token> tokens, int first, int end, Integer year, int month, int day, LocalDate pub) {
        LocalDate date = null;
        try {
            if (year != null) {
                date = LocalDate.of(year, month, day);
            } else if (pub != null) {
                date = resolve(pub, month, day);
            }
        } catch (java.time.DateTimeException e) {
            date = null; // 31 February
        }
        return new DateSpan(first, end, date, date);
    }

    /** The year that puts month/day on or before the publication date (a day's grace for time zones). */
    private static LocalDate resolve(LocalDate pub, int month, int day) {
        LocalDate d = LocalDate.of(pub.getYear(), month, Math.min(day, YearMonth.of(pub.getYear(), month).lengthOfMonth()));
        return d.isAfter(pub.plusDays(1)) ? d.minusYears(1) : d;
    }

    /** The reference periods stated in tokens [from, to), given the dates found there. */
    public static List<Period> periods(String text, List<Token> tokens, int from, int to, List<DateSpan> dates,
                                       LocalDate pub) {
        List<Period> out = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            DateSpan d = dates.get(k);
            String p1 = d.first - 1 >= from ? tokens.get(d.first - 1).key() : "";
            String p2 = d.first - 2 >= from ? tokens.get(d.first - 2).key() : "";
            DateSpan next = k + 1 < dates.size() ? dates.get(k + 1) : null;
            boolean joined = next != null && next.first == d.end + 1;
            String joiner = joined ? tokens.get(d.end).key() : "";
            if (p1.equals("between") && joined && joiner.equals("and")
                    || p1.equals("from") && joined && RANGE_ENDS.contains(joiner)
                    || joined && tokens.get(d.end).kind() == Token.Kind.HYPHEN && p1.equals("from")) {
                LocalDate start = d.from;
                if (start != null && next.to != null && start.isAfter(next.to) && d.end - d.first < 3) {
                    start = start.minusYears(1); // "between 17 October and 23 March": October of the year before
                }
                out.add(period(text, tokens, d.first - 1, next.end, start, next.to));
                k++;
            } else if (p1.equals("since")) {
                out.add(period(text, tokens, d.first - 1, d.end, d.from, null));
            } else if ((p1.equals("of") || p1.equals("at")) && p2.equals("as")) {
                out.add(period(text, tokens, d.first - 2, d.end, null, d.to));
            } else if (END_CUES.contains(p1) && !p1.equals("as") && !p1.equals("to")) {
                out.add(period(text, tokens, d.first - 1, d.end, null, d.to));
            } else if (p1.equals("in") || p1.equals("during") || p1.equals("on") || p1.equals("throughout")) {
                out.add(period(text, tokens, d.first - 1, d.end, d.from, d.to));
            }
        }
        // "so far this year", "this year"
        for (int i = from; i + 1 < to; i++) {
            if (tokens.get(i).key().equals("this") && tokens.get(i + 1).key().equals("year") && pub != null) {
                int first = i >= from + 2 && tokens.get(i - 1).key().equals("far") && tokens.get(i - 2).key().equals("so")
                        ? i - 2 : i;
                out.add(period(text, tokens, first, i + 2, LocalDate.of(pub.getYear(), 1, 1), pub));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Period::firstToken));
        return out;
    }

    private static Period period(String text, List<Token> tokens, int first, int end, LocalDate start, LocalDate stop) {
        return new Period(first, end, text.substring(tokens.get(first).begin(), tokens.get(end - 1).end()), start, stop);
    }
}
