package org.newsframe.displacement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.text.Token;
import org.newsframe.text.Words;

/**
 * The term of a figure the rules did not keep (one the figure model accepts, or a projection): the phrase
 * right after the counted noun, else the nearest displacement word after it in the clause, else the noun's own
 * term, else the nearest displacement word before the number. It reads the same vocabulary as the rules
 * ({@link Vocabulary}, {@link PhraseTriggers}) plus {@link #CUES}, words that speak of displacement without
 * naming a term.
 */
final class TermPicker {

    /** Displacement words that are no trigger in the rules: "arrived in camps", "crossed into", "evictions". */
    static final Map<String, Term> CUES = Map.ofEntries(
            Map.entry("camp", Term.SHELTERED), Map.entry("camps", Term.SHELTERED),
            Map.entry("shelter", Term.SHELTERED), Map.entry("shelters", Term.SHELTERED),
            Map.entry("tents", Term.SHELTERED), Map.entry("centres", Term.SHELTERED),
            Map.entry("centers", Term.SHELTERED), Map.entry("refuge", Term.FLED),
            Map.entry("arrived", Term.DISPLACED), Map.entry("arrivals", Term.DISPLACED),
            Map.entry("crossed", Term.FLED), Map.entry("evicted", Term.DISPLACED),
            Map.entry("eviction", Term.DISPLACED), Map.entry("evictions", Term.DISPLACED),
            Map.entry("exodus", Term.FLED), Map.entry("influx", Term.FLED), Map.entry("migrated", Term.DISPLACED),
            Map.entry("uprooted", Term.DISPLACED), Map.entry("seekers", Term.ASYLUM_SEEKERS),
            Map.entry("asylum", Term.ASYLUM_SEEKERS), Map.entry("escape", Term.FLED),
            Map.entry("pushed", Term.DEPORTED), Map.entry("washed", Term.DESTROYED_HOUSING));

    /** Hedges that make a figure a projection (a negation makes it none). */
    static final Set<String> PROJECTING = Set.of("could", "might", "may", "would", "will", "expected", "expect",
            "expects", "likely", "plan", "plans", "planned", "planning", "risk", "threatened", "potentially",
            "possibly", "aims", "aim", "intend", "intends", "projected", "forecast", "anticipated", "feared", "set",
            "preparing", "possible");

    static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no", "cannot", "unable", "neither", "nor");

    /** How far from the number a cue is looked for, each side: every scan is bounded, whatever the sentence. */
    static final int WINDOW = 15;

    /** The term and the words that gave it. */
    record Pick(Term term, String trigger) {}

    private TermPicker() {}

    /**
     * Every cue word with its term, in the order of precedence term noun, trigger, event noun, active verb,
     * {@link #CUES}: one lookup per token (the profile of the annotator on Reuters showed five lookups per
     * token of every sentence with a number as 4% of its time).
     */
    private static final Map<String, Term> INDEX = index();

    private static Map<String, Term> index() {
        Map<String, Term> m = new java.util.HashMap<>(CUES);
        m.putAll(Vocabulary.ACTIVE);
        m.putAll(Vocabulary.EVENTS);
        m.putAll(Vocabulary.TRIGGERS);
        m.putAll(Vocabulary.TERM_NOUNS);
        return java.util.Collections.unmodifiableMap(m); // a HashMap: asked for every token of a sentence (see NumberParser.STARTS)
    }

    /** The displacement term a word speaks of, or null. */
    static Term cue(Token t) {
        return t.isWord() ? INDEX.get(t.key()) : null;
    }

    /** Whether the sentence [from, to) has any displacement word: the gate for a candidate (one pass). */
    static boolean anyCue(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cue(tokens.get(k)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The term for the number at [qs0, …) with its noun {@code head}, in the sentence [from, to); null when none fits. */
    static Pick pick(ArticleView a, CountedNoun head, int qs0, int from, int to) {
        List<Token> tokens = a.tokens;
        int kind = head.kind() == CountedNoun.OTHER || head.kind() == CountedNoun.NONE ? CountedNoun.PEOPLE : head.kind();
        TermFinder.Match phrase = PhraseTriggers.after(a, head.end(), to, kind);
        if (phrase != null && phrase.term() != null && fits(phrase.term(), kind)) {
            return new Pick(phrase.term(), phrase.trigger());
        }
        for (int k = head.end(); k < Math.min(to, head.end() + WINDOW); k++) {
            String key = tokens.get(k).key();
            if (key.equals(";") || key.equals(".") || key.equals(":")) {
                break;
            }
            Term t = cue(tokens.get(k));
            if (t != null && fits(t, kind)) {
                return new Pick(t, tokens.get(k).text());
            }
        }
        if (head.term() != null && fits(head.term(), kind)) {
            return new Pick(head.term(), head.termText());
        }
        for (int k = qs0 - 1; k >= Math.max(from, qs0 - WINDOW); k--) {
            String key = tokens.get(k).key();
            if (key.equals(";") || key.equals(":")) {
                break;
            }
            Term t = cue(tokens.get(k));
            if (t != null && fits(t, kind)) {
                return new Pick(t, tokens.get(k).text());
            }
        }
        return null;
    }

    /** A label before a number: its term, the counted kind it names ({@link CountedNoun#NONE} when none), its words. */
    /**
     * A label: the term it names, the unit noun in it, the cue. No term: it counts something else
     * ({@link #COUNTS_OTHER}), or names only a unit ("individuals:"), whose term is the figure's before it.
     */
    record Label(Term term, int kind, String trigger) {
        boolean countsOther() {
            return kind == CountedNoun.OTHER;
        }
    }

    /** "IDP sites: 27", "Evacuation centres: 25": a label whose head counts places or things, not people. */
    static final Label COUNTS_OTHER = new Label(null, CountedNoun.OTHER, null);

    /** What may follow the number of a heading without a colon: the end of its line or a remark. */
    private static final java.util.Set<String> ENDS_HEADING = java.util.Set.of(".", ";", "(", ",");

    /**
     * The label right before the number at {@code qs0}, as report lines write them: "Total displaced: 34,210",
     * "Houses destroyed: 214; houses damaged: 1,930", "IDPs (as of 15 Nov): 58 312". The label runs back from
     * the colon to the start of the sentence or the previous ";" or ",", at most six words, and must hold a
     * displacement word; a unit noun in it says what is counted. Without a colon, a heading of at most five
     * words that opens the sentence and a number that ends it ("Population evacuated 116129", "Damaged
     * houses/shelter 91,808 (…)"). {@link #COUNTS_OTHER} when the label's head counts places ("IDP sites: 27");
     * null when the number follows no such label.
     */
    static Label label(List<Token> tokens, int qs0, int qe, int from, int to) {
        int colon = qs0 - 1;
        if (colon < from) {
            return null;
        }
        boolean colonless = !tokens.get(colon).key().equals(":");
        if (colonless && (qe < to && !ENDS_HEADING.contains(tokens.get(qe).key()) || qs0 - from > 5)) {
            return null; // "Population evacuated 116129": a short heading and the number ending its line
        }
        int start = colonless ? qs0 - 1 : colon - 1;
        int close = -1;
        if (!colonless && start >= from && tokens.get(start).key().equals(")")) { // "(as of 15 Nov)"
            close = start;
            while (start >= from && start > close - 10 && !tokens.get(start).key().equals("(")) {
                start--;
            }
            if (start < from || !tokens.get(start).key().equals("(")) {
                return null;
            }
            start--;
        }
        List<Term> cues = new java.util.ArrayList<>(2);
        List<String> triggers = new java.util.ArrayList<>(2);
        int kind = CountedNoun.NONE;
        int words = 0;
        int k = start;
        for (; k >= from; k--) {
            Token t = tokens.get(k);
            String key = t.key();
            if (key.equals(";") || key.equals(",") || key.equals(".") || key.equals(":") || t.kind() == Token.Kind.NUMBER) {
                break;
            }
            if (++words > 6 || colonless && (Words.PASSIVE_AUX.contains(key) || AUXILIARIES.contains(key)
                    || key.equals("the") || key.equals("a") || key.equals("an"))) {
                return null;
            }
            int unit = unit(key);
            Term c = cue(t);
            if (c != null) {
                cues.add(c);
                triggers.add(t.text());
            }
            if (kind == CountedNoun.NONE) {
                kind = unit;
            }
        }
        if (cues.isEmpty() && !colonless && close < 0 && words >= 1 && words <= 2 && kind != CountedNoun.NONE
                && kind != CountedNoun.HOUSING) {
            return new Label(null, kind, null); // "…; individuals: 1,690": the unit only, the term is the list's
        }
        if (cues.isEmpty() || close >= 0 && words == 0 || colonless && k >= from) {
            return null;
        }
        // the label's head noun, before any "in"/"at" ("IDPs in host communities"): "Evacuation centres: 25",
        // "IDP sites: 27" count places, not people
        int head = start;
        for (int w = k + 1; w <= start; w++) {
            if (LOCATIVE.contains(tokens.get(w).key())) {
                head = w - 1;
                break;
            }
        }
        if (head > k && Vocabulary.FACILITIES.contains(tokens.get(head).key())) {
            return COUNTS_OTHER;
        }
        if (head > k && unit(tokens.get(head).key()) != CountedNoun.NONE) {
            kind = unit(tokens.get(head).key()); // "Families in shelters": families are counted
        }
        // the cue nearest the number that fits what is counted: "Damaged houses/shelter 91,808" is damage,
        // "Destroyed housing: 146" destruction (not "housing" people)
        for (int c = 0; c < cues.size(); c++) {
            if (kind == CountedNoun.NONE || fits(cues.get(c), kind)) {
                return new Label(cues.get(c), kind, triggers.get(c));
            }
        }
        return null;
    }

    /** The unit a label word names; "displaced" and "homeless" are adjectives there ("Families displaced"). */
    private static int unit(String key) {
        return Vocabulary.PEOPLE.contains(key) || Vocabulary.TERM_NOUNS.containsKey(key) && !key.equals("displaced")
                && !key.equals("homeless") ? CountedNoun.PEOPLE
                : Vocabulary.HOUSEHOLDS.contains(key) ? CountedNoun.HOUSEHOLDS
                : Vocabulary.HOUSING.contains(key) ? CountedNoun.HOUSING : CountedNoun.NONE;
    }

    private static final java.util.Set<String> LOCATIVE = java.util.Set.of("in", "at", "with", "inside", "within");

    /** Verbs a heading does not have: "The agency has evacuated 5,000" is a clause, not a label. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "will", "would", "could", "can");

    /** Homes are destroyed, damaged or evacuated; people are not destroyed. */
    static boolean fits(Term t, int kind) {
        return kind == CountedNoun.HOUSING ? t.housing() || t == Term.EVACUATED : !t.housing();
    }

    /**
     * The hedge that makes the number at [qs0, nounEnd) a projection ("could be displaced", "plans to
     * evacuate"), or null: a projecting word within a few words before the number or after its noun, in its
     * clause, and no negation there.
     */
    static String projection(List<Token> tokens, int qs0, int nounEnd, int from, int to) {
        String hedge = null;
        for (int k = qs0 - 1; k >= Math.max(from, qs0 - 6); k--) {
            String key = tokens.get(k).key();
            if (key.equals(";") || key.equals(".") || key.equals(",")) {
                break;
            }
            if (NEGATIONS.contains(key)) {
                return null;
            }
            if (hedge == null && projecting(tokens, k, to)) {
                hedge = tokens.get(k).text();
            }
        }
        for (int k = nounEnd; k < Math.min(to, nounEnd + 8); k++) {
            String key = tokens.get(k).key();
            if (key.equals(";") || key.equals(".") || key.equals(",") || key.equals("and")) {
                break; // "evicted 1,000 families and destroyed many houses, with the aim of …": another clause
            }
            if (NEGATIONS.contains(key)) {
                return null;
            }
            if (hedge == null && projecting(tokens, k, to)) {
                hedge = tokens.get(k).text();
            }
        }
        return hedge;
    }

    /** A projecting word; "risk" only as "risk of" ("at risk of displacement", not "risk-prone areas"). */
    private static boolean projecting(List<Token> tokens, int k, int to) {
        String key = tokens.get(k).key();
        if (key.equals("risk")) {
            return k + 1 < to && tokens.get(k + 1).key().equals("of");
        }
        return PROJECTING.contains(key);
    }
}
