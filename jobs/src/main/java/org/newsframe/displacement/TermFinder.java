package org.newsframe.displacement;

import java.util.List;
import java.util.Set;
import org.newsframe.text.Token;

/**
 * The term of a figure: what the sentence says happened to the people or homes a number counts, read from
 * the words around it in order (event noun before, active verb before, verb after in the clause, the noun
 * itself), or a reason it is no figure at all (a casualty word, a hedge).
 */
final class TermFinder {

    /**
     * The term, the words that gave it and, for a term found after the noun, the token after those words;
     * {@link #CASUALTY} and {@link #HEDGED} say the number is no figure.
     */
    record Match(Term term, String trigger, int end) {
        /** A match whose position does not matter (before the number, or inherited). */
        Match(Term term, String trigger) {
            this(term, trigger, -1);
        }
    }

    static final Match CASUALTY = new Match(null, "casualty");
    static final Match HEDGED = new Match(null, "hedge");

    static final int TERM_WINDOW = 10;

    private TermFinder() {}

    /** An elided figure with no verb of its own: "... and 2,000 in Badghis", "... and 363,832 in Puri district." */
    static boolean ownsNoVerb(List<Token> tokens, int k, int to) {
        if (k >= to) {
            return true;
        }
        Token t = tokens.get(k);
        return !t.isWord() || Vocabulary.ELIDED_FOLLOWERS.contains(t.key());
    }

    /**
     * The term of a figure: event noun before, active verb before, verb after in the clause, term in the noun.
     * Null when none; {@link #CASUALTY} or {@link #HEDGED} when the number is something else.
     */
    static Match term(ArticleView a, CountedNoun head, int qs0, int qe, int from, int limit, int previousEnd, Figure previous,
                       int previousHeadEnd) {
        List<Token> tokens = a.tokens;
        // skip determiners before the number: "the return of the 1,005 families", "displacing another 2,000"
        int b = qs0 - 1;
        while (b >= Math.max(from, previousEnd) && Vocabulary.DETERMINERS.contains(tokens.get(b).key())) {
            b--;
        }
        // "disasters displaced a total of 13.76 million people": the verb acts on the total
        if (b - 2 >= Math.max(from, previousEnd) && tokens.get(b).key().equals("of") && tokens.get(b - 1).key().equals("total")
                && (tokens.get(b - 2).key().equals("a") || tokens.get(b - 2).key().equals("the"))) {
            b -= 3;
        }
        // a phrase right after a noun without a term is the most specific cue after it ("were registered as
        // displaced", "staying in emergency shelters"); it applies once nothing before the number rules it out
        Match phrase = head.term() != null ? null : PhraseTriggers.after(a, head.end(),
                a.text.sentences().get(a.text.sentenceAt(tokens.get(qs0).begin())).endToken(), head.kind());
        Match causative = null;
        if (b >= from && b >= previousEnd) {
            String key = tokens.get(b).key();
            if ((key.equals("them") || key.equals("whom")) && b - 1 >= Math.max(from, previousEnd)
                    && (tokens.get(b - 1).key().equals("among") || tokens.get(b - 1).key().equals("including"))) {
                key = tokens.get(b - 1).key(); // "displaced 11,000 people, among them 3,500 children"
                b--;
            }
            if (key.equals("including") || key.equals("among") || key.equals("included")) {
                for (int k = b - 1; k >= Math.max(from, b - 9); k--) {
                    if (Vocabulary.CASUALTY.contains(tokens.get(k).key())) {
                        return CASUALTY; // "killed 14 people including three children fleeing"
                    }
                }
                if (previous != null && !key.equals("included") && phrase == null) {
                    return new Match(previous.term(), previous.trigger()); // "104,000 returned, including 46,000 IDPs"
                }
            }
            if (key.equals("of") && b - 1 >= from) {
                int e = b - 1;
                String ev = tokens.get(e).key();
                boolean partOfAFigure = b < qs0 - 1 && Vocabulary.PARTITIVES.contains(ev) && head.unitText() != null;
                if (Vocabulary.NOT_OF.contains(ev) && !partOfAFigure) {
                    return CASUALTY; // "a city of 170,000", "one of the two", "size of 5.2"
                } // but "half of the 70,000 people displaced": the 70,000 are a figure
                if (Vocabulary.EVENTS.containsKey(ev)) {
                    Term t = Vocabulary.EVENTS.get(ev);
                    if (!t.housing() || head.kind() == CountedNoun.HOUSING) {
                        return new Match(t, ArticleView.text(a, e, b + 1));
                    }
                }
                if (Vocabulary.CASUALTY.contains(ev)) {
                    return CASUALTY;
                }
            }
            if (Vocabulary.CASUALTY.contains(key) || Vocabulary.SAMPLING.contains(key) || affecting(tokens, b, from)
                    || key.equals("with") && b - 1 >= from && Vocabulary.SAMPLE_WITH.contains(tokens.get(b - 1).key())) {
                // "vaccinated 9,500 children", "interviews with 2,300 refugees": a sample, not a figure; "affected
                // another 20,000": people affected are not displaced (IDMC keeps them apart)
                return CASUALTY;
            }
            Term active = b == previousHeadEnd ? null : Vocabulary.ACTIVE.get(key); // "27,000 houses destroyed 293,000 …"
            int verb = b;
            if (active == null && head.unitText() != null && b - 1 >= Math.max(from, previousEnd) && b - 1 != previousHeadEnd) {
                // "swept away 31 dwellings", "pushed back 217 migrants", "forcibly returned 420 migrants" (a noun
                // written out: a bare number after a particle verb is too often something else)
                active = Vocabulary.PARTICLE_ACTIVE.get(tokens.get(b - 1).key() + " " + key);
                verb = b - 1;
            }
            if (active != null && (!active.housing() || head.kind() == CountedNoun.HOUSING)) {
                if (hedged(tokens, verb, from, previousEnd)) {
                    return HEDGED;
                }
                if (Vocabulary.HOSTING.contains(key)) {
                    // "the town, which hosts 38,500 IDPs" stays displaced; "hosts 20,000 people displaced by the
                    // fighting" is displaced too: hosting says only where they are
                    Match after = termAfter(a, head, head.end(), limit, null);
                    if (after == CASUALTY || after == HEDGED || after != null && after.term() != null) {
                        return after;
                    }
                    if (head.term() != null) {
                        return new Match(head.term(), head.termText());
                    }
                    int sentenceEnd = a.text.sentences().get(a.text.sentenceAt(tokens.get(qs0).begin())).endToken();
                    if (!otherCue(tokens, from, sentenceEnd, b)) {
                        return null; // "the stadium hosts 50,000 people": no displacement in sight
                    }
                }
                return new Match(active, ArticleView.text(a, verb, b + 1));
            }
            if (Vocabulary.CAUSATIVE.contains(key)) {
                causative = new Match(null, tokens.get(b).text());
            }
        }
        // words before the number in its clause: a hedge ("could see 30,000 evacuated", "is set to see"),
        // a casualty ("killed 14 people including three children fleeing", "the dead included 109 evacuees")
        // or a population size ("a pre-war population of 1.5 million")
        for (int k = qs0 - 1; k >= Math.max(from, Math.max(previousEnd, qs0 - 5)); k--) {
            String key = tokens.get(k).key();
            if (key.equals(".") || key.equals(";") || key.equals("and") || key.equals("but") || key.equals("while")
                    || key.equals("with") || key.equals("after") || key.equals("as") || key.equals("when")) {
                break;
            }
            if (qs0 - k <= 4 && Vocabulary.HEDGES.contains(key) && !key.equals("not")
                    && PeriodFinder.month(tokens.get(k)) == null) {
                return HEDGED;
            }
            if (tokens.get(k).kind() == Token.Kind.HYPHEN && tokens.get(k).end() < tokens.get(k + 1).begin()) {
                break; // a list dash: "1 missing- 82 houses"
            }
            boolean size = Vocabulary.POPULATION_SIZE.contains(key)
                    && !(k + 1 < qs0 && TermPicker.cue(tokens.get(k + 1)) != null) // "Population evacuated 116,129" is no size
                    && !(k > from && Vocabulary.DISPLACED_POPULATIONS.contains(tokens.get(k - 1).key())); // "the camp population"
            if (causative == null && (Vocabulary.CASUALTY.contains(key) || size)) {
                if (k > from && tokens.get(k - 1).kind() == Token.Kind.NUMBER) {
                    break; // "6 dead 800 people evacuated": the word counts the number before it
                }
                return CASUALTY;
            }
            if (key.equals(",")) {
                break;
            }
        }
        if (phrase != null) {
            return phrase; // past the checks before the number: casualties, hedges, sizes
        }
        Match after = termAfter(a, head, head.end(), limit, causative == null ? null : tokens.get(b).key());
        if (after == CASUALTY || after == HEDGED) {
            return after;
        }
        if (after != null && head.term() != null && head.term().housing() && after.term() != null && after.term().housing()) {
            return new Match(head.term(), head.termText()); // "96 totally damaged houses and 240 partially damaged houses": each its own
        }
        if (after != null && !(after.term() == Term.SHELTERED && head.term() != null)) {
            return after; // a change after the noun wins ("displaced families returned"); "IDPs live in camps" stays displaced
        }
        if (head.term() != null) {
            // "Two refugees were among the 14 people killed", "1,900 displaced voters cast ballots": the noun's term,
            // unless its clause says what else happened to them
            return otherEventAhead(a, head.end()) ? CASUALTY : new Match(head.term(), head.termText());
        }
        return null;
    }

    /**
     * "floods affected 40,000 people", "and affected another 20,000": a verb of affecting acts on the number
     * — not "the affected five families" (an adjective) nor "451,000 people affected 34,000 evacuated" (the
     * participle of the count before).
     */
    private static boolean affecting(List<Token> tokens, int b, int from) {
        if (!Vocabulary.AFFECTING.contains(tokens.get(b).key())) {
            return false;
        }
        if (b == from) {
            return false;
        }
        Token before = tokens.get(b - 1);
        String key = before.key();
        return before.isWord() && !Vocabulary.DETERMINERS.contains(key) && !Vocabulary.PEOPLE.contains(key)
                && !Vocabulary.HOUSEHOLDS.contains(key) && !Vocabulary.HOUSING.contains(key)
                && !Vocabulary.TERM_NOUNS.containsKey(key);
    }

    /** After a term noun: a casualty or another event in its clause, before a trigger of its own. */
    static boolean otherEventAhead(ArticleView a, int from) {
        List<Token> tokens = a.tokens;
        if (from >= tokens.size()) {
            return false;
        }
        int sentenceEnd = a.text.sentences().get(a.text.sentenceAt(tokens.get(Math.max(0, from - 1)).begin())).endToken();
        return eventAhead(tokens, from, Math.min(sentenceEnd, from + 10), false);
    }

    /**
     * A casualty or another event in [from, to) before punctuation or a clause stop: what happened to the
     * counted people next ("21 people who had taken shelter in Turkey were killed"). After a trigger
     * ({@code afterTrigger}) a number ends the clause of the figure; after a term noun a trigger does, and a
     * number does not ("two refugees were among the 14 people killed").
     */
    static boolean eventAhead(List<Token> tokens, int from, int to, boolean afterTrigger) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            String key = t.key();
            if (t.kind() == Token.Kind.PUNCT || Vocabulary.POST_STOPS.contains(key)
                    || (afterTrigger ? t.kind() == Token.Kind.NUMBER : Vocabulary.TRIGGERS.containsKey(key))) {
                return false;
            }
            if (Vocabulary.CASUALTY.contains(key) || Vocabulary.OTHER_EVENTS.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs after which "to" leads to where people stay: "300 of them were taken to municipal shelters". */
    private static final java.util.Set<String> TAKEN = java.util.Set.of("taken", "brought", "admitted", "transported");

    /** A displacement word in [from, to) other than the verb of hosting at {@code verb}. */
    private static boolean otherCue(List<Token> tokens, int from, int to, int verb) {
        for (int k = from; k < to; k++) {
            if (k != verb && TermPicker.cue(tokens.get(k)) != null) {
                return true;
            }
        }
        return false;
    }

    /** A casualty verb at {@code k} with a number of its own right after it: "killed three people", "killing at least 12". */
    private static boolean ownCount(ArticleView a, int k, int sentenceEnd) {
        List<Token> tokens = a.tokens;
        if (!tokens.get(k - 1).key().equals(",") && !Vocabulary.RELATIVES.contains(tokens.get(k - 1).key())) {
            return false;
        }
        for (int p = k + 1; p < Math.min(sentenceEnd, k + 4); p++) {
            if (tokens.get(p).kind() == Token.Kind.NUMBER || !NumberParser.parse(a.text.text(), tokens, p, p + 1).isEmpty()) {
                return true;
            }
            if (!Vocabulary.DETERMINERS.contains(tokens.get(p).key()) && !Vocabulary.QUALIFIER_WORDS.contains(tokens.get(p).key())) {
                return false;
            }
        }
        return false;
    }

    /** Hedge words just before a verb: "could displace", "plans to evacuate". */
    static boolean hedged(List<Token> tokens, int verb, int from, int previousEnd) {
        for (int k = verb - 1; k >= Math.max(from, Math.max(previousEnd, verb - 3)); k--) {
            if (Vocabulary.HEDGES.contains(tokens.get(k).key()) && PeriodFinder.month(tokens.get(k)) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first term word after the noun phrase, within the clause. {@code causative} is the verb before the
     * number, when it needs a complement: "forced 800 families from their homes", "forced 17,000 to leave".
     */
    static Match termAfter(ArticleView a, CountedNoun head, int start, int limit, String causative) {
        Match found = termAfterClause(a, head, start, limit, causative);
        if (found == null || found.term() == null) {
            return found;
        }
        // what happened next in the clause: "21 people who had taken shelter in Turkey were killed",
        // "hundreds living in camps near Turkey have joined the group"
        List<Token> tokens = a.tokens;
        if (found.end() < 0) {
            return found;
        }
        int sentenceEnd = a.text.sentences().get(a.text.sentenceAt(tokens.get(Math.max(0, start - 1)).begin())).endToken();
        return eventAhead(tokens, found.end(), Math.min(sentenceEnd, found.end() + 12), true) ? CASUALTY : found;
    }

    /**
     * The scan after the noun, token by token within {@link #TERM_WINDOW}: counts that share the verb and
     * asides ("or 4,475 families", a parenthesis) are skipped, widening the window; a clause stop or a
     * report verb ends it without a term; a hedge or another event ends it as {@link #HEDGED} or
     * {@link #CASUALTY}; then, at each position, an evacuation order ("were ordered to leave"), the
     * complement of the verb before the number ({@link ClauseTriggers#COMPLEMENTS}), a multi-word phrase
     * ({@link ClauseTriggers#PHRASES}), a place of shelter, and a single trigger word that fits the noun.
     */
    static Match termAfterClause(ArticleView a, CountedNoun head, int start, int limit, String causative) {
        List<Token> tokens = a.tokens;
        int sentenceEnd = a.text.sentences().get(a.text.sentenceAt(tokens.get(Math.max(0, start - 1)).begin())).endToken();
        boolean skipped = false;
        int stayFrom = start; // after an aside, what stands between the aside and "in camps"
        int end = Math.min(limit, start + TERM_WINDOW);
        for (int k = start; k < end; k++) {
            int shared = k == start || k == start + 1 && tokens.get(start).key().equals(",") ? coordinated(tokens, k, sentenceEnd) : -1;
            if (shared > k) {
                // "374 houses and 700 ha of crops were inundated", "nine homes, two cottages and two barns have been
                // flooded": the counts share the verb after the last of them
                end = Math.min(sentenceEnd, Math.max(end, shared + TERM_WINDOW / 2));
                limit = Math.max(limit, end);
                k = shared - 1;
                continue;
            }
            Token t = tokens.get(k);
            String key = t.key();
            if (t.kind() == Token.Kind.PUNCT && (key.equals(".") || key.equals(";") || key.equals(":")
                    || key.equals("?") || key.equals("!"))) {
                return null;
            }
            boolean passiveReport = k > start && Vocabulary.PASSIVE_AUX.contains(tokens.get(k - 1).key()) && k + 1 < sentenceEnd
                    && (tokens.get(k + 1).key().equals("to") || Vocabulary.TRIGGERS.containsKey(tokens.get(k + 1).key())
                        || Vocabulary.RECORDED_IN.contains(key) && tokens.get(k + 1).key().equals("in"));
            // "were reported displaced", "are estimated to have been displaced": the report is the clause's verb
            if (Vocabulary.CLAUSE_STOPS.contains(key) || Vocabulary.REPORTING.contains(key) && k > start && !passiveReport) {
                return null;
            }
            boolean inNeed = (key.equals("need") || key.equals("needs")) && k > start && tokens.get(k - 1).key().equals("in");
            if (Vocabulary.HEDGES.contains(key) && !inNeed && !(key.equals("not") && k + 1 < end
                    && tokens.get(k + 1).key().equals("only")) && PeriodFinder.month(t) == null) {
                return HEDGED;
            }
            if (Vocabulary.CASUALTY.contains(key) && k > start + 1 && ownCount(a, k, sentenceEnd)) {
                return null; // "38,500 IDPs, was hit by shelling that killed three people": the casualties have their own count
            }
            if (Vocabulary.CASUALTY.contains(key) || Vocabulary.OTHER_EVENTS.contains(key)) {
                return CASUALTY;
            }
            if (key.equals("or") && !skipped && k + 1 < sentenceEnd && tokens.get(k + 1).kind() == Token.Kind.NUMBER) {
                // "14,382 people or 4,475 families were evacuated": skip the alternative count
                int skip = k + 2;
                while (skip < Math.min(sentenceEnd, k + 5) && tokens.get(skip).isWord()
                        && !Vocabulary.TRIGGERS.containsKey(tokens.get(skip).key()) && !Vocabulary.STAY.contains(tokens.get(skip).key())) {
                    skip++;
                }
                limit = sentenceEnd;
                end = Math.min(limit, Math.max(end, skip + TERM_WINDOW / 2));
                k = skip - 1;
                stayFrom = skip;
                skipped = true; // one aside per figure keeps the scan bounded
                continue;
            }
            Match order = Vocabulary.ORDERED.contains(key) && k > start ? evacuationOrder(a, k, sentenceEnd) : null;
            if (order != null) {
                return order;
            }
            if (key.equals("(") && !skipped) {
                // a parenthesis inside the clause: "2,759 persons (around 460 families) became homeless"
                int close = k + 1;
                while (close < sentenceEnd && close < k + 30 && !tokens.get(close).key().equals(")")) {
                    close++;
                }
                if (close < sentenceEnd && tokens.get(close).key().equals(")")) {
                    limit = sentenceEnd; // a number inside the parenthesis is not the next figure's start
                    end = Math.min(limit, Math.max(end, close + 1 + TERM_WINDOW / 2));
                    k = close;
                    stayFrom = close + 1;
                    skipped = true;
                    continue;
                }
                return null;
            }
            if (causative != null && k == start && head.kind() != CountedNoun.HOUSING) {
                // the complement of the verb before the number: "forced 800 families from their homes"
                ClauseTriggers.Found c = ClauseTriggers.complement(tokens, k, end, causative);
                if (c != null) {
                    return new Match(c.phrase().term(), causative + " … " + ArticleView.text(a, k, c.end()), c.end());
                }
            }
            // multi-word phrases: typed data, in order
            ClauseTriggers.Found phrase = ClauseTriggers.at(tokens, k, end, sentenceEnd, head.kind());
            if (phrase != null) {
                return switch (phrase.phrase().says()) {
                    case TERM -> new Match(phrase.phrase().term(), ArticleView.text(a, k, phrase.end()), phrase.end());
                    case CASUALTY -> CASUALTY;
                    case NOTHING -> null;
                };
            }
            Match shelter = (key.equals("in") || key.equals("into") || key.equals("at") || key.equals("inside")
                    || key.equals("to") && k > start && TAKEN.contains(tokens.get(k - 1).key())) && head.kind() != CountedNoun.HOUSING
                    && staysBetween(tokens, stayFrom, k) ? placeOfShelter(a, k, sentenceEnd) : null;
            if (shelter != null) {
                return shelter;
            }
            Term term = Vocabulary.TRIGGERS.get(key);
            if (term != null && t.isWord()) {
                boolean housingHead = head.kind() == CountedNoun.HOUSING;
                if (term.housing() && !housingHead) {
                    continue; // "flooded" about people: not a term for them
                }
                if (housingHead && !term.housing() && !(term == Term.EVACUATED && k - start <= 3)) {
                    continue; // homes are destroyed or damaged; "500 homes were evacuated" right after the noun
                }
                if (key.equals("trapped")) {
                    for (int p = k + 1; p < Math.min(sentenceEnd, k + 7); p++) {
                        if (Vocabulary.RESCUE.contains(tokens.get(p).key())) {
                            return CASUALTY; // "trapped under the rubble … rescued": search and rescue, not stranding
                        }
                    }
                }
                if ((key.equals("returned") || key.equals("repatriated")) && tokens.get(k - 1).key().equals("forcibly")) {
                    return new Match(Term.DEPORTED, ArticleView.text(a, k - 1, k + 1), k + 1); // "were forcibly returned"
                }
                if (key.equals("return") || key.equals("returns")) {
                    // the noun "return" after the figure rarely concerns it ("ahead of their return", "in return for")
                    if (k > start && (tokens.get(k - 1).key().equals("their") || tokens.get(k - 1).key().equals("in"))) {
                        continue;
                    }
                }
                return new Match(term, t.text(), k + 1);
            }
            if (t.kind() == Token.Kind.NUMBER && k > start && k + 1 < end
                    && Vocabulary.PLACE_PREPOSITIONS.contains(tokens.get(k - 1).key())
                    && Vocabulary.PLACES_COUNTED.contains(tokens.get(k + 1).key())) {
                continue; // "2,500 persons from 11 villages have been evacuated": the places of the figure
            }
            if (t.kind() == Token.Kind.NUMBER || NumberParser.parse(a.text.text(), tokens, k, k + 1).size() > 0
                    && k > start) {
                return null; // the next figure's words
            }
        }
        return null;
    }

    /** "1,000 residents were ordered to leave": an evacuation order to the counted people, the order at {@code k}. */
    private static Match evacuationOrder(ArticleView a, int k, int sentenceEnd) {
        List<Token> tokens = a.tokens;
        if (!Vocabulary.PASSIVE_AUX.contains(tokens.get(k - 1).key())) {
            return null;
        }
        for (int p = k + 1; p + 1 < Math.min(sentenceEnd, k + 7); p++) {
            if (tokens.get(p).key().equals("to") && Vocabulary.LEAVE_VERBS.contains(tokens.get(p + 1).key())) {
                return new Match(Term.EVACUATED, ArticleView.text(a, k, p + 2), p + 2);
            }
        }
        return null;
    }

    /**
     * "staying in around 1,600 relief camps", "in need of emergency shelter": a place of shelter within four
     * words after the "in"/"into"/"at" at {@code k} (numbers and hyphens may stand between; "of" ends it,
     * as in "in command of the Happy Camp", except after "need").
     */
    private static Match placeOfShelter(ArticleView a, int k, int sentenceEnd) {
        List<Token> tokens = a.tokens;
        for (int p = k + 1; p < Math.min(sentenceEnd, k + 5); p++) {
            String pk = tokens.get(p).key();
            if (pk.equals("of") && !tokens.get(p - 1).key().equals("need")) {
                return null;
            }
            if (Vocabulary.SHELTER_PLACES.contains(pk)) {
                return new Match(Term.SHELTERED, ArticleView.text(a, k, p + 1), p + 1);
            }
            if (!tokens.get(p).isWord() && tokens.get(p).kind() != Token.Kind.HYPHEN && tokens.get(p).kind() != Token.Kind.NUMBER) {
                return null;
            }
        }
        return null;
    }

    /**
     * Where a coordinated count that shares the verb ends: at {@code k} an "and" or "," then a number and at
     * most five words of its noun, then an auxiliary or a trigger ("… houses and 700 ha of crops were
     * inundated"); -1 when {@code k} starts no such count.
     */
    static int coordinated(List<Token> tokens, int k, int sentenceEnd) {
        int j = k;
        for (int hops = 0; hops < 4 && j + 1 < sentenceEnd; hops++) {
            String key = tokens.get(j).key();
            if (!(key.equals("and") || key.equals(",")) || tokens.get(j + 1).kind() != Token.Kind.NUMBER
                    && !NumberParser.numberWord(tokens.get(j + 1).key())
                    || key.equals(",") && NumberParser.strayGroup(tokens.get(j + 1))) {
                break; // "61, 000 people": one number split by a stray space, not a list
            }
            int p = j + 2;
            int words = 0;
            while (p < sentenceEnd && words < 5 && tokens.get(p).isWord() && !tokens.get(p).key().equals("and")
                    && !Vocabulary.PASSIVE_AUX.contains(tokens.get(p).key())
                    && !Vocabulary.STAY.contains(tokens.get(p).key()) && !Vocabulary.TRIGGERS.containsKey(tokens.get(p).key())) {
                p++;
                words++;
            }
            if (p >= sentenceEnd || words == 0) {
                return -1;
            }
            String next = tokens.get(p).key();
            if (Vocabulary.PASSIVE_AUX.contains(next) || Vocabulary.STAY.contains(next) || Vocabulary.TRIGGERS.containsKey(next)) {
                return p;
            }
            j = p; // another item of the list: ", two cottages and …"
        }
        return -1;
    }

    /** Only words of staying between the counted noun and "in": "300 people were placed in shelters". */
    static boolean staysBetween(List<Token> tokens, int start, int in) {
        for (int k = start; k < in; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !Vocabulary.STAY.contains(t.key()) && !t.key().endsWith("ly")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A term noun before an elided figure: "the number of IDPs rose to 50,000"; or a stock noun with a term
     * word after it: "the number of people evacuated rose to 31,000", "the displacement figure has climbed
     * to 143,000" (not "the number of evacuation centres rose to 45": the term word counts no facility).
     */
    static Match termBefore(List<Token> tokens, int qs0, int from, int previousEnd) {
        Match stock = null;
        for (int k = qs0 - 1; k >= Math.max(from, Math.max(previousEnd, qs0 - 10)); k--) {
            String key = tokens.get(k).key();
            if (key.equals(".") || key.equals(";") || Vocabulary.CASUALTY.contains(key)) {
                return null;
            }
            if (stock == null && Vocabulary.SHELTER_PLACES.contains(key) && k - 1 >= from
                    && (tokens.get(k - 1).key().equals("in") || tokens.get(k - 1).key().equals("inside")
                        || k - 2 >= from && (tokens.get(k - 2).key().equals("in") || tokens.get(k - 2).key().equals("inside")))
                    && stockBefore(tokens, k, from, 8)) {
                stock = new Match(Term.SHELTERED, tokens.get(k).text()); // "the number of families inside evacuation centres stood at"
            }
            Term trigger = Vocabulary.TRIGGERS.get(key);
            if (stock == null && trigger != null && !trigger.housing() && k + 1 < qs0
                    && !Vocabulary.FACILITIES.contains(tokens.get(k + 1).key()) && stockBefore(tokens, k, from, 4)) {
                stock = new Match(trigger, tokens.get(k).text());
            }
            Term t = Vocabulary.TERM_NOUNS.get(key);
            if (key.equals("seekers") && k > from && tokens.get(k - 1).key().equals("asylum")) {
                t = Term.ASYLUM_SEEKERS;
            }
            if (t != null) {
                // "the dead included 109 evacuees, 13 of whom", "death toll … evacuees rises to 112"
                for (int c = k - 1; c >= Math.max(from, k - 6); c--) {
                    if (Vocabulary.CASUALTY.contains(tokens.get(c).key())) {
                        return null;
                    }
                }
                return new Match(t, t == Term.ASYLUM_SEEKERS ? "asylum seekers" : tokens.get(k).text());
            }
        }
        return stock;
    }

    /** "the number of people evacuated", "the displacement figure": a stock noun just before or after word {@code k}. */
    private static boolean stockBefore(List<Token> tokens, int k, int from, int window) {
        if (k + 1 < tokens.size() && Vocabulary.STOCK_NOUNS.contains(tokens.get(k + 1).key())) {
            return true; // "the displacement figure", "the evacuation total"
        }
        for (int c = k - 1; c >= Math.max(from, k - window); c--) {
            if (Vocabulary.STOCK_NOUNS.contains(tokens.get(c).key())) {
                return true;
            }
        }
        return false;
    }
}
