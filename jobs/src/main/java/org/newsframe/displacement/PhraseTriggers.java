package org.newsframe.displacement;

import java.util.List;
import java.util.Set;
import org.newsframe.text.Token;

/**
 * Multi-word phrases after a counted noun that say what happened to the people it counts when no single
 * trigger word does: "were registered as displaced", "were staying with host families", "remained in
 * evacuation centres", "sought refuge with relatives", "crossed into", "were pushed over the border", "have
 * migrated to", "arrived in". Typed data: each {@link Trigger} is its words (a set of alternatives per
 * position), the term it gives, and what it applies to. Matched right after the noun, past auxiliaries,
 * adverbs and a parenthesis ("500 households (about 2,600 people) arrived"), never across a clause stop,
 * and never when a hedge or a casualty word comes first.
 */
final class PhraseTriggers {

    private PhraseTriggers() {}

    /** Which counted nouns a trigger applies to. */
    enum AppliesTo { PEOPLE, HOUSEHOLDS, ANY }

    /**
     * A phrase: alternatives per position (token keys; {@code #} is any number, {@code ^} any capitalised word),
     * the term it gives, and the nouns it applies to.
     */
    record Trigger(List<Set<String>> words, Term term, AppliesTo appliesTo) {
        static Trigger of(Term term, AppliesTo to, String... positions) {
            return new Trigger(java.util.Arrays.stream(positions).map(p -> Set.of(p.split("\\|"))).toList(), term, to);
        }
    }

    static final List<Trigger> TRIGGERS = List.of(
            Trigger.of(Term.DISPLACED, AppliesTo.ANY, "registered|recorded|listed|identified|counted|classified", "as", "displaced|idps"),
            Trigger.of(Term.RETURNED, AppliesTo.ANY, "registered|recorded|listed|identified|counted", "as", "returnees|returned"),
            Trigger.of(Term.REFUGEES, AppliesTo.ANY, "registered|recorded|listed|recognised|recognized", "as", "refugees"),
            Trigger.of(Term.SHELTERED, AppliesTo.ANY, "staying|sheltering|living|lodging", "with", "host|relatives|friends|families"),
            Trigger.of(Term.SHELTERED, AppliesTo.ANY, "staying|sheltering|living|remained|remain|remaining|stayed|housed",
                    "in|at", "evacuation|relief|temporary|makeshift|emergency|collective|displacement|tents|camps|shelters|schools|centres|centers|sites|churches|mosques"),
            Trigger.of(Term.SHELTERED, AppliesTo.ANY, "staying|sheltering|living|remained|remain|remaining|stayed|housed",
                    "in|at", "#", "evacuation|relief|temporary|emergency|collective|displacement|camps|shelters|schools|centres|centers|sites"),
            Trigger.of(Term.REFUGEES, AppliesTo.ANY, "sought|seeking|seek|seeks|found|finding", "refuge|safety", "abroad"),
            Trigger.of(Term.REFUGEES, AppliesTo.ANY, "sought|seeking|seek|seeks|found|finding", "refuge|safety", "in",
                    "neighbouring|neighboring|other|foreign"),
            Trigger.of(Term.SHELTERED, AppliesTo.ANY, "sought|seeking|seek|seeks|found|finding|took|taken|taking", "shelter"),
            Trigger.of(Term.FLED, AppliesTo.ANY, "sought|seeking|seek|seeks|found|finding", "refuge|safety"),
            // "crossed the border as refugees": the people are refugees, not only fleeing
            Trigger.of(Term.REFUGEES, AppliesTo.ANY, "crossed|crossing|cross|fled", "the", "border|frontier", "as", "refugees"),
            Trigger.of(Term.FLED, AppliesTo.ANY, "crossed|crossing|cross", "into|over"),
            // into a named place or over the border, never "poured into the streets"
            Trigger.of(Term.FLED, AppliesTo.ANY, "poured|pouring|streamed|streaming|flooded|flocked|surged", "into", "^"),
            Trigger.of(Term.FLED, AppliesTo.ANY, "poured|pouring|streamed|streaming|flooded|flocked|surged", "across|over", "the", "border|frontier"),
            Trigger.of(Term.SHELTERED, AppliesTo.ANY, "spent|spending|spend", "the", "night|nights|weekend", "in|at"),
            Trigger.of(Term.FLED, AppliesTo.ANY, "crossed|crossing|cross", "the", "border|frontier"),
            Trigger.of(Term.DEPORTED, AppliesTo.ANY, "pushed|forced|sent|driven", "back|over|across", "the", "border|frontier"),
            Trigger.of(Term.DEPORTED, AppliesTo.ANY, "pushed|sent", "back"),
            Trigger.of(Term.DISPLACED, AppliesTo.ANY, "migrated|migrating", "to|into"),
            Trigger.of(Term.DISPLACED, AppliesTo.ANY, "arrived|arriving|arrive", "in|at"),
            Trigger.of(Term.FLED, AppliesTo.ANY, "left|fled|abandoned", "the", "besieged|embattled|city|town|area|district|region|village|villages"),
            Trigger.of(Term.FLED, AppliesTo.ANY, "left|abandoned", "their", "homes|houses|villages|towns|land"));

    /** The words a phrase starts with ("crossed", "arrived", "sought"…): verbs, never adjectives. */
    static final Set<String> FIRST_WORDS = TRIGGERS.stream().flatMap(t -> t.words().get(0).stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words that may stand between the noun and the phrase. */
    private static final Set<String> BETWEEN = Set.of("have", "has", "had", "been", "were", "was", "are", "is", "also",
            "reportedly", "recently", "already", "now", "since", "all", "each", "still", "later", "then", "who",
            "newly", "officially", "so", "far", "reported", "to", "be", "being", "currently");

    /** The term of the phrase that starts within a few words after {@code from}, or null. */
    static TermFinder.Match after(ArticleView a, int from, int to, int kind) {
        List<Token> tokens = a.tokens;
        int k = from;
        int skipped = 0;
        while (k < to && skipped < 14) {
            String key = tokens.get(k).key();
            if (key.equals("(")) { // a parenthesis: "500 households (about 2,600 people) arrived"
                int close = k + 1;
                while (close < to && close < k + 14 && !tokens.get(close).key().equals(")")) {
                    close++;
                }
                if (close >= to || !tokens.get(close).key().equals(")")) {
                    return null;
                }
                skipped += close - k + 1;
                k = close + 1;
                continue;
            }
            if (key.equals(")") || key.equals(",") && k == from) {
                k++;
                skipped++;
                continue;
            }
            if (Vocabulary.HEDGES.contains(key) || Vocabulary.CASUALTY.contains(key)) {
                return null;
            }
            for (Trigger t : TRIGGERS) {
                if (applies(t, kind) && matches(tokens, k, to, t)) {
                    int end = k + t.words().size();
                    // "hundreds living in camps … have joined the group": the clause is about another event
                    return otherEventAfter(tokens, end, to) ? null : new TermFinder.Match(t.term(), ArticleView.text(a, k, end));
                }
            }
            if (!BETWEEN.contains(key)) {
                return null;
            }
            k++;
            skipped++;
        }
        return null;
    }

    /** A word of another event (joined, protested, voted…) later in the clause. */
    private static boolean otherEventAfter(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String key = tokens.get(k).key();
            int at = k;
            if (key.equals(";") || Vocabulary.CLAUSE_STOPS.contains(key)) {
                return false;
            }
            if (Vocabulary.OTHER_EVENTS.contains(key)
                    && TRIGGERS.stream().noneMatch(t -> matches(tokens, at, to, t))) { // "and registered as displaced" is no other event
                return true;
            }
        }
        return false;
    }

    private static boolean applies(Trigger t, int kind) {
        return t.appliesTo() == AppliesTo.ANY
                || t.appliesTo() == AppliesTo.PEOPLE && kind == CountedNoun.PEOPLE
                || t.appliesTo() == AppliesTo.HOUSEHOLDS && kind == CountedNoun.HOUSEHOLDS;
    }

    private static boolean matches(List<Token> tokens, int k, int to, Trigger t) {
        if (k + t.words().size() > to) {
            return false;
        }
        for (int i = 0; i < t.words().size(); i++) {
            Set<String> alternatives = t.words().get(i);
            Token token = tokens.get(k + i);
            if (!alternatives.contains(token.key()) && !(alternatives.contains("#") && token.kind() == Token.Kind.NUMBER)
                    && !(alternatives.contains("^") && token.isWord() && token.capitalized())) {
                return false;
            }
        }
        return true;
    }
}
