package org.newsframe.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closed-class English words that several extractors read, on token keys (lower case, accents folded): one
 * home, so a word is added once. Each extractor may widen a list for its own purpose ({@link #with}); the
 * widening is declared where it is used, next to the reason.
 */
public final class Words {

    private Words() {}

    /** Verbs of saying that every rule set treats as reported speech ("said", "told", "tweeted"). */
    public static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "stated", "added",
            "noted", "claimed", "insisted", "announced", "declared", "tweeted", "wrote");

    /** Auxiliaries of the passive ("were displaced", "was condemned"). */
    public static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "being", "is", "are");

    /** Month names in calendar order. */
    public static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** Weekday names, Monday first. */
    public static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Month number of a month name or its usual abbreviation ("sept", "jan"). */
    public static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /**
     * An unmodifiable word set for look-ups on every token: a HashSet, not {@code Set.copyOf}, since a miss
     * (most tokens) in a HashSet compares stored hashes and no strings, where the immutable set's probe calls
     * {@code equals}; on Reuters the immutable sets' and maps' probes were the annotator's largest self time (24% of its
     * samples).
     */
    public static Set<String> lookupSet(java.util.Collection<String> words) {
        return java.util.Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** An immutable union of word lists and extra words (repeats allowed: lists are edited by hand). */
    public static Set<String> with(java.util.Collection<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(Arrays.asList(more));
        return lookupSet(all);
    }

    /** An immutable union of word lists. */
    @SafeVarargs
    public static Set<String> union(java.util.Collection<String>... lists) {
        Set<String> all = new HashSet<>();
        for (java.util.Collection<String> l : lists) {
            all.addAll(l);
        }
        return lookupSet(all);
    }
}
