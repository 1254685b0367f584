package org.newsframe.displacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.text.Token;

/**
 * Multi-word phrases anywhere in the clause after a figure's noun that say what happened — "forced to flee",
 * "driven from", "lost their homes" (or "lost their lives": a casualty), "took refuge in neighbouring
 * countries", "left the two towns", "as IDPs", "washed away", "cut off", "went back", "partially damaged",
 * "moved to safer places". Typed data, read in order by {@link TermFinder#termAfterClause}: each
 * {@link Phrase} is its words (a set of alternatives per position, {@link #ANY} for any one token), what
 * it says ({@link Says}), the term when it names one, the nouns it applies to, and how far it may reach.
 * The first phrase that matches at a position decides.
 */
final class ClauseTriggers {

    private ClauseTriggers() {}

    /** What a matched phrase says about the counted people or homes. */
    enum Says {
        /** the term of the phrase */
        TERM,
        /** another event ("lost their lives", people "washed away"): no figure */
        CASUALTY,
        /** nothing for this noun ("partially damaged" people): the scan stops without a term */
        NOTHING
    }

    /** The counted nouns a phrase applies to. */
    enum AppliesTo { ANY, HOMES, NOT_HOMES }

    /** How far the words after the first two may reach: the term window, or the sentence. */
    enum Reach { WINDOW, SENTENCE }

    /** Any one token. */
    static final Set<String> ANY = Set.of("*");

    record Phrase(List<Set<String>> words, Says says, Term term, AppliesTo appliesTo, Reach reach) {

        boolean applies(int kind) {
            return appliesTo == AppliesTo.ANY || (appliesTo == AppliesTo.HOMES) == (kind == CountedNoun.HOUSING);
        }

        /** One past the last token when the phrase starts at {@code k}; -1 when it does not. */
        int match(List<Token> tokens, int k, int window, int sentenceEnd) {
            for (int i = 0; i < words.size(); i++) {
                int p = k + i;
                if (p >= (i < 2 || reach == Reach.WINDOW ? window : sentenceEnd)) {
                    return -1;
                }
                Set<String> alternatives = words.get(i);
                if (alternatives != ANY && !alternatives.contains(tokens.get(p).key())) {
                    return -1;
                }
            }
            return k + words.size();
        }
    }

    private static Set<String> w(String alternatives) {
        return Set.of(alternatives.split("\\|"));
    }

    private static Phrase term(Term term, AppliesTo to, Reach reach, List<Set<String>> words) {
        return new Phrase(words, Says.TERM, term, to, reach);
    }

    private static Phrase says(Says says, AppliesTo to, List<Set<String>> words) {
        return new Phrase(words, says, null, to, Reach.WINDOW);
    }

    /** The phrases in the order they are tried. */
    static final List<Phrase> PHRASES = phrases();

    private static List<Phrase> phrases() {
        List<Phrase> p = new ArrayList<>();
        Set<String> forcedToFlee = Vocabulary.FORCED_TO.stream().filter(v -> !v.equals("evacuate")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        p.add(term(Term.EVACUATED, AppliesTo.ANY, Reach.WINDOW, List.of(Vocabulary.FORCED, w("to"), w("evacuate"))));
        p.add(term(Term.FLED, AppliesTo.ANY, Reach.WINDOW, List.of(Vocabulary.FORCED, w("to"), forcedToFlee)));
        p.add(term(Term.DISPLACED, AppliesTo.ANY, Reach.WINDOW, List.of(Vocabulary.FORCED, w("from|out"))));
        p.add(term(Term.DISPLACED, AppliesTo.ANY, Reach.WINDOW, List.of(Vocabulary.DRIVEN, w("from|out"))));
        // "lost their homes" (homeless; said of homes, nothing) before "lost their lives"
        for (List<Set<String>> lost : List.of(List.of(Vocabulary.LOST, Vocabulary.POSSESSIVES, Vocabulary.HOMES),
                List.of(Vocabulary.LOST, Vocabulary.HOMES))) {
            p.add(term(Term.HOMELESS, AppliesTo.NOT_HOMES, Reach.WINDOW, lost));
            p.add(says(Says.NOTHING, AppliesTo.HOMES, lost));
        }
        p.add(says(Says.CASUALTY, AppliesTo.ANY, List.of(Vocabulary.LOST)));
        // "sought refuge in neighbouring countries" (refugees), within four words; else "took shelter"
        Set<String> refuge = w("shelter|refuge");
        for (int gap = 0; gap <= 3; gap++) {
            List<Set<String>> words = new ArrayList<>(List.of(Vocabulary.TOOK, refuge));
            for (int g = 0; g < gap; g++) {
                words.add(ANY);
            }
            words.add(Vocabulary.ABROAD);
            p.add(term(Term.REFUGEES, AppliesTo.ANY, Reach.SENTENCE, List.copyOf(words)));
        }
        p.add(term(Term.SHELTERED, AppliesTo.ANY, Reach.WINDOW, List.of(Vocabulary.TOOK, refuge)));
        // "left the two towns", within three words
        p.add(term(Term.FLED, AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(Vocabulary.LEFT, Vocabulary.LEFT_PLACES)));
        p.add(term(Term.FLED, AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(Vocabulary.LEFT, ANY, Vocabulary.LEFT_PLACES)));
        p.add(term(Term.FLED, AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(Vocabulary.LEFT, ANY, ANY, Vocabulary.LEFT_PLACES)));
        // "registered 262,704 people as IDPs", "recognised as refugees": the noun's term
        for (Map.Entry<String, Term> noun : new java.util.TreeMap<>(Vocabulary.TERM_NOUNS).entrySet()) {
            p.add(term(noun.getValue(), AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(w("as"), Set.of(noun.getKey()))));
        }
        p.add(term(Term.HOMELESS, AppliesTo.ANY, Reach.WINDOW, List.of(w("without"), w("shelter|homes|a"))));
        p.add(term(Term.DESTROYED_HOUSING, AppliesTo.HOMES, Reach.WINDOW, List.of(w("washed|swept"), w("away"))));
        p.add(term(Term.DESTROYED_HOUSING, AppliesTo.HOMES, Reach.WINDOW, List.of(w("washed"), w("out")))); // "250 houses were washed out"
        p.add(says(Says.CASUALTY, AppliesTo.NOT_HOMES, List.of(w("washed|swept"), w("away"))));
        p.add(term(Term.STRANDED, AppliesTo.ANY, Reach.WINDOW, List.of(w("cut"), w("off"))));
        p.add(term(Term.RETURNED, AppliesTo.ANY, Reach.WINDOW, List.of(Vocabulary.WENT, w("back|home"))));
        p.add(term(Term.DAMAGED_HOUSING, AppliesTo.HOMES, Reach.WINDOW, List.of(w("partially|partly"), w("destroyed|damaged"))));
        p.add(says(Says.NOTHING, AppliesTo.NOT_HOMES, List.of(w("partially|partly"), w("destroyed|damaged"))));
        p.add(term(Term.DESTROYED_HOUSING, AppliesTo.HOMES, Reach.WINDOW, List.of(Vocabulary.COMPLETELY, w("damaged"))));
        p.add(says(Says.NOTHING, AppliesTo.NOT_HOMES, List.of(Vocabulary.COMPLETELY, w("damaged"))));
        p.add(term(Term.EVACUATED, AppliesTo.ANY, Reach.WINDOW, List.of(w("moved"), w("to"), Vocabulary.SAFETY)));
        return List.copyOf(p);
    }

    /** The first phrase for {@code kind} that starts at {@code k} and where it ends, or null. */
    static Found at(List<Token> tokens, int k, int window, int sentenceEnd, int kind) {
        for (Phrase phrase : PHRASES) {
            if (!phrase.applies(kind)) {
                continue;
            }
            int end = phrase.match(tokens, k, window, sentenceEnd);
            if (end > 0) {
                return new Found(phrase, end);
            }
        }
        return null;
    }

    /**
     * The complements of a verb before the number that needs one ({@link Vocabulary#CAUSATIVE}), right after
     * the noun: "forced 800 families from their homes", "forced 17,000 to flee", "urged 5,000 residents to
     * leave" / "to seek shelter". Each applies to the verbs of its class; the noun is people or households.
     */
    record Complement(Set<String> verbs, Phrase phrase) {}

    static final List<Complement> COMPLEMENTS = List.of(
            new Complement(Vocabulary.FORCING, term(Term.DISPLACED, AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(w("from|out")))),
            new Complement(Vocabulary.FORCING, term(Term.FLED, AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(w("to"), Vocabulary.FLEE_VERBS))),
            new Complement(Vocabulary.FORCING, term(Term.EVACUATED, AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(w("to"), w("evacuate")))),
            new Complement(Vocabulary.URGING, term(Term.EVACUATED, AppliesTo.NOT_HOMES, Reach.WINDOW, List.of(w("to"), Vocabulary.LEAVE_VERBS))),
            new Complement(Vocabulary.URGING, term(Term.EVACUATED, AppliesTo.NOT_HOMES, Reach.WINDOW,
                    List.of(w("to"), Vocabulary.SEEK, w("shelter")))));

    /** The first complement of {@code verb} that starts at {@code k}, or null. */
    static Found complement(List<Token> tokens, int k, int window, String verb) {
        for (Complement c : COMPLEMENTS) {
            int end = c.verbs().contains(verb) ? c.phrase().match(tokens, k, window, window) : -1;
            if (end > 0) {
                return new Found(c.phrase(), end);
            }
        }
        return null;
    }

    /** A phrase matched over tokens [start, end). */
    record Found(Phrase phrase, int end) {}
}
