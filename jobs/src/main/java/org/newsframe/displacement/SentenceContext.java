package org.newsframe.displacement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.actors.Mention;
import org.newsframe.schema.ActorType;
import org.newsframe.text.Sentence;
import org.newsframe.text.Token;

/**
 * Where, why and who for the figures of one sentence: its places by level (gazetteer matches and place
 * mentions, with the rules against false places), its cause words and its reporting verbs, each sorted by
 * token position and computed once per sentence, so a pathological sentence with thousands of numbers stays
 * linear; and the lookups a figure makes in them (nearest place, cause, source).
 */
final class SentenceContext {

    final List<List<int[]>> spansByLevel = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    final List<List<Place>> placesByLevel = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    final List<Integer> causeAt = new ArrayList<>();
    final List<String> causeOf = new ArrayList<>();
    final List<Integer> verbs = new ArrayList<>();
    String[] pronounSource;
    private String previousCause;
    private boolean previousCauseRead;

    /** The last cause word of the sentence before, read once per sentence. */
    String previousCause(ArticleView a, Sentence s) {
        if (!previousCauseRead) {
            previousCauseRead = true;
            if (s.index() > 0) {
                Sentence before = a.text.sentences().get(s.index() - 1);
                for (int t = before.endToken() - 1; t >= before.firstToken() && previousCause == null; t--) {
                    previousCause = causeWord(a.tokens, t, before.firstToken());
                }
            }
        }
        return previousCause;
    }

    /**
     * The place of a level nearest to token {@code at}: not the population's own word (which begins at
     * {@code populationBegin}) and, for "fled", not a destination ("fled to Pakistan"). Searches outwards
     * from the nearest start, at most 20 places each way. Index into the level's lists, or -1.
     */
    int place(int level, int at, boolean skipDestinations, int populationBegin, List<Token> tokens) {
        List<int[]> spans = spansByLevel.get(level);
        if (spans.isEmpty()) {
            return -1;
        }
        List<Integer> starts = new java.util.AbstractList<>() {
            @Override
            public Integer get(int i) {
                return spans.get(i)[0];
            }

            @Override
            public int size() {
                return spans.size();
            }
        };
        int mid = nearest(starts, at);
        int best = -1;
        for (int d = 0; d <= 20; d++) {
            for (int i : new int[] {mid - d, mid + d}) {
                if (i < 0 || i >= spans.size()) {
                    continue;
                }
                int[] span = spans.get(i);
                boolean eligible = !(skipDestinations && span[2] == 1) && tokens.get(span[0]).begin() != populationBegin;
                if (eligible && (best < 0 || Math.abs(span[0] - at) < Math.abs(spans.get(best)[0] - at))) {
                    best = i;
                }
            }
        }
        return best;
    }

    SentenceContext(ArticleView a, Sentence s, Gazetteer gazetteer) {
        List<Token> tokens = a.tokens;
        Map<String, Integer> context = a.countries();
        Set<String> sentenceCountries = new java.util.HashSet<>();
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            Mention m = a.mention(t);
            if (m != null && m.country() != null && m.actorType() == ActorType.COUNTRY) {
                sentenceCountries.add(m.country());
            }
            String c = causeWord(tokens, t, s.firstToken());
            if (c != null) {
                causeAt.add(t);
                causeOf.add(c);
            }
            String key = tokens.get(t).key();
            if (Vocabulary.REPORTING.contains(key) && (!key.equals("according")
                    || t + 1 < s.endToken() && tokens.get(t + 1).key().equals("to"))) {
                verbs.add(t);
            }
        }
        List<Located> found = new ArrayList<>();
        for (Gazetteer.Match g : gazetteer.match(tokens, s.firstToken(), s.endToken())) {
            Mention m = a.mention(g.firstToken());
            if (m != null && m.actorType() != ActorType.LOCATION && !Mention.HEURISTIC.equals(m.source())
                    && !Mention.TAGGER.equals(m.source())) {
                continue; // a country or an actor named like a place ("Georgia", "Hezbollah"); a guessed name may be a place
            }
            if (g.endToken() < s.endToken() && partOfLongerName(tokens.get(g.endToken()))) {
                continue; // "Porto Amboim" is not Porto
            }
            if (g.firstToken() > s.firstToken() && nameBefore(tokens.get(g.firstToken() - 1))) {
                continue; // "Alexander Pama" is a person
            }
            Place picked = pick(g.places(), sentenceCountries, context);
            if (g.endToken() < s.endToken() && Vocabulary.PLACE_KINDS.contains(tokens.get(g.endToken()).key())
                    && !kindAgrees(g.places(), tokens.get(g.endToken()).key())) {
                continue; // "Lyon County" is not Lyon, France
            }
            found.add(new Located(new int[] {g.firstToken(), g.endToken(), destination(tokens, g.firstToken(), s)}, picked));
        }
        int lastMention = -1;
        for (int t = s.firstToken(); t < s.endToken(); t++) {
            int mi = a.spans.spanAt(t);
            if (mi < 0 || mi == lastMention) {
                continue;
            }
            lastMention = mi;
            Mention m = a.mentions.get(mi);
            if (m.country() == null || Mention.PEOPLE.equals(m.form()) || Mention.ADJECTIVE.equals(m.form())) {
                continue; // "Russian forces", "Syrian refugees": actors and populations, not places
            }
            if (Mention.TAGGER.equals(m.source())) {
                continue; // a tagged place has its country from the gazetteer, whose match above knows its level
            }
            int[] span = {t, ArticleView.tokenEnd(tokens, m.end(), t, s.endToken()), destination(tokens, t, s)};
            if (span[1] < s.endToken() && (tokens.get(span[1]).kind() == Token.Kind.HYPHEN
                    || Vocabulary.MEASURES.contains(tokens.get(span[1]).key()))) {
                continue; // "US-backed", "Britain-based", "U.S. dollars"
            }
            if (t == s.firstToken() && tokens.get(t).allCaps() && m.text().length() > 3) {
                continue; // a dateline ("BEIRUT — ...") says where the reporter is
            }
            if (m.actorType() == ActorType.LOCATION) {
                found.add(new Located(span, new Place(m.text(), m.country(), Place.CITY, "city", null)));
            } else if (m.actorType() == ActorType.COUNTRY && !m.metonym()) {
                found.add(new Located(span, new Place(m.actorName(), m.country(), Place.COUNTRY, "country", null)));
            }
        }
        found.sort(Comparator.comparingInt(o -> o.span()[0]));
        for (Located o : found) {
            spansByLevel.get(o.place().level() - 1).add(o.span());
            placesByLevel.get(o.place().level() - 1).add(o.place());
        }
    }

    /** A place the sentence names: tokens [span[0], span[1]), span[2] = 1 when it is a destination; the place. */
    private record Located(int[] span, Place place) {}

    /** 1 when the place follows "to", "into" or "towards" (where people went), else 0. */
    static int destination(List<Token> tokens, int first, Sentence s) {
        return first > s.firstToken() && Vocabulary.DESTINATION.contains(tokens.get(first - 1).key()) ? 1 : 0;
    }

    /** A capitalised word before a place name that makes it part of another name ("Alexander Pama"). */
    static boolean nameBefore(Token prev) {
        return prev.isWord() && prev.capitalized() && !Vocabulary.NAME_OK_BEFORE.contains(prev.key()) && PeriodFinder.month(prev) == null;
    }

    /** A place kind after the name agrees with one of the places it can be ("Oruro Department"). */
    static boolean kindAgrees(List<Place> places, String kind) {
        if (Vocabulary.ANY_PLACE_KINDS.contains(kind)) {
            return true; // "Herat City", "Gaza Strip", "Swat Valley"
        }
        String singular = kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
        for (Place p : places) {
            String k = p.kind() == null ? "" : p.kind().toLowerCase(java.util.Locale.ROOT);
            if (k.startsWith(singular) || kind.equals("region") && p.level() == Place.ADMIN1) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word right after a gazetteer match that is not a place kind: the match is part of another name. */
    static boolean partOfLongerName(Token next) {
        return next.isWord() && next.capitalized() && !Vocabulary.PLACE_KINDS.contains(next.key());
    }

    /** Index of the element of sorted {@code positions} nearest to {@code at}, or -1 when empty. */
    static int nearest(List<Integer> positions, int at) {
        if (positions.isEmpty()) {
            return -1;
        }
        int i = java.util.Collections.binarySearch(positions, at);
        if (i >= 0) {
            return i;
        }
        int ins = -i - 1;
        if (ins == 0) {
            return 0;
        }
        if (ins == positions.size()) {
            return ins - 1;
        }
        return at - positions.get(ins - 1) <= positions.get(ins) - at ? ins - 1 : ins;
    }

    /** Of the places a name can be, the one in a country of the sentence, else of the article, else the first. */
    static Place pick(List<Place> places, Set<String> sentence, Map<String, Integer> article) {
        if (places.size() == 1) {
            return places.get(0);
        }
        for (Place p : places) {
            if (sentence.contains(p.iso3())) {
                return p;
            }
        }
        Place best = places.get(0);
        int bestCount = 0;
        for (Place p : places) {
            int c = article.getOrDefault(p.iso3(), 0);
            if (c > bestCount) {
                best = p;
                bestCount = c;
            }
        }
        return best;
    }

    /** "conflict" or a hazard code for the cause word at token i, else null. */
    static String causeWord(List<Token> tokens, int i, int from) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        String key = t.key();
        if (Vocabulary.CONFLICT.contains(key)) {
            return "conflict";
        }
        String h = Vocabulary.HAZARDS.get(key);
        if (h != null && (key.equals("fire") || key.equals("fires"))) {
            if (i > from && Vocabulary.GUNFIRE.contains(tokens.get(i - 1).key())) {
                return "conflict";
            }
        }
        return h;
    }

    static String[] cause(String word) {
        return word.equals("conflict") ? new String[] {"conflict", null} : new String[] {"disaster", word};
    }

    /**
     * [source text, actor id] of the figure's sentence: the actor next to the nearest reporting verb
     * ("X said", "said X", "according to X"); "he"/"she" takes the person named last in the two sentences
     * before. Null when the sentence names no source.
     */
    static String[] source(ArticleView a, Sentence s, SentenceContext ctx, int at) {
        List<Token> tokens = a.tokens;
        int vi = nearest(ctx.verbs, at);
        if (vi < 0) {
            return null;
        }
        int verb = ctx.verbs.get(vi);
        String key = tokens.get(verb).key();
        if (key.equals("according")) {
            return after(a, verb + 2, s.endToken(), 4);
        }
        // subject before the verb: "Kharoti stated", "the UN has said", "OCHA also reported"
        int b = verb - 1;
        while (b >= s.firstToken() && Vocabulary.BEFORE_VERB.contains(tokens.get(b).key())) {
            b--;
        }
        if (b >= s.firstToken() && tokens.get(b).key().equals(")")) {
            // "The International Committee of the Red Cross (ICRC) said"
            int floor = Math.max(s.firstToken(), b - 30);
            while (b >= floor && !tokens.get(b).key().equals("(")) {
                b--;
            }
            b--;
        }
        // "the Taliban administration said", "Pakistan's disaster management authority said"
        for (int n = 0; n < 3 && b > s.firstToken() && a.mention(b) == null && Vocabulary.SPEAKER_NOUNS.contains(tokens.get(b).key()); n++) {
            b--;
        }
        if (b >= s.firstToken()) {
            Mention m = a.mention(b);
            if (m != null && m.actorType() != ActorType.LOCATION) {
                return new String[] {m.text(), m.actorId()};
            }
            String pk = tokens.get(b).key();
            if ((pk.equals("he") || pk.equals("she")) && s.index() > 0) {
                if (ctx.pronounSource == null) {
                    ctx.pronounSource = lastPerson(a, s);
                }
                if (ctx.pronounSource.length > 0) {
                    return ctx.pronounSource;
                }
            }
        }
        if (key.equals("told") || key.equals("tells")) {
            return null;
        }
        // inverted: "said provincial spokesman Mohammad Yusufi", "said the UN refugee agency"
        return after(a, verb + 1, s.endToken(), 5);
    }

    /** The person named last in the two sentences before {@code s}: [name, id], or an empty array. */
    static String[] lastPerson(ArticleView a, Sentence s) {
        int floor = a.text.sentences().get(Math.max(0, s.index() - 2)).begin();
        // mentions are sorted by begin: find the first one in this sentence, then walk back to the floor
        int lo = 0;
        int hi = a.mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a.mentions.get(mid).begin() < s.begin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0 && a.mentions.get(i).begin() >= floor; i--) {
            Mention m = a.mentions.get(i);
            if (m.actorType() == ActorType.PERSON) {
                return new String[] {m.actorName(), m.actorId()};
            }
        }
        return new String[0];
    }

    /** The first person within {@code window} tokens from {@code k}, else the first other actor, else null. */
    static String[] after(ArticleView a, int k, int to, int window) {
        Mention other = null;
        for (int t = k; t < Math.min(to, k + window); t++) {
            Mention m = a.mention(t);
            if (m == null || m.actorType() == ActorType.LOCATION) {
                String key = a.tokens.get(t).key();
                if (key.equals(",") || key.equals(".") || key.equals("that")) {
                    break;
                }
                continue;
            }
            if (m.actorType() == ActorType.PERSON) {
                return new String[] {m.text(), m.actorId()};
            }
            if (other == null) {
                other = m;
            }
        }
        return other == null ? null : new String[] {other.text(), other.actorId()};
    }
}
