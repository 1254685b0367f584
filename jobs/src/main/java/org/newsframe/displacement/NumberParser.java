package org.newsframe.displacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.text.Token;

/**
 * The one number parser: finds the quantities in a token sequence, in the forms news writes them —
 * "1,005", "1.3 million", "1.3m", "260 000", "2.5 lakh", "1 crore", "three hundred", "twenty-five thousand",
 * "tens of thousands", ranges ("5,000 to 7,000", "between 5,000 and 7,000", "5,000-7,000") and qualifiers
 * (about, more than, at least, fewer than, up to…).
 *
 * <p>Vague amounts get a documented range: dozens 24–99, scores 40–99, hundreds 200–999, thousands
 * 2,000–9,999, tens of thousands 20,000–99,999, hundreds of thousands 200,000–999,999, millions
 * 2,000,000–9,999,999; "several" and "a few" before a multiplier: 2–9 times it.
 *
 * <p>One left-to-right pass over tokens, no regular expressions; a digit group longer than 15 digits is not
 * a quantity, so a megabyte of digits and commas costs one linear scan.
 */
public final class NumberParser {

    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("a", 1L),
            Map.entry("an", 1L), Map.entry("dozen", 12L));

    private static final Map<String, Long> MULTIPLIERS = Map.ofEntries(
            Map.entry("hundred", 100L), Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("lakh", 100_000L), Map.entry("lakhs", 100_000L),
            Map.entry("lac", 100_000L), Map.entry("crore", 10_000_000L), Map.entry("crores", 10_000_000L),
            Map.entry("mln", 1_000_000L), Map.entry("mn", 1_000_000L), Map.entry("bn", 1_000_000_000L),
            Map.entry("k", 1_000L));

    /** Suffixes glued to a number: "1.3m", "20k", "2bn". */
    private static final Map<String, Long> SUFFIXES = Map.of("k", 1_000L, "m", 1_000_000L, "mn", 1_000_000L,
            "mln", 1_000_000L, "bn", 1_000_000_000L, "b", 1_000_000_000L);

    /** Vague amounts: plural multiplier → [min, max]. */
    private static final Map<String, long[]> VAGUE = Map.of(
            "dozens", new long[] {24, 99}, "scores", new long[] {40, 99}, "hundreds", new long[] {200, 999},
            "thousands", new long[] {2_000, 9_999}, "millions", new long[] {2_000_000, 9_999_999},
            "lakhs", new long[] {200_000, 999_999}, "crores", new long[] {20_000_000, 99_999_999});

    private static final Set<String> APPROX = Set.of("about", "around", "approximately", "roughly", "some",
            "nearly", "almost", "estimated", "circa", "approx", "close", "an");
    private static final Set<String> MORE = Set.of("more", "over", "above", "exceeding", "upwards");
    private static final Set<String> LESS = Set.of("less", "fewer", "under", "below");

    private static final Set<String> A_AN = Set.of("a", "an");
    /** Words before "half"/"quarter(s)" that belong to the number: "a quarter of", "three quarters of". */
    private static final Set<String> FRACTION_LEADS = Set.of("a", "an", "one", "three");

    /** Longest run of number words read as one number. */
    private static final int MAX_WORDS = 16;

    private NumberParser() {}

    /** Every quantity in tokens [from, to) of the text, left to right, non-overlapping. */
    public static List<Quantity> parse(String text, List<Token> tokens, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Amount a = amount(tokens, i, to);
            if (a == null) {
                i++;
                continue;
            }
            int begin = a.first;
            int end = a.end;
            double raw = a.raw;
            Long max = a.max;
            // "half a million", "a quarter of a million", "three quarters of a million"
            if (!a.vague && begin - 1 >= from && A_AN.contains(tokens.get(begin).key())) {
                String p1 = tokens.get(begin - 1).key();
                String p2 = begin - 2 >= from ? tokens.get(begin - 2).key() : "";
                if (p1.equals("half")) {
                    raw /= 2;
                    begin--;
                } else if (p1.equals("of") && (p2.equals("quarter") || p2.equals("quarters"))) {
                    boolean three = begin - 3 >= from && tokens.get(begin - 3).key().equals("three");
                    raw = three ? raw * 3 / 4 : raw / 4;
                    begin -= 2;
                }
                if (begin - 1 >= from && FRACTION_LEADS.contains(tokens.get(begin - 1).key()) && begin < a.first) {
                    begin--;
                }
                // "three" was read as a number of its own before "quarters of a million": this one replaces it
                int first = tokens.get(begin).begin();
                while (!out.isEmpty() && out.get(out.size() - 1).end() > first) {
                    out.remove(out.size() - 1);
                }
            }
            Quantity.Qualifier q = a.vague ? Quantity.Qualifier.APPROXIMATELY : Quantity.Qualifier.EXACT;
            // ranges: "5,000 to 7,000", "5,000-7,000", "between 5,000 and 7,000"
            int k = end;
            boolean between = begin - 1 >= from && tokens.get(begin - 1).key().equals("between");
            if (k < to && (tokens.get(k).key().equals("to") || tokens.get(k).kind() == Token.Kind.HYPHEN
                    || (between && tokens.get(k).key().equals("and")))) {
                Amount b = amount(tokens, k + 1, to);
                if (b != null && b.min > Math.round(raw)) {
                    // "5 to 7 million", "1.5 to 2 million" (but not "800,000 to 1.2 million")
                    if (a.multiplier == 1 && b.multiplier > 1 && raw * b.multiplier <= b.min) {
                        raw *= b.multiplier;
                    }
                    max = b.max != null ? b.max : b.min;
                    end = b.end;
                    q = Quantity.Qualifier.RANGE;
                    if (between) {
                        begin--;
                    }
                }
            }
            if (q != Quantity.Qualifier.RANGE) {
                int[] qual = qualifier(tokens, begin, from);
                if (qual != null) {
                    q = Quantity.Qualifier.values()[qual[0]];
                    begin = qual[1];
                }
            }
            long value = Math.round(raw);
            out.add(new Quantity(value, max, q, a.vague, tokens.get(begin).begin(), tokens.get(end - 1).end(),
                    text.substring(tokens.get(begin).begin(), tokens.get(end - 1).end())));
            i = end;
        }
        return out;
    }

    /** A number starting at token i: [first, end) tokens, value or vague range, and its multiplier. */
    private record Amount(int first, int end, long min, Long max, boolean vague, long multiplier, double raw) {
        Amount(int first, int end, long min, Long max, boolean vague, long multiplier) {
            this(first, end, min, max, vague, multiplier, min);
        }
    }

    /**
     * Words that can start an amount ("tens", "thousands", "several", "three", "a" of "a million"): one lookup
     * rejects every other word. amount() runs on every token of every sentence; its three map lookups per word
     * were the top of the figure extractor's profile on Reuters (a quarter of its samples).
     */
    private static final java.util.Set<String> STARTS = starts();

    private static java.util.Set<String> starts() {
        java.util.Set<String> s = new java.util.HashSet<>(VAGUE.keySet());
        s.addAll(UNITS.keySet());
        s.addAll(List.of("tens", "several", "few", "a", "an"));
        // a HashSet, not Set.copyOf: asked for nearly every token, and a miss in a HashSet compares stored
        // hashes, no strings (its probe alone was 4% of the annotator's samples on Reuters)
        return java.util.Collections.unmodifiableSet(s);
    }

    /** A number word ("two", "nine", "twenty"), not "a"/"an". */
    static boolean numberWord(String key) {
        return UNITS.containsKey(key) && !key.equals("a") && !key.equals("an");
    }

    /** Three digits with a leading zero: the rest of a number split after its comma ("61, 000"). */
    static boolean strayGroup(Token t) {
        String s = t.text();
        return t.kind() == Token.Kind.NUMBER && s.length() == 3 && s.charAt(0) == '0'
                && Character.isDigit(s.charAt(1)) && Character.isDigit(s.charAt(2));
    }

    private static Amount amount(List<Token> tokens, int i, int to) {
        if (i >= to) {
            return null;
        }
        Token t = tokens.get(i);
        String key = t.key();
        if (t.kind() != Token.Kind.NUMBER && !(t.kind() == Token.Kind.WORD && Character.isDigit(t.text().charAt(0)))
                && !STARTS.contains(key)) {
            return null;
        }
        // vague: "tens of thousands", "hundreds of thousands", "thousands of", "dozens of"
        if (key.equals("tens") || VAGUE.containsKey(key)) {
            return vague(tokens, i, to);
        }
        if ((key.equals("several") || key.equals("few")) && i + 1 < to && MULTIPLIERS.containsKey(tokens.get(i + 1).key())) {
            long m = MULTIPLIERS.get(tokens.get(i + 1).key());
            return new Amount(i, i + 2, 2 * m, 9 * m, true, m);
        }
        Double base = null;
        int j = i;
        if (t.kind() == Token.Kind.NUMBER) {
            base = digits(t.text());
            j = i + 1;
            // "260 000": thousands separated by spaces
            while (base != null && j < to && tokens.get(j).kind() == Token.Kind.NUMBER
                    && tokens.get(j).text().length() == 3 && tokens.get(j).begin() == tokens.get(j - 1).end() + 1
                    && base < 1_000_000_000_000L && t.text().indexOf(',') < 0 && t.text().indexOf('.') < 0
                    && t.text().length() <= 3) {
                base = base * 1000 + Double.parseDouble(tokens.get(j).text());
                j++;
            }
            // "61, 000 people": a thousands separator followed by a stray space (OCR, PDF text); a list never
            // has an item "000" or "050", so only a group with a leading zero is joined
            if (base != null && j == i + 1 && j + 1 < to && t.text().length() <= 3 && t.text().indexOf(',') < 0
                    && t.text().indexOf('.') < 0 && tokens.get(j).key().equals(",")
                    && strayGroup(tokens.get(j + 1)) && tokens.get(j + 1).begin() == tokens.get(j).end() + 1) {
                base = base * 1000 + Double.parseDouble(tokens.get(j + 1).text());
                j += 2;
            }
        } else if (t.kind() == Token.Kind.WORD && Character.isDigit(t.text().charAt(0))) {
            base = suffixed(t.text().toLowerCase(java.util.Locale.ROOT));
            j = i + 1;
        } else if (UNITS.containsKey(key) && !key.equals("a") && !key.equals("an")) {
            return words(tokens, i, to);
        } else if ((key.equals("a") || key.equals("an")) && i + 1 < to
                && MULTIPLIERS.containsKey(tokens.get(i + 1).key()) && !tokens.get(i + 1).key().equals("k")) {
            return words(tokens, i, to);
        }
        if (base != null && j == i + 1 && dotThousands(t.text()) && j < to && tokens.get(j).kind() == Token.Kind.WORD
                && PEOPLE_AFTER_DOT.contains(tokens.get(j).key())) {
            base = base * 1000; // "12.500 people", "5.200 persons": a dot between thousands (continental style, PDF reports)
        }
        if (base == null) {
            return null;
        }
        long multiplier = 1;
        if (j < to && MULTIPLIERS.containsKey(tokens.get(j).key())) {
            multiplier = MULTIPLIERS.get(tokens.get(j).key());
            j++;
        }
        double v = base * multiplier;
        if (v > 9e15) {
            return null;
        }
        return new Amount(i, j, Math.round(v), null, false, multiplier, v);
    }

    /** "tens of thousands", "hundreds of thousands", "thousands", "dozens of". */
    private static Amount vague(List<Token> tokens, int i, int to) {
        String key = tokens.get(i).key();
        int j = i + 1;
        long[] range;
        if (key.equals("tens") || key.equals("hundreds")) {
            // "tens of thousands" / "hundreds of thousands" / "hundreds of millions"
            if (j + 1 < to && tokens.get(j).key().equals("of") && VAGUE.containsKey(tokens.get(j + 1).key())
                    && !tokens.get(j + 1).key().equals("dozens")) {
                long[] inner = VAGUE.get(tokens.get(j + 1).key());
                long unit = inner[0] / 2; // thousands → 1,000
                long lo = key.equals("tens") ? 10 * unit * 2 : 100 * unit * 2;
                long hi = key.equals("tens") ? 100 * unit - 1 : 1000 * unit - 1;
                return new Amount(i, j + 2, lo, hi, true, unit);
            }
            if (key.equals("tens")) {
                return null;
            }
        }
        range = VAGUE.get(key);
        return new Amount(i, j, range[0], range[1], true, 1);
    }

    /** "three hundred", "twenty-five thousand", "a million", "one and a half million" is not handled. */
    private static Amount words(List<Token> tokens, int i, int to) {
        long total = 0;
        long current = 0;
        int j = i;
        boolean any = false;
        long lastMultiplier = 1;
        // a written number is at most a few words ("two hundred and fifty-five thousand"); the cap keeps a run of
        // number words ("zero zero zero …") from being re-read from every position
        int limit = Math.min(to, i + MAX_WORDS);
        while (j < limit) {
            if (total > 9e15 || current > 9e15) {
                return null; // "a hundred hundred hundred …" would overflow a long
            }
            Token t = tokens.get(j);
            String key = t.key();
            if (t.kind() == Token.Kind.HYPHEN && any) {
                j++;
                continue;
            }
            if (UNITS.containsKey(key) && !(any && (key.equals("a") || key.equals("an")))) {
                if (key.equals("dozen")) {
                    current = Math.max(current, 1) * 12;
                } else {
                    current += UNITS.get(key);
                }
                any = true;
                j++;
            } else if (MULTIPLIERS.containsKey(key) && any && !key.equals("k") && !key.equals("m")) {
                long m = MULTIPLIERS.get(key);
                if (m == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * m;
                    current = 0;
                }
                lastMultiplier = m;
                j++;
            } else if (key.equals("and") && any && j + 1 < limit && UNITS.containsKey(tokens.get(j + 1).key())
                    && lastMultiplier >= 100) {
                j++;
            } else {
                break;
            }
        }
        // trailing hyphen consumed but nothing after it
        while (j > i && tokens.get(j - 1).kind() == Token.Kind.HYPHEN) {
            j--;
        }
        long value = total + current;
        if (!any || value <= 0 || total > 9e15 || current > 9e15) {
            return null;
        }
        // "one" alone is rarely a figure ("one of the…"); keep words from two up, or with a multiplier
        if (value < 2 && lastMultiplier == 1) {
            return null;
        }
        return new Amount(i, j, value, null, false, lastMultiplier);
    }

    /** One to three digits, a dot, three digits: "12.500", read as thousands only before a noun of people or homes. */
    private static boolean dotThousands(String s) {
        int dot = s.indexOf('.');
        if (dot < 1 || dot > 3 || s.length() != dot + 4 || s.indexOf(',') >= 0) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (k != dot && !Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The nouns after which "12.500" counts whole people or homes (12.5 of them would be nonsense). */
    private static final java.util.Set<String> PEOPLE_AFTER_DOT = java.util.Set.of("people", "persons", "individuals",
            "residents", "families", "households", "idps", "refugees", "migrants", "children", "houses", "homes",
            "inhabitants", "civilians", "villagers", "evacuees", "returnees", "displaced", "dwellings", "shelters");

    /** "1,005" → 1005; "1.3" → 1.3; "2,50,000" (Indian grouping) → 250000; null if not a plain number. */
    static Double digits(String s) {
        if (s.length() > 24) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int digitCount = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                sb.append(c);
                digitCount++;
            } else if (c == '.') {
                sb.append(c);
            } else if (c != ',') {
                return null;
            }
        }
        if (digitCount == 0 || digitCount > 15 || sb.indexOf(".") != sb.lastIndexOf(".")) {
            return null;
        }
        return Double.parseDouble(sb.toString());
    }

    /** "1.3m", "20k", "2bn" → value; null when the suffix is not a multiplier. */
    static Double suffixed(String key) {
        int k = 0;
        while (k < key.length() && (Character.isDigit(key.charAt(k)) || key.charAt(k) == '.' || key.charAt(k) == ',')) {
            k++;
        }
        Long m = SUFFIXES.get(key.substring(k));
        Double base = k == 0 ? null : digits(key.substring(0, k));
        return m == null || base == null ? null : base * m;
    }

    /** [qualifier ordinal, first token] for the words before a quantity, or null. */
    private static int[] qualifier(List<Token> tokens, int begin, int from) {
        String p1 = begin - 1 >= from ? tokens.get(begin - 1).key() : "";
        String p2 = begin - 2 >= from ? tokens.get(begin - 2).key() : "";
        String p3 = begin - 3 >= from ? tokens.get(begin - 3).key() : "";
        if (p1.equals("to") && p2.equals("up")) {
            return new int[] {Quantity.Qualifier.UP_TO.ordinal(), begin - 2};
        }
        if (p1.equals("as") && p2.equals("many") && p3.equals("as")) {
            return new int[] {Quantity.Qualifier.UP_TO.ordinal(), begin - 3};
        }
        if (p1.equals("least") && p2.equals("at")) {
            return new int[] {Quantity.Qualifier.AT_LEAST.ordinal(), begin - 2};
        }
        if (p1.equals("than") && MORE.contains(p2)) {
            return new int[] {Quantity.Qualifier.MORE_THAN.ordinal(), begin - 2};
        }
        if (p1.equals("than") && LESS.contains(p2)) {
            return new int[] {Quantity.Qualifier.LESS_THAN.ordinal(), begin - 2};
        }
        if (p1.equals("to") && p2.equals("close")) {
            return new int[] {Quantity.Qualifier.APPROXIMATELY.ordinal(), begin - 2};
        }
        if (p1.equals("estimated") && (p2.equals("an") || p2.equals("some"))) {
            return new int[] {Quantity.Qualifier.APPROXIMATELY.ordinal(), begin - 2};
        }
        if (MORE.contains(p1) && !p1.equals("more")) {
            return new int[] {Quantity.Qualifier.MORE_THAN.ordinal(), begin - 1};
        }
        if (LESS.contains(p1) && (p1.equals("under") || p1.equals("below"))) {
            return new int[] {Quantity.Qualifier.LESS_THAN.ordinal(), begin - 1};
        }
        if (APPROX.contains(p1) && !p1.equals("an") && !p1.equals("close")) {
            return new int[] {Quantity.Qualifier.APPROXIMATELY.ordinal(), begin - 1};
        }
        return null;
    }
}
