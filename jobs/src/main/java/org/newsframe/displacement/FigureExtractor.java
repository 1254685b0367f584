package org.newsframe.displacement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.actors.ActorType;
import org.newsframe.actors.Mention;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.Token;

/**
 * Finds the displacement figures of an article: every number (from {@link NumberParser}) that counts people
 * or households to whom a displacement term applies, with population, location, country, cause, reference
 * period and attributed source. Plain Java, one pass per sentence that holds a number; the annotate stage
 * calls it with the actor mentions it has already found.
 *
 * <p>For each number, in order:
 * <ol>
 *   <li>not a figure when it is part of a date, a year, money, a percentage, an age, a duration or another
 *       measure ("20-year presence", "$2.5 billion", "August 30", "in 2014");</li>
 *   <li>the counted noun after it: people ("people", "residents", a population such as "Afghans"),
 *       households ("families", "households") or homes ("homes", "houses"); an elided noun ("another 10,000")
 *       takes the unit of the figure before it in the sentence; any other noun means it is not a figure;</li>
 *   <li>the term, first found of: an event noun before it ("the return of"), an active verb before it
 *       ("displacing", "destroying"), a verb after it in the same clause ("have been displaced", "were forced
 *       to flee", "were placed in shelters"), a term in the noun ("IDPs", "displaced families"). A casualty
 *       word ("killed", "injured", "affected") first, or a hedge ("could", "will", "not"), means no figure;</li>
 *   <li>the most specific place in the sentence (city, first-level division, country), its country, else
 *       the population's, else the article's most mentioned country;</li>
 *   <li>cause: hazard or conflict words nearest in the sentence, else in the one before, else the article's
 *       majority; reference period and source ("said X", "X stated", "according to X") from the sentence.</li>
 * </ol>
 * The vocabulary is in {@link Vocabulary}; docs/displacement.md documents it and the IDMC mapping.
 */
public final class FigureExtractor {

    private static final int TERM_WINDOW = 10;

    /** Prepositions that make the country after them a place. */
    private static final Set<String> LOCATIVE = Set.of("in", "across", "from", "into", "inside", "throughout",
            "within", "to", "at", "near", "of");
    private static final int NP_WINDOW = 6;

    private final Gazetteer gazetteer;
    private final HouseholdSizes households;

    public FigureExtractor(Gazetteer gazetteer, HouseholdSizes households) {
        this.gazetteer = gazetteer;
        this.households = households;
    }

    /** The figures of one article, in text order. {@code mentions} are the annotate stage's actor mentions. */
    public List<Figure> extract(AnalyzedText text, List<Mention> mentions, LocalDate pubDate) {
        Article a = new Article(text, mentions, pubDate);
        List<Figure> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Quantity> qs = NumberParser.parse(text.text(), text.tokens(), s.firstToken(), s.endToken());
            if (!qs.isEmpty()) {
                sentence(a, s, qs, out);
            }
        }
        return out;
    }

    /** Per-article state: tokens, which mention covers which token, and lazily the article's context. */
    private final class Article {
        final AnalyzedText text;
        final List<Token> tokens;
        final List<Mention> mentions;
        final int[] mentionAt;
        final LocalDate pub;
        Map<String, Integer> countryCounts;
        String articleCountry;
        String[] articleCause;

        Article(AnalyzedText text, List<Mention> mentions, LocalDate pub) {
            this.text = text;
            this.tokens = text.tokens();
            this.mentions = mentions.stream().sorted(Comparator.comparingInt(Mention::begin)).toList();
            this.pub = pub;
            this.mentionAt = new int[tokens.size()];
            java.util.Arrays.fill(mentionAt, -1);
            int k = 0;
            for (int m = 0; m < this.mentions.size(); m++) {
                Mention x = this.mentions.get(m);
                while (k > 0 && tokens.get(k - 1).end() > x.begin()) {
                    k--;
                }
                while (k < tokens.size() && tokens.get(k).end() <= x.begin()) {
                    k++;
                }
                for (int t = k; t < tokens.size() && tokens.get(t).begin() < x.end(); t++) {
                    mentionAt[t] = m;
                }
            }
        }

        int tokenAtOffset(int offset) {
            return tokenAt(tokens, offset, 0, tokens.size());
        }

        Mention mention(int token) {
            return mentionAt[token] < 0 ? null : mentions.get(mentionAt[token]);
        }

        /** Countries named in the article (dictionary mentions and unambiguous gazetteer places), by count. */
        Map<String, Integer> countries() {
            if (countryCounts == null) {
                countryCounts = new LinkedHashMap<>();
                // places weigh more than actors: a country after "in"/"across"/"from" or a named city or
                // province says where; "Russia said" or "Russian forces" says who
                for (Mention m : mentions) {
                    if (m.country() == null || !(m.actorType() == ActorType.COUNTRY || m.actorType() == ActorType.LOCATION)) {
                        continue;
                    }
                    int t = tokenAtOffset(m.begin());
                    boolean locative = t > 0 && LOCATIVE.contains(tokens.get(t - 1).key());
                    countryCounts.merge(m.country(), locative || m.actorType() == ActorType.LOCATION ? 3 : 1, Integer::sum);
                }
                for (Gazetteer.Match g : gazetteer.match(tokens, 0, tokens.size())) {
                    if (g.places().stream().map(Place::iso3).distinct().count() == 1 && mention(g.firstToken()) == null) {
                        countryCounts.merge(g.places().get(0).iso3(), 2, Integer::sum);
                    }
                }
                int best = 0;
                for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
                    if (e.getValue() > best) {
                        best = e.getValue();
                        articleCountry = e.getKey();
                    }
                }
            }
            return countryCounts;
        }

        /** [cause, hazard] by majority of cause words over the article, or null. */
        String[] cause() {
            if (articleCause == null) {
                Map<String, Integer> hazards = new HashMap<>();
                int conflict = 0;
                int disaster = 0;
                for (int i = 0; i < tokens.size(); i++) {
                    String c = causeWord(tokens, i, 0);
                    if (c == null) {
                        continue;
                    }
                    if (c.equals("conflict")) {
                        conflict++;
                    } else {
                        disaster++;
                        hazards.merge(c, 1, Integer::sum);
                    }
                }
                if (conflict >= 2 && conflict > disaster) {
                    articleCause = new String[] {"conflict", null};
                } else if (disaster >= 2 && disaster > conflict) {
                    String h = hazards.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
                    articleCause = new String[] {"disaster", h};
                } else {
                    articleCause = new String[0];
                }
            }
            return articleCause.length == 0 ? null : articleCause;
        }
    }

    /** What the noun phrase after a number counts. */
    private record Head(int kind, int end, String unitText, Term term, String termText, Mention population,
                        int words) {
        static final int NONE = 0;
        static final int PEOPLE = 1;
        static final int HOUSEHOLDS = 2;
        static final int HOUSING = 3;
        static final int OTHER = 4;
    }

    private record Found(Term term, String trigger) {}

    private static final Found CASUALTY = new Found(null, "casualty");
    private static final Found HEDGED = new Found(null, "hedge");

    private void sentence(Article a, Sentence s, List<Quantity> qs, List<Figure> out) {
        List<Token> tokens = a.tokens;
        int from = s.firstToken();
        int to = s.endToken();
        List<PeriodFinder.DateSpan> dates = PeriodFinder.dates(tokens, from, to, a.pub);
        boolean[] inDate = new boolean[to - from];
        for (PeriodFinder.DateSpan d : dates) {
            for (int t = d.first(); t < d.end(); t++) {
                inDate[t - from] = true;
            }
        }
        int[][] spans = new int[qs.size()][];
        for (int k = 0; k < qs.size(); k++) {
            spans[k] = new int[] {tokenAt(tokens, qs.get(k).begin(), from, to), tokenEnd(tokens, qs.get(k).end(), from, to)};
        }
        List<Period> periods = null;
        SentenceContext ctx = null;
        Figure previous = null;
        Head previousHead = null;
        int previousHeadEnd = -1;
        for (int k = 0; k < qs.size(); k++) {
            Quantity q = qs.get(k);
            int qs0 = spans[k][0];
            int qe = spans[k][1];
            int nextQuantity = k + 1 < qs.size() ? spans[k + 1][0] : to;
            if (q.value() <= 0 || excluded(tokens, q, qs0, qe, from, to, inDate)) {
                continue;
            }
            Head head = head(a, qs0, qe, to, q.vague());
            if (head.kind == Head.OTHER) {
                continue;
            }
            if (head.kind == Head.NONE) {
                if (head.words > 0) {
                    continue;
                }
                if (previousHead != null) {
                    head = new Head(previousHead.kind, head.end, null, null, null, previousHead.population, 0);
                } else {
                    // "close to 1,000 were evacuated", "628,000 relocated", "the number of IDPs rose to 50,000",
                    // "forced 17,000 to leave", "85,000 of which have been relocated"
                    Found back = termBefore(tokens, qs0, from, k > 0 ? spans[k - 1][1] : from);
                    Head people = new Head(Head.PEOPLE, head.end, null, null, null, null, 0);
                    Found ahead = back == null ? term(a, people, qs0, qe, from, Math.min(nextQuantity, head.end + 4),
                            k > 0 ? spans[k - 1][1] : from, null, -1) : null;
                    if (back == null && (ahead == null || ahead.term == null)) {
                        continue;
                    }
                    head = back != null ? new Head(Head.PEOPLE, head.end, null, back.term, back.trigger, null, 0) : people;
                }
            }
            if (yearLike(tokens, q, qs0, qe) && head.unitText == null) {
                continue;
            }
            if ("others".equalsIgnoreCase(head.unitText) && previousHead != null) {
                // "destroyed 500 shelters and damaged about 1,000 others": the noun of the figure before
                head = new Head(previousHead.kind, head.end, head.unitText, head.term, head.termText, previousHead.population, 0);
            }
            Found found = term(a, head, qs0, qe, from, Math.min(nextQuantity, to), k > 0 ? spans[k - 1][1] : from,
                    previous, previousHeadEnd);
            if (found == CASUALTY || found == HEDGED) {
                continue;
            }
            if (found == null && head.unitText == null && previous != null && ownsNoVerb(tokens, head.end, to)) {
                found = new Found(previous.term(), previous.trigger()); // "3,000 families in Herat and 2,000 in Badghis"
            }
            if (found == null || found.term == null) {
                continue;
            }
            if (head.kind == Head.HOUSING && !found.term.housing() && head.unitText == null) {
                head = new Head(Head.PEOPLE, head.end, null, head.term, head.termText, null, 0); // "... houses damaged; 34,000 evacuated"
            }
            if (head.kind == Head.HOUSING && !found.term.housing() && found.term != Term.EVACUATED) {
                continue; // homes are counted as destroyed, damaged or evacuated
            }
            String unit = head.kind == Head.PEOPLE ? Figure.PEOPLE : Figure.HOUSEHOLDS;
            if (found.term.housing() && head.kind == Head.PEOPLE) {
                continue;
            }
            if (periods == null) {
                periods = PeriodFinder.periods(a.text.text(), tokens, from, to, dates, a.pub);
                ctx = new SentenceContext(a, s);
            }
            Figure f = figure(a, s, ctx, q, qs0, qe, head, found, unit, periods);
            out.add(f);
            previous = f;
            previousHead = head;
            previousHeadEnd = head.end;
        }
    }

    /**
     * What a sentence offers every figure in it, computed once (so a pathological sentence with thousands of
     * numbers stays linear): places by level, cause words and reporting verbs, each sorted by token position.
     */
    private final class SentenceContext {
        final List<List<int[]>> spansByLevel = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        final List<List<Place>> placesByLevel = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        final List<Integer> causeAt = new ArrayList<>();
        final List<String> causeOf = new ArrayList<>();
        final List<Integer> verbs = new ArrayList<>();
        String[] pronounSource;

        SentenceContext(Article a, Sentence s) {
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
            List<Object[]> found = new ArrayList<>();
            for (Gazetteer.Match g : gazetteer.match(tokens, s.firstToken(), s.endToken())) {
                Mention m = a.mention(g.firstToken());
                if (m != null && m.actorType() != ActorType.LOCATION && !Mention.HEURISTIC.equals(m.source())) {
                    continue; // a country or an actor named like a place ("Georgia", "Hezbollah")
                }
                if (g.endToken() < s.endToken() && partOfLongerName(tokens.get(g.endToken()))) {
                    continue; // "Porto Amboim" is not Porto
                }
                if (g.firstToken() > s.firstToken() && nameBefore(tokens.get(g.firstToken() - 1))) {
                    continue; // "Alexander Pama" is a person
                }
                Place picked = pick(g.places(), sentenceCountries, context);
                if (g.endToken() < s.endToken() && PLACE_KINDS.contains(tokens.get(g.endToken()).key())
                        && !kindAgrees(g.places(), tokens.get(g.endToken()).key())) {
                    continue; // "Lyon County" is not Lyon, France
                }
                found.add(new Object[] {new int[] {g.firstToken(), g.endToken(), destination(tokens, g.firstToken(), s)}, picked});
            }
            int lastMention = -1;
            for (int t = s.firstToken(); t < s.endToken(); t++) {
                int mi = a.mentionAt[t];
                if (mi < 0 || mi == lastMention) {
                    continue;
                }
                lastMention = mi;
                Mention m = a.mentions.get(mi);
                if (m.country() == null || Mention.PEOPLE.equals(m.form()) || Mention.ADJECTIVE.equals(m.form())) {
                    continue; // "Russian forces", "Syrian refugees": actors and populations, not places
                }
                int[] span = {t, tokenEnd(tokens, m.end(), t, s.endToken()), destination(tokens, t, s)};
                if (span[1] < s.endToken() && (tokens.get(span[1]).kind() == Token.Kind.HYPHEN
                        || Vocabulary.MEASURES.contains(tokens.get(span[1]).key()))) {
                    continue; // "US-backed", "Britain-based", "U.S. dollars"
                }
                if (t == s.firstToken() && tokens.get(t).allCaps() && m.text().length() > 3) {
                    continue; // a dateline ("BEIRUT — ...") says where the reporter is
                }
                if (m.actorType() == ActorType.LOCATION) {
                    found.add(new Object[] {span, new Place(m.text(), m.country(), Place.CITY, "city", null)});
                } else if (m.actorType() == ActorType.COUNTRY && !m.metonym()) {
                    found.add(new Object[] {span, new Place(m.actorName(), m.country(), Place.COUNTRY, "country", null)});
                }
            }
            found.sort(Comparator.comparingInt(o -> ((int[]) o[0])[0]));
            for (Object[] o : found) {
                Place p = (Place) o[1];
                spansByLevel.get(p.level() - 1).add((int[]) o[0]);
                placesByLevel.get(p.level() - 1).add(p);
            }
        }
    }

    /** 1 when the place follows "to", "into" or "towards" (where people went), else 0. */
    private static int destination(List<Token> tokens, int first, Sentence s) {
        return first > s.firstToken() && Set.of("to", "into", "towards", "toward").contains(tokens.get(first - 1).key()) ? 1 : 0;
    }

    /** A capitalised word before a place name that makes it part of another name ("Alexander Pama"). */
    private static boolean nameBefore(Token prev) {
        return prev.isWord() && prev.capitalized() && !NAME_OK_BEFORE.contains(prev.key()) && PeriodFinder.month(prev) == null;
    }

    /** Capitalised words that may stand before a place name. */
    private static final Set<String> NAME_OK_BEFORE = Set.of("in", "the", "at", "from", "to", "near", "of", "and",
            "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "greater",
            "upper", "lower", "province", "city", "state", "governorate", "district", "region", "across", "inside",
            "outside", "around", "by", "on", "since", "after", "before", "during", "while", "when", "but", "as",
            "for", "with", "into", "rural", "downtown", "northwest", "northeast", "southwest", "southeast",
            "northwestern", "northeastern", "southwestern", "southeastern", "mid", "new", "old", "metro");

    /** A place kind after the name agrees with one of the places it can be ("Oruro Department"). */
    private static boolean kindAgrees(List<Place> places, String kind) {
        for (Place p : places) {
            String k = p.kind() == null ? "" : p.kind().toLowerCase(java.util.Locale.ROOT);
            if (k.startsWith(kind.replaceAll("s$", "")) || kind.equals("city") || kind.equals("town")
                    || kind.equals("area") || kind.equals("areas") || kind.equals("region") && p.level() == Place.ADMIN1
                    || kind.equals("camp") || kind.equals("strip") || kind.equals("valley") || kind.equals("river")
                    || kind.equals("coast") || kind.equals("delta") || kind.equals("basin") || kind.equals("zone")) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words that continue a place name as its kind: "Oruro Department", "Gaza Strip". */
    private static final Set<String> PLACE_KINDS = Set.of("province", "state", "region", "district", "county",
            "city", "governorate", "department", "island", "islands", "prefecture", "municipality", "valley",
            "river", "oblast", "division", "territory", "strip", "camp", "area", "areas", "town", "village",
            "township", "canton", "commune", "zone", "basin", "coast", "delta", "mountains", "highlands", "lake");

    /** A capitalised word right after a gazetteer match that is not a place kind: the match is part of another name. */
    private static boolean partOfLongerName(Token next) {
        return next.isWord() && next.capitalized() && !PLACE_KINDS.contains(next.key());
    }

    /** Index of the element of sorted {@code positions} nearest to {@code at}, or -1 when empty. */
    private static int nearest(List<Integer> positions, int at) {
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

    /** An elided figure with no verb of its own: "... and 2,000 in Badghis", "... and 363,832 in Puri district." */
    private static boolean ownsNoVerb(List<Token> tokens, int k, int to) {
        if (k >= to) {
            return true;
        }
        Token t = tokens.get(k);
        return !t.isWord() || Set.of("in", "from", "at", "and", "or", "respectively", "each", "more", "others",
                "across", "throughout", "on").contains(t.key());
    }

    private Figure figure(Article a, Sentence s, SentenceContext ctx, Quantity q, int qs0, int qe, Head head,
                          Found found, String unit, List<Period> periods) {
        List<Token> tokens = a.tokens;
        String population = null;
        String populationActor = null;
        String populationCountry = null;
        if (head.population != null) {
            population = head.population.text();
            populationActor = head.population.actorId();
            populationCountry = head.population.country();
        }
        // location: the most specific place in the sentence, nearest to the number (not the population's word)
        Place best = null;
        String bestText = null;
        for (int level = 2; level >= 0 && best == null; level--) {
            List<int[]> spans = ctx.spansByLevel.get(level);
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
            int i = nearest(starts, qs0);
            if (i >= 0 && found.term == Term.FLED && spans.get(i)[2] == 1) {
                i = -1; // "fled to Pakistan": the destination is not where they were displaced
                for (int c = 0; c < spans.size() && spans.size() <= 50; c++) {
                    if (spans.get(c)[2] == 0 && (i < 0 || Math.abs(spans.get(c)[0] - qs0) < Math.abs(spans.get(i)[0] - qs0))) {
                        i = c;
                    }
                }
            }
            if (i >= 0 && head.population != null && tokens.get(spans.get(i)[0]).begin() == head.population.begin()) {
                i = spans.size() > 1 ? (i + 1 < spans.size() ? i + 1 : i - 1) : -1;
            }
            if (i >= 0) {
                best = ctx.placesByLevel.get(level).get(i);
                int[] span = spans.get(i);
                bestText = a.text.text().substring(tokens.get(span[0]).begin(), tokens.get(span[1] - 1).end());
            }
        }
        String country;
        String countrySource;
        if (best != null) {
            country = best.iso3();
            countrySource = "location";
        } else if (populationCountry != null) {
            country = populationCountry;
            countrySource = "population";
        } else {
            a.countries();
            country = a.articleCountry;
            countrySource = country == null ? null : "article";
        }
        // cause: nearest cause word in the sentence, else in the sentence before, else the article's majority
        String[] cause = null;
        String causeScope = null;
        int ci = nearest(ctx.causeAt, qs0);
        if (ci >= 0) {
            cause = cause(ctx.causeOf.get(ci));
            causeScope = "sentence";
        } else if (s.index() > 0) {
            Sentence before = a.text.sentences().get(s.index() - 1);
            String c = null;
            for (int t = before.endToken() - 1; t >= before.firstToken() && c == null; t--) {
                c = causeWord(tokens, t, before.firstToken());
            }
            if (c != null) {
                cause = cause(c);
                causeScope = "context";
            }
        }
        if (cause == null) {
            cause = a.cause();
            causeScope = cause == null ? null : "article";
        }
        // reference period: the nearest one stated in the sentence
        Period period = null;
        int periodDistance = Integer.MAX_VALUE;
        for (Period p : periods) {
            int d = p.firstToken() >= qe ? p.firstToken() - qe : Math.max(0, qs0 - p.endToken());
            if (d < periodDistance) {
                period = p;
                periodDistance = d;
            }
        }
        String[] source = source(a, s, ctx, qs0);
        Double size = unit.equals(Figure.HOUSEHOLDS) ? households.size(country) : null;
        long people = size == null ? q.value() : Math.round(q.value() * size);
        return new Figure(s.index(), q.begin(), q.end(), q.value(), q.text(), q.max(), q.qualifier().code(), q.vague(),
                unit, head.unitText, found.term, found.trigger, population, populationActor,
                best == null ? null : bestText, best == null ? null : best.levelName(), country, countrySource,
                cause == null ? null : cause[0], cause == null ? null : cause[1], causeScope,
                period == null ? null : period.text(), period == null ? null : period.start(),
                period == null ? null : period.end(), source == null ? null : source[0],
                source == null ? null : source[1], size, people);
    }

    /** Of the places a name can be, the one in a country of the sentence, else of the article, else the first. */
    private static Place pick(List<Place> places, Set<String> sentence, Map<String, Integer> article) {
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

    // ---- exclusions -------------------------------------------------------------------------------------

    private static boolean excluded(List<Token> tokens, Quantity q, int qs0, int qe, int from, int to, boolean[] inDate) {
        for (int t = qs0; t < qe; t++) {
            if (inDate[t - from]) {
                return true;
            }
            String key = tokens.get(t).key();
            if (Vocabulary.CURRENCY.contains(key) || isCurrencySign(tokens.get(t).text())) {
                return true;
            }
        }
        if (qs0 > from) {
            Token before = tokens.get(qs0 - 1);
            String key = before.key();
            if (Vocabulary.CURRENCY.contains(key) || isCurrencySign(before.text())) {
                return true;
            }
            if (key.equals("aged") || key.equals("age") || key.equals("ages") || key.equals("no") || key.equals("pp")
                    || key.equals("p") || key.equals("page") || key.equals("pages") || key.equals("vol")
                    || key.equals("number") && before.capitalized()) {
                return true;
            }
            // an identifier: "Resolution 2254", "Route 7", "Flight 17" (a capitalised word right before a bare number)
            if (before.kind() == Token.Kind.WORD && before.capitalized() && qs0 - 1 > from
                    && q.qualifier() == Quantity.Qualifier.EXACT && !q.vague()
                    && tokens.get(qs0).kind() == Token.Kind.NUMBER && PeriodFinder.month(before) == null
                    && !Vocabulary.DETERMINERS.contains(key)) {
                return true;
            }
        }
        if (qe < to) {
            Token next = tokens.get(qe);
            String key = next.key();
            if (key.equals("%") || key.equals("percent") || key.equals("pc") || key.equals("per")) {
                return true;
            }
            int m = next.kind() == Token.Kind.HYPHEN ? qe + 1 : qe;
            if (m < to && Vocabulary.MEASURES.contains(tokens.get(m).key())) {
                return true;
            }
            if (key.equals(":") || key.equals("/") || key.equals(".") && qe + 1 < to
                    && tokens.get(qe + 1).kind() == Token.Kind.NUMBER && tokens.get(qe + 1).begin() == next.end()) {
                return true; // times, fractions, scores
            }
        }
        return false;
    }

    private static boolean isCurrencySign(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                return true;
            }
        }
        return false;
    }

    private static boolean yearLike(List<Token> tokens, Quantity q, int qs0, int qe) {
        return qe - qs0 == 1 && q.qualifier() == Quantity.Qualifier.EXACT && PeriodFinder.year(tokens.get(qs0)) != null;
    }

    // ---- the counted noun ------------------------------------------------------------------------------

    private static Head head(Article a, int qs0, int qe, int to, boolean vague) {
        List<Token> tokens = a.tokens;
        int j = qe;
        if (j < to && tokens.get(j).key().equals("of")) {
            String n = j + 1 < to ? tokens.get(j + 1).key() : "";
            if ((n.equals("these") || n.equals("those") || n.equals("the")) && j + 2 < to
                    && !Vocabulary.NP_STOPS.contains(tokens.get(j + 2).key()) && tokens.get(j + 2).isWord()) {
                j += 2; // "3,910 of these families"
            } else if (n.equals("them") || n.equals("whom") || n.equals("those") || n.equals("these") || n.equals("which")) {
                return new Head(Head.NONE, j + 2, null, null, null, null, 0);
            } else if (!vague) {
                return new Head(Head.NONE, j, null, null, null, null, 1);
            } else {
                j++;
            }
        }
        if (j < to && Vocabulary.CASUALTY.contains(tokens.get(j).key())) {
            return new Head(Head.OTHER, j + 1, null, null, null, null, 0); // "6 dead", "13 missing"
        }
        Term adjective = null;
        String adjectiveText = null;
        Mention adjectiveMention = null;
        int words = 0;
        int limit = Math.min(to, j + NP_WINDOW);
        for (int k = j; k < limit; k++) {
            Token t = tokens.get(k);
            String key = t.key();
            Mention m = a.mention(k);
            if (m != null && (m.actorType() == ActorType.POPULATION || Mention.PEOPLE.equals(m.form()))) {
                int end = tokenEnd(tokens, m.end(), k, to);
                // "Afghan refugees" is a people-form mention followed by a counted noun; let the noun win
                if (end < to && Vocabulary.MEASURES.contains(tokens.get(end).key())) {
                    return new Head(Head.OTHER, end + 1, null, null, null, null, words); // "two Shiite villages"
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
                return new Head(Head.PEOPLE, end, m.text(), adjective, adjectiveText, m, words);
            }
            if (m != null && Mention.ADJECTIVE.equals(m.form())) {
                int end = tokenEnd(tokens, m.end(), k, to);
                if (end >= to || !tokens.get(end).isWord() || Vocabulary.NP_STOPS.contains(tokens.get(end).key())
                        || Vocabulary.HEDGES.contains(tokens.get(end).key()) || Vocabulary.STAY.contains(tokens.get(end).key())) {
                    // a demonym used as a noun: "1.4 million Sudanese have been displaced"
                    return new Head(Head.PEOPLE, end, m.text(), adjective, adjectiveText, m, words);
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
                    return new Head(Head.PEOPLE, n + 1, text(a, k, n + 1), Term.ASYLUM_SEEKERS, text(a, k, n + 1),
                            adjectiveMention, words);
                }
            }
            if (Vocabulary.TERM_NOUNS.containsKey(key) && !(key.equals("displaced") || key.equals("homeless"))
                    || (key.equals("displaced") || key.equals("homeless")) && !nextIsNoun(tokens, k + 1, to)) {
                Term term = Vocabulary.TERM_NOUNS.get(key);
                String after = k + 1 < to ? tokens.get(k + 1).key() : "";
                if (Vocabulary.HOUSEHOLDS.contains(after)) { // "500 refugee families"
                    return new Head(Head.HOUSEHOLDS, k + 2, text(a, k, k + 2), term, t.text(), adjectiveMention, words);
                }
                if (Vocabulary.MEASURES.contains(after) || after.equals("camp") || after.equals("status")) {
                    return new Head(Head.OTHER, k + 2, text(a, k, k + 2), null, null, null, words); // "5 IDP camps"
                }
                return new Head(Head.PEOPLE, k + 1, t.text(), term, t.text(), adjectiveMention, words);
            }
            if (Vocabulary.PEOPLE.contains(key)) {
                return new Head(Head.PEOPLE, k + 1, t.text(), adjective, adjectiveText, adjectiveMention, words);
            }
            if (Vocabulary.HOUSEHOLDS.contains(key)) {
                return new Head(Head.HOUSEHOLDS, k + 1, t.text(), adjective, adjectiveText, adjectiveMention, words);
            }
            if (key.equals("housing") && k + 1 < to && tokens.get(k + 1).key().equals("units")) {
                return new Head(Head.HOUSING, k + 2, text(a, k, k + 2), adjective, adjectiveText, null, words);
            }
            if (Vocabulary.HOUSING.contains(key)) {
                return new Head(Head.HOUSING, k + 1, t.text(), adjective, adjectiveText, null, words);
            }
            if (Vocabulary.MEASURES.contains(key) && !compound) {
                return new Head(Head.OTHER, k + 1, t.text(), null, null, null, words);
            }
            if (!compound && (Vocabulary.NP_STOPS.contains(key) || Vocabulary.CASUALTY.contains(key)
                    || Vocabulary.HEDGES.contains(key) || t.kind() == Token.Kind.NUMBER)) {
                break;
            }
            Term tr = Vocabulary.TRIGGERS.get(key);
            if (tr != null && k + 1 < to && Vocabulary.FACILITIES.contains(tokens.get(k + 1).key())) {
                return new Head(Head.OTHER, k + 2, text(a, k, k + 2), null, null, null, words); // "501 evacuation centres"
            }
            if (tr != null && words == 0 && !nextIsNoun(tokens, k + 1, to)) {
                // "5,000 fled", "60 destroyed": a verb right after the number, no noun ("144,044 evacuated people" has one)
                if (!(key.equals("displaced") || key.equals("homeless") || key.equals("stranded"))) {
                    break;
                }
            }
            if (tr != null) {
                adjective = tr;
                adjectiveText = t.text();
            }
            words++;
        }
        return new Head(Head.NONE, qe, null, null, null, null, words);
    }

    private static boolean nextIsNoun(List<Token> tokens, int k, int to) {
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

    // ---- the term ---------------------------------------------------------------------------------------

    /**
     * The term of a figure: event noun before, active verb before, verb after in the clause, term in the noun.
     * Null when none; {@link #CASUALTY} or {@link #HEDGED} when the number is something else.
     */
    private Found term(Article a, Head head, int qs0, int qe, int from, int limit, int previousEnd, Figure previous,
                       int previousHeadEnd) {
        List<Token> tokens = a.tokens;
        // skip determiners before the number: "the return of the 1,005 families", "displacing another 2,000"
        int b = qs0 - 1;
        while (b >= Math.max(from, previousEnd) && Vocabulary.DETERMINERS.contains(tokens.get(b).key())) {
            b--;
        }
        Found causative = null;
        if (b >= from && b >= previousEnd) {
            String key = tokens.get(b).key();
            if (key.equals("including") || key.equals("among") || key.equals("included")) {
                for (int k = b - 1; k >= Math.max(from, b - 9); k--) {
                    if (Vocabulary.CASUALTY.contains(tokens.get(k).key())) {
                        return CASUALTY; // "killed 14 people including three children fleeing"
                    }
                }
                if (previous != null && !key.equals("included")) {
                    return new Found(previous.term(), previous.trigger()); // "104,000 returned, including 46,000 IDPs"
                }
            }
            if (key.equals("of") && b - 1 >= from) {
                int e = b - 1;
                String ev = tokens.get(e).key();
                if (Vocabulary.NOT_OF.contains(ev)) {
                    return CASUALTY; // "a city of 170,000", "one of the two", "size of 5.2"
                }
                if (Vocabulary.EVENTS.containsKey(ev)) {
                    Term t = Vocabulary.EVENTS.get(ev);
                    if (!t.housing() || head.kind == Head.HOUSING) {
                        return new Found(t, text(a, e, b + 1));
                    }
                }
                if (Vocabulary.CASUALTY.contains(ev)) {
                    return CASUALTY;
                }
            }
            if (Vocabulary.CASUALTY.contains(key)) {
                return CASUALTY;
            }
            Term active = b == previousHeadEnd ? null : Vocabulary.ACTIVE.get(key); // "27,000 houses destroyed 293,000 …"
            if (active != null && (!active.housing() || head.kind == Head.HOUSING)) {
                if (hedged(tokens, b, from, previousEnd)) {
                    return HEDGED;
                }
                return new Found(active, tokens.get(b).text());
            }
            if (Vocabulary.CAUSATIVE.contains(key)) {
                causative = new Found(null, tokens.get(b).text());
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
            if (causative == null && (Vocabulary.CASUALTY.contains(key) || Vocabulary.POPULATION_SIZE.contains(key))) {
                if (k > from && tokens.get(k - 1).kind() == Token.Kind.NUMBER) {
                    break; // "6 dead 800 people evacuated": the word counts the number before it
                }
                return CASUALTY;
            }
            if (key.equals(",")) {
                break;
            }
        }
        Found after = termAfter(a, head, head.end, limit, causative == null ? null : tokens.get(b).key());
        if (after == CASUALTY || after == HEDGED) {
            return after;
        }
        if (after != null && !(after.term == Term.SHELTERED && head.term != null)) {
            return after; // a change after the noun wins ("displaced families returned"); "IDPs live in camps" stays displaced
        }
        if (head.term != null) {
            return new Found(head.term, head.termText);
        }
        return null;
    }

    /** Hedge words just before a verb: "could displace", "plans to evacuate". */
    private static boolean hedged(List<Token> tokens, int verb, int from, int previousEnd) {
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
    private Found termAfter(Article a, Head head, int start, int limit, String causative) {
        Found found = termAfterClause(a, head, start, limit, causative);
        if (found == null || found.term == null) {
            return found;
        }
        // what happened next in the clause: "21 people who had taken shelter in Turkey were killed",
        // "hundreds living in camps near Turkey have joined the group"
        List<Token> tokens = a.tokens;
        String[] words = found.trigger.split(" ");
        String last = words[words.length - 1];
        int p = start;
        while (p < tokens.size() && p < start + TERM_WINDOW + 6 && !tokens.get(p).text().equals(last)) {
            p++;
        }
        int sentenceEnd = a.text.sentences().get(a.text.sentenceAt(tokens.get(Math.max(0, start - 1)).begin())).endToken();
        for (int k = p + 1; k < Math.min(sentenceEnd, p + 13); k++) {
            Token t = tokens.get(k);
            String key = t.key();
            if (t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.PUNCT || POST_STOPS.contains(key)) {
                break;
            }
            if (Vocabulary.CASUALTY.contains(key) || Vocabulary.OTHER_EVENTS.contains(key)) {
                return CASUALTY;
            }
        }
        return found;
    }

    /** Nouns between an actor and its reporting verb: "the Taliban administration said". */
    private static final Set<String> SPEAKER_NOUNS = Set.of("administration", "government", "ministry",
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "authorities", "authority", "agency",
            "office", "police", "army", "military", "council", "commission", "department", "committee", "management",
            "disaster", "media", "'s", "'", "said", "chief", "head", "director", "minister", "team", "staff",
            "source", "sources", "mission", "state", "provincial", "local");

    /** Words that end the clause of a trigger: what follows them is another event. */
    private static final Set<String> POST_STOPS = Set.of("that", "which", "who", "after", "as", "when", "because",
            "due", "following", "amid", "since", "by", "but", "while", "and", "or", "before", "until", "where",
            "from", "fleeing", "fled");

    private Found termAfterClause(Article a, Head head, int start, int limit, String causative) {
        List<Token> tokens = a.tokens;
        int sentenceEnd = a.text.sentences().get(a.text.sentenceAt(tokens.get(Math.max(0, start - 1)).begin())).endToken();
        int end = Math.min(limit, start + TERM_WINDOW);
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            String key = t.key();
            if (t.kind() == Token.Kind.PUNCT && (key.equals(".") || key.equals(";") || key.equals(":")
                    || key.equals("?") || key.equals("!"))) {
                return null;
            }
            if (Vocabulary.CLAUSE_STOPS.contains(key) || Vocabulary.REPORTING.contains(key) && k > start) {
                return null;
            }
            if (Vocabulary.HEDGES.contains(key) && !(key.equals("not") && k + 1 < end
                    && tokens.get(k + 1).key().equals("only")) && PeriodFinder.month(t) == null) {
                return HEDGED;
            }
            if (Vocabulary.CASUALTY.contains(key) || Vocabulary.OTHER_EVENTS.contains(key)) {
                return CASUALTY;
            }
            if (key.equals("or") && k + 1 < sentenceEnd && tokens.get(k + 1).kind() == Token.Kind.NUMBER) {
                // "14,382 people or 4,475 families were evacuated": skip the alternative count
                int skip = k + 2;
                while (skip < Math.min(sentenceEnd, k + 5) && tokens.get(skip).isWord()
                        && !Vocabulary.TRIGGERS.containsKey(tokens.get(skip).key()) && !Vocabulary.STAY.contains(tokens.get(skip).key())) {
                    skip++;
                }
                limit = sentenceEnd;
                end = Math.min(limit, Math.max(end, skip + TERM_WINDOW / 2));
                k = skip - 1;
                continue;
            }
            if (Set.of("urged", "ordered", "asked", "advised", "told", "instructed", "warned").contains(key)
                    && k > start && Set.of("were", "was", "been", "are", "is", "being").contains(tokens.get(k - 1).key())) {
                // an evacuation order to the counted people: "1,000 residents were ordered to leave"
                for (int p = k + 1; p + 1 < Math.min(sentenceEnd, k + 7); p++) {
                    if (tokens.get(p).key().equals("to") && Set.of("flee", "leave", "evacuate", "relocate", "move")
                            .contains(tokens.get(p + 1).key())) {
                        return new Found(Term.EVACUATED, text(a, k, p + 2)); // an evacuation order
                    }
                }
            }
            if (key.equals("(")) {
                // a parenthesis inside the clause: "2,759 persons (around 460 families) became homeless"
                int close = k + 1;
                while (close < sentenceEnd && close < k + 30 && !tokens.get(close).key().equals(")")) {
                    close++;
                }
                if (close < sentenceEnd && tokens.get(close).key().equals(")")) {
                    limit = sentenceEnd; // a number inside the parenthesis is not the next figure's start
                    end = Math.min(limit, Math.max(end, close + 1 + TERM_WINDOW / 2));
                    k = close;
                    continue;
                }
                return null;
            }
            String n1 = k + 1 < end ? tokens.get(k + 1).key() : "";
            String n2 = k + 2 < end ? tokens.get(k + 2).key() : "";
            if (causative != null && k == start && head.kind != Head.HOUSING) {
                boolean forcing = Set.of("forced", "forcing", "forces", "force", "driven", "drove", "driving").contains(causative);
                if (forcing && (key.equals("from") || key.equals("out"))) {
                    return new Found(Term.DISPLACED, causative + " … " + t.text());
                }
                if (forcing && key.equals("to") && Set.of("flee", "leave", "abandon").contains(n1)) {
                    return new Found(Term.FLED, causative + " … " + text(a, k, k + 2));
                }
                if (forcing && key.equals("to") && n1.equals("evacuate")) {
                    return new Found(Term.EVACUATED, causative + " … " + text(a, k, k + 2));
                }
                boolean urging = Set.of("urged", "urging", "ordered", "ordering", "asked", "advised", "told", "instructed")
                        .contains(causative);
                if (urging && key.equals("to") && (Set.of("flee", "leave", "evacuate", "relocate", "move").contains(n1)
                        || Set.of("take", "seek").contains(n1) && n2.equals("shelter"))) {
                    return new Found(Term.EVACUATED, causative + " … " + text(a, k, k + 2));
                }
            }
            // multi-word triggers
            if (Set.of("forced", "forcing", "force", "forces").contains(key)) {
                if (n1.equals("to") && Set.of("flee", "leave", "abandon", "evacuate").contains(n2)) {
                    return new Found(n2.equals("evacuate") ? Term.EVACUATED : Term.FLED, text(a, k, k + 3));
                }
                if (n1.equals("from") || n1.equals("out")) {
                    return new Found(Term.DISPLACED, text(a, k, k + 2));
                }
            }
            if (Set.of("driven", "drove", "pushed", "chased").contains(key) && (n1.equals("from") || n1.equals("out"))) {
                return new Found(Term.DISPLACED, text(a, k, k + 2));
            }
            if (Set.of("lost", "lose", "losing").contains(key)) {
                int h = Set.of("their", "its", "his", "her", "our").contains(n1) ? k + 2 : k + 1;
                if (h < end && Set.of("homes", "houses", "home", "house", "shelter").contains(tokens.get(h).key())) {
                    return head.kind == Head.HOUSING ? null : new Found(Term.HOMELESS, text(a, k, h + 1));
                }
                return CASUALTY; // "lost their lives"
            }
            if (Set.of("took", "taken", "taking", "take", "sought", "seeking", "seek", "found", "find").contains(key)
                    && (n1.equals("shelter") || n1.equals("refuge"))) {
                for (int p = k + 2; p < Math.min(sentenceEnd, k + 6); p++) {
                    if (Vocabulary.ABROAD.contains(tokens.get(p).key())) {
                        return new Found(Term.REFUGEES, text(a, k, p + 1)); // "sought refuge in neighbouring countries"
                    }
                }
                return new Found(Term.SHELTERED, text(a, k, k + 2));
            }
            if (Set.of("left", "leave", "leaving", "abandoned", "abandon", "abandoning", "deserted").contains(key)
                    && head.kind != Head.HOUSING) {
                for (int p = k + 1; p < Math.min(end, k + 4); p++) {
                    if (Vocabulary.LEFT_PLACES.contains(tokens.get(p).key())) {
                        return new Found(Term.FLED, text(a, k, p + 1)); // "left the two towns"
                    }
                }
            }
            if (key.equals("without") && (n1.equals("shelter") || n1.equals("homes") || n1.equals("a"))) {
                return new Found(Term.HOMELESS, text(a, k, k + 2));
            }
            if ((key.equals("washed") || key.equals("swept")) && n1.equals("away")) {
                return head.kind == Head.HOUSING ? new Found(Term.DESTROYED_HOUSING, text(a, k, k + 2)) : CASUALTY;
            }
            if (key.equals("cut") && n1.equals("off")) {
                return new Found(Term.STRANDED, text(a, k, k + 2));
            }
            if (Set.of("went", "gone", "go", "going", "came", "come", "coming").contains(key)
                    && (n1.equals("back") || n1.equals("home"))) {
                return new Found(Term.RETURNED, text(a, k, k + 2));
            }
            if ((key.equals("partially") || key.equals("partly")) && (n1.equals("destroyed") || n1.equals("damaged"))) {
                return head.kind == Head.HOUSING ? new Found(Term.DAMAGED_HOUSING, text(a, k, k + 2)) : null;
            }
            if (Set.of("completely", "fully", "totally").contains(key) && n1.equals("damaged")) {
                return head.kind == Head.HOUSING ? new Found(Term.DESTROYED_HOUSING, text(a, k, k + 2)) : null;
            }
            if ((key.equals("in") || key.equals("into") || key.equals("at")) && head.kind != Head.HOUSING
                    && staysBetween(tokens, start, k)) {
                for (int p = k + 1; p < Math.min(end, k + 5); p++) {
                    String pk = tokens.get(p).key();
                    if (Vocabulary.SHELTER_PLACES.contains(pk)) {
                        return new Found(Term.SHELTERED, text(a, k, p + 1));
                    }
                    if (!tokens.get(p).isWord() && tokens.get(p).kind() != Token.Kind.HYPHEN) {
                        break;
                    }
                }
            }
            if (key.equals("moved") && n1.equals("to") && Set.of("safety", "safer", "higher").contains(n2)) {
                return new Found(Term.EVACUATED, text(a, k, k + 3));
            }
            Term term = Vocabulary.TRIGGERS.get(key);
            if (term != null && t.isWord()) {
                boolean housingHead = head.kind == Head.HOUSING;
                if (term.housing() && !housingHead) {
                    continue; // "flooded" about people: not a term for them
                }
                if (housingHead && !term.housing() && !(term == Term.EVACUATED && k - start <= 3)) {
                    continue; // homes are destroyed or damaged; "500 homes were evacuated" right after the noun
                }
                if (key.equals("trapped")) {
                    for (int p = k + 1; p < Math.min(sentenceEnd, k + 7); p++) {
                        if (Set.of("rubble", "debris", "rescued", "collapsed", "wreckage").contains(tokens.get(p).key())) {
                            return CASUALTY; // "trapped under the rubble … rescued": search and rescue, not stranding
                        }
                    }
                }
                if (key.equals("return") || key.equals("returns")) {
                    // the noun "return" after the figure rarely concerns it ("ahead of their return", "in return for")
                    if (k > start && (tokens.get(k - 1).key().equals("their") || tokens.get(k - 1).key().equals("in"))) {
                        continue;
                    }
                }
                return new Found(term, t.text());
            }
            if (t.kind() == Token.Kind.NUMBER || NumberParser.parse(a.text.text(), tokens, k, k + 1).size() > 0
                    && k > start) {
                return null; // the next figure's words
            }
        }
        return null;
    }

    /** Only words of staying between the counted noun and "in": "300 people were placed in shelters". */
    private static boolean staysBetween(List<Token> tokens, int start, int in) {
        for (int k = start; k < in; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && !Vocabulary.STAY.contains(t.key()) && !t.key().endsWith("ly")) {
                return false;
            }
        }
        return true;
    }

    /** A term noun before an elided figure: "the number of IDPs rose to 50,000". */
    private static Found termBefore(List<Token> tokens, int qs0, int from, int previousEnd) {
        for (int k = qs0 - 1; k >= Math.max(from, Math.max(previousEnd, qs0 - 10)); k--) {
            String key = tokens.get(k).key();
            if (key.equals(".") || key.equals(";") || Vocabulary.CASUALTY.contains(key)) {
                return null;
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
                return new Found(t, t == Term.ASYLUM_SEEKERS ? "asylum seekers" : tokens.get(k).text());
            }
        }
        return null;
    }

    // ---- cause and source --------------------------------------------------------------------------------

    /** "conflict" or a hazard code for the cause word at token i, else null. */
    private static String causeWord(List<Token> tokens, int i, int from) {
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

    private static String[] cause(String word) {
        return word.equals("conflict") ? new String[] {"conflict", null} : new String[] {"disaster", word};
    }

    /**
     * [source text, actor id] of the figure's sentence: the actor next to the nearest reporting verb
     * ("X said", "said X", "according to X"); "he"/"she" takes the person named last in the two sentences
     * before. Null when the sentence names no source.
     */
    private static String[] source(Article a, Sentence s, SentenceContext ctx, int at) {
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
        while (b >= s.firstToken() && Set.of("has", "have", "had", "also", "later", "further", "previously",
                "earlier", "recently", "was", "were", "is", "are", "been").contains(tokens.get(b).key())) {
            b--;
        }
        if (b >= s.firstToken() && tokens.get(b).key().equals(")")) {
            // "The International Committee of the Red Cross (ICRC) said"
            while (b >= s.firstToken() && !tokens.get(b).key().equals("(")) {
                b--;
            }
            b--;
        }
        // "the Taliban administration said", "Pakistan's disaster management authority said"
        for (int n = 0; n < 3 && b > s.firstToken() && a.mention(b) == null && SPEAKER_NOUNS.contains(tokens.get(b).key()); n++) {
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
    private static String[] lastPerson(Article a, Sentence s) {
        int floor = a.text.sentences().get(Math.max(0, s.index() - 2)).begin();
        Mention last = null;
        for (Mention m : a.mentions) {
            if (m.begin() >= s.begin()) {
                break;
            }
            if (m.begin() >= floor && m.actorType() == ActorType.PERSON) {
                last = m;
            }
        }
        return last == null ? new String[0] : new String[] {last.actorName(), last.actorId()};
    }

    /** The first person within {@code window} tokens from {@code k}, else the first other actor, else null. */
    private static String[] after(Article a, int k, int to, int window) {
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

    // ---- offsets -------------------------------------------------------------------------------------------

    private static String text(Article a, int first, int end) {
        return a.text.text().substring(a.tokens.get(first).begin(), a.tokens.get(end - 1).end());
    }

    /** The token that starts at (or contains) char offset {@code begin}, within [from, to). */
    private static int tokenAt(List<Token> tokens, int begin, int from, int to) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= begin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One past the last token that ends at or before char offset {@code end}. */
    private static int tokenEnd(List<Token> tokens, int end, int from, int to) {
        int k = tokenAt(tokens, end - 1, from, to);
        return Math.min(k + 1, to);
    }
}
