package org.newsframe.displacement;

import java.util.List;
import org.newsframe.actors.Mention;
import org.newsframe.schema.ActorType;
import org.newsframe.text.Token;

/**
 * What the noun phrase after a number counts: people, households or homes (or something else, or nothing
 * stated), where the phrase ends, the noun as written, a term the noun itself gives ("IDPs", "displaced
 * families") and the population mention it names.
 */
record CountedNoun(int kind, int end, String unitText, Term term, String termText, Mention population, int words) {
    static final int NONE = 0;
    static final int PEOPLE = 1;
    static final int HOUSEHOLDS = 2;
    static final int HOUSING = 3;
    static final int OTHER = 4;

    static final int NP_WINDOW = 6;

    /** The noun counted by the number in tokens [qs0, qe), looked for up to {@link #NP_WINDOW} tokens on. */
    static CountedNoun find(ArticleView a, int qs0, int qe, int to, boolean vague) {
        List<Token> tokens = a.tokens;
        int j = qe;
        if (j < to && tokens.get(j).key().equals("of")) {
            String n = j + 1 < to ? tokens.get(j + 1).key() : "";
            if ((n.equals("these") || n.equals("those") || n.equals("the")) && j + 2 < to
                    && !Vocabulary.NP_STOPS.contains(tokens.get(j + 2).key()) && tokens.get(j + 2).isWord()) {
                j += 2; // "3,910 of these families"
            } else if (n.equals("them") || n.equals("whom") || n.equals("those") || n.equals("these") || n.equals("which")) {
                return new CountedNoun(CountedNoun.NONE, j + 2, null, null, null, null, 0);
            } else if (!vague) {
                return new CountedNoun(CountedNoun.NONE, j, null, null, null, null, 1);
            } else {
                j++;
            }
        }
        if (j < to && Vocabulary.CASUALTY.contains(tokens.get(j).key())) {
            return new CountedNoun(CountedNoun.OTHER, j + 1, null, null, null, null, 0); // "6 dead", "13 missing"
        }
        if (j + 3 < to && tokens.get(j).key().equals("the") && tokens.get(j + 1).key().equals("total")) {
            // "this brings to 95,000 the total number of people displaced"
            j += tokens.get(j + 2).key().equals("number") && tokens.get(j + 3).key().equals("of") ? 4
                    : tokens.get(j + 2).key().equals("of") ? 3 : 0;
        }
        Term adjective = null;
        String adjectiveText = null;
        Mention adjectiveMention = null;
        int words = 0;
        int limit = Math.min(to, j + NP_WINDOW);
        for (int k = j; k < limit; k++) {
            Token t = tokens.get(k);
            String key = t.isWord() ? Vocabulary.mendTypo(t.key()) : t.key();
            Mention m = a.mention(k);
            if (m != null && (m.actorType() == ActorType.POPULATION || Mention.PEOPLE.equals(m.form()))) {
                int end = ArticleView.tokenEnd(tokens, m.end(), k, to);
                // "Afghan refugees" is a people-form mention followed by a counted noun; let the noun win
                if (end < to && Vocabulary.MEASURES.contains(tokens.get(end).key())) {
                    return new CountedNoun(CountedNoun.OTHER, end + 1, null, null, null, null, words); // "two Shiite villages"
                }
                if (end < to && (Vocabulary.PEOPLE.contains(tokens.get(end).key())
                        || Vocabulary.TERM_NOUNS.containsKey(tokens.get(end).key())
                        || Vocabulary.HOUSEHOLDS.contains(tokens.get(end).key())
                        || Vocabulary.HOUSING.contains(tokens.get(end).key()))) {
                    adjectiveMention = m;
                    k = end - 1;
                    words++;
                    continue;
                }
                return new CountedNoun(CountedNoun.PEOPLE, end, m.text(), adjective, adjectiveText, m, words);
            }
            if (m != null && Mention.ADJECTIVE.equals(m.form())) {
                int end = ArticleView.tokenEnd(tokens, m.end(), k, to);
                if (end >= to || !tokens.get(end).isWord() || Vocabulary.NP_STOPS.contains(tokens.get(end).key())
                        || Vocabulary.HEDGES.contains(tokens.get(end).key()) || Vocabulary.STAY.contains(tokens.get(end).key())
                        || PhraseTriggers.FIRST_WORDS.contains(tokens.get(end).key())
                        && !(end + 1 < to && tokens.get(end + 1).kind() == Token.Kind.HYPHEN)) { // not "left-behind
                    // a demonym used as a noun: "1.4 million Sudanese have been displaced", "… Sudanese crossed into"
                    return new CountedNoun(CountedNoun.PEOPLE, end, m.text(), adjective, adjectiveText, m, words);
                }
                adjectiveMention = m;
                k = end - 1;
                words++;
                continue;
            }
            if (t.kind() == Token.Kind.PUNCT && !key.equals("'")) {
                break;
            }
            if (t.kind() == Token.Kind.HYPHEN || t.kind() == Token.Kind.POSSESSIVE) {
                continue;
            }
            // a word glued by hyphens to its neighbours is a compound modifier ("mud-and-thatch")
            boolean compound = k > j && tokens.get(k - 1).kind() == Token.Kind.HYPHEN && tokens.get(k - 1).end() == t.begin();
            if (key.equals("asylum") && k + 1 < limit) {
                int n = tokens.get(k + 1).kind() == Token.Kind.HYPHEN ? k + 2 : k + 1;
                if (n < to && (tokens.get(n).key().equals("seekers") || tokens.get(n).key().equals("seeker"))) {
                    return new CountedNoun(CountedNoun.PEOPLE, n + 1, ArticleView.text(a, k, n + 1), Term.ASYLUM_SEEKERS, ArticleView.text(a, k, n + 1),
                            adjectiveMention, words);
                }
            }
            if (Vocabulary.TERM_NOUNS.containsKey(key) && !(key.equals("displaced") || key.equals("homeless"))
                    || (key.equals("displaced") || key.equals("homeless")) && !nextIsNoun(tokens, k + 1, to)) {
                Term term = Vocabulary.TERM_NOUNS.get(key);
                String after = k + 1 < to ? tokens.get(k + 1).key() : "";
                if (Vocabulary.HOUSEHOLDS.contains(after)) { // "500 refugee families"
                    return new CountedNoun(CountedNoun.HOUSEHOLDS, k + 2, ArticleView.text(a, k, k + 2), term, t.text(), adjectiveMention, words);
                }
                if (Vocabulary.MEASURES.contains(after) || after.equals("camp") || after.equals("status")) {
                    return new CountedNoun(CountedNoun.OTHER, k + 2, ArticleView.text(a, k, k + 2), null, null, null, words); // "5 IDP camps"
                }
                return new CountedNoun(CountedNoun.PEOPLE, k + 1, t.text(), term, t.text(), adjectiveMention, words);
            }
            if (Vocabulary.PEOPLE.contains(key)) {
                return new CountedNoun(CountedNoun.PEOPLE, k + 1, t.text(), adjective, adjectiveText, adjectiveMention, words);
            }
            if (Vocabulary.HOUSEHOLDS.contains(key)) {
                return new CountedNoun(CountedNoun.HOUSEHOLDS, k + 1, t.text(), adjective, adjectiveText, adjectiveMention, words);
            }
            if (key.equals("housing") && k + 1 < to && tokens.get(k + 1).key().equals("units")) {
                return new CountedNoun(CountedNoun.HOUSING, k + 2, ArticleView.text(a, k, k + 2), adjective, adjectiveText, null, words);
            }
            if (Vocabulary.HOUSING.contains(key)) {
                return new CountedNoun(CountedNoun.HOUSING, k + 1, t.text(), adjective, adjectiveText, null, words);
            }
            if (Vocabulary.MEASURES.contains(key) && !compound) {
                return new CountedNoun(CountedNoun.OTHER, k + 1, t.text(), null, null, null, words);
            }
            if ((key.equals("and") || key.equals("or")) && words > 0 && termNounAhead(tokens, k + 1, to)) {
                words++; // "12,000 new and repeated displacements" (not "600 wives and children")
                continue;
            }
            if (!compound && (Vocabulary.NP_STOPS.contains(key) || Vocabulary.CASUALTY.contains(key)
                    || Vocabulary.HEDGES.contains(key) || t.kind() == Token.Kind.NUMBER)) {
                break;
            }
            Term tr = Vocabulary.TRIGGERS.get(key);
            if (tr != null && k + 1 < to && Vocabulary.FACILITIES.contains(tokens.get(k + 1).key())) {
                return new CountedNoun(CountedNoun.OTHER, k + 2, ArticleView.text(a, k, k + 2), null, null, null, words); // "501 evacuation centres"
            }
            if (tr != null && words == 0 && !nextIsNoun(tokens, k + 1, to)
                    && !(tr.housing() && k + 1 < to && Vocabulary.HOUSING.contains(tokens.get(k + 1).key()))) {
                // "5,000 fled", "60 destroyed": a verb right after the number, no noun ("144,044 evacuated people" has one)
                if (!(key.equals("displaced") || key.equals("homeless") || key.equals("stranded"))) {
                    break;
                }
            }
            if (tr != null) {
                adjective = tr;
                adjectiveText = t.text();
                if (tr == Term.DAMAGED_HOUSING && k > j && Vocabulary.COMPLETELY.contains(tokens.get(k - 1).key())) {
                    adjective = Term.DESTROYED_HOUSING; // "412 totally damaged houses": destroyed (disaster agencies' wording)
                    adjectiveText = ArticleView.text(a, k - 1, k + 1);
                }
            }
            if (tr == null && words == 0 && adverb(t)) {
                continue; // "2,300 partially damaged", "5,000 reportedly fled": no noun yet
            }
            words++;
        }
        return new CountedNoun(CountedNoun.NONE, qe, null, null, null, null, words);
    }

    /** A noun that carries its term ("displacements", "IDPs", "refugees") within two words, no stop between. */
    private static boolean termNounAhead(List<Token> tokens, int k, int to) {
        for (int n = k; n < Math.min(to, k + 3); n++) {
            String key = tokens.get(n).key();
            if (Vocabulary.TERM_NOUNS.containsKey(key) && !key.equals("displaced") && !key.equals("homeless")) {
                return true;
            }
            if (!tokens.get(n).isWord() || Vocabulary.NP_STOPS.contains(key)) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case word in "-ly" that is no noun of the lists above ("partially", "reportedly", not "family"). */
    static boolean adverb(Token t) {
        String key = t.key();
        return key.length() > 4 && key.endsWith("ly") && Character.isLowerCase(t.text().charAt(0));
    }

    static boolean nextIsNoun(List<Token> tokens, int k, int to) {
        for (int n = k; n < Math.min(to, k + 3); n++) {
            String key = tokens.get(n).key();
            if (Vocabulary.PEOPLE.contains(key) || Vocabulary.HOUSEHOLDS.contains(key)
                    || Vocabulary.TERM_NOUNS.containsKey(key) && !key.equals("displaced")) {
                return true;
            }
            if (!tokens.get(n).isWord() || Vocabulary.NP_STOPS.contains(key)) {
                return false;
            }
        }
        return false;
    }
}
