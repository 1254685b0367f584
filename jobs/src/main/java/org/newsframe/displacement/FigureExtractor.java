package org.newsframe.displacement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsframe.actors.Mention;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.SpanTokens;
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
 *       word ("killed", "injured", "death toll") first, or a hedge ("could", "will", "not"), means no figure;</li>
 *   <li>the most specific place in the sentence (city, first-level division, country), its country, else
 *       the population's, else the article's most mentioned country;</li>
 *   <li>cause: hazard or conflict words nearest in the sentence, else in the one before, else the article's
 *       majority; reference period and source ("said X", "X stated", "according to X") from the sentence.</li>
 * </ol>
 * The steps live in {@link CountedNoun} (the noun), {@link TermFinder} (the term) and {@link SentenceContext}
 * (place, cause, source); the vocabulary is in {@link Vocabulary}; docs/displacement.md documents it and the
 * IDMC mapping.
 */
public final class FigureExtractor {

    private final Gazetteer gazetteer;
    private final HouseholdSizes households;
    private final FigureModel model;

    /** Rules only. */
    public FigureExtractor(Gazetteer gazetteer, HouseholdSizes households) {
        this(gazetteer, households, null);
    }

    /** Rules, then {@code model} (null: none) over the counts of people or households the rules left. */
    public FigureExtractor(Gazetteer gazetteer, HouseholdSizes households, FigureModel model) {
        this.gazetteer = gazetteer;
        this.households = households;
        this.model = model;
    }

    /** The figures of one article, in text order. {@code mentions} are the annotate stage's actor mentions. */
    public List<Figure> extract(AnalyzedText text, List<Mention> mentions, LocalDate pubDate) {
        List<Mention> ordered = mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::begin)).toList();
        return extract(text, ordered, SpanTokens.of(text.tokens(), ordered), pubDate);
    }

    /** The figures of one article; {@code mentions} in text order, {@code spans} their tokens. */
    public List<Figure> extract(AnalyzedText text, List<Mention> mentions, SpanTokens spans, LocalDate pubDate) {
        return run(text, mentions, spans, pubDate, null);
    }

    /**
     * The candidates of an article for the figure model: every count of people or households in a sentence
     * that speaks of displacement which the rules did not keep (what {@code train-figures} labels).
     */
    public List<Candidate> candidates(AnalyzedText text, List<Mention> mentions, LocalDate pubDate) {
        List<Mention> ordered = mentions.stream().sorted(java.util.Comparator.comparingInt(Mention::begin)).toList();
        List<Candidate> sink = new ArrayList<>();
        run(text, ordered, SpanTokens.of(text.tokens(), ordered), pubDate, sink);
        return sink;
    }

    private List<Figure> run(AnalyzedText text, List<Mention> mentions, SpanTokens spans, LocalDate pubDate, List<Candidate> sink) {
        ArticleView a = new ArticleView(text, mentions, spans, pubDate, gazetteer);
        List<Figure> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Quantity> qs = NumberParser.parse(text.text(), text.tokens(), s.firstToken(), s.endToken());
            if (!qs.isEmpty()) {
                int first = out.size();
                RuleOutcome[] outcome = new RuleOutcome[qs.size()];
                CountedNoun[] heads = new CountedNoun[qs.size()];
                int[][] spansOf = sentence(a, s, qs, out, outcome, heads);
                int byRules = out.size();
                beyondRules(a, s, qs, spansOf, outcome, heads, out, sink);
                if (out.size() > byRules && byRules > first) {
                    out.subList(first, out.size()).sort(java.util.Comparator.comparingInt(Figure::begin));
                }
            }
        }
        return out;
    }

    /**
     * The numbers the rules above did not keep, in a sentence with a displacement word: a count in an
     * apposition to a figure takes its term ("the displacement of 2,200 individuals (440 households)"); a
     * count after a label that names its term is a figure ("Total displaced: 34,210 individuals", "Houses
     * destroyed: 214"); a hedged count with a term is a projection; any other count of people or households
     * is a candidate, kept when the figure model says so (or, for training, handed to {@code sink}).
     */
    private void beyondRules(ArticleView a, Sentence s, List<Quantity> qs, int[][] spans, RuleOutcome[] outcome,
                             CountedNoun[] heads, List<Figure> out, List<Candidate> sink) {
        List<Token> tokens = a.tokens;
        int from = s.firstToken();
        int to = s.endToken();
        boolean left = false;
        for (int k = 0; k < qs.size() && !left; k++) {
            left = outcome[k] != RuleOutcome.FIGURE && outcome[k] != RuleOutcome.EXCLUDED && heads[k] != null;
        }
        // most numbers of most sentences are figures or excluded (money, dates, percentages): scan for cues only when one is left
        if (!left || !TermPicker.anyCue(tokens, from, to)) {
            return;
        }
        List<Period> periods = null;
        SentenceContext ctx = null;
        int previousFigureEnd = -1;
        for (int k = 0; k < qs.size(); k++) {
            if (outcome[k] == RuleOutcome.FIGURE) {
                previousFigureEnd = spans[k][1];
            }
            if (outcome[k] == RuleOutcome.FIGURE || outcome[k] == RuleOutcome.EXCLUDED || heads[k] == null) {
                continue;
            }
            Quantity q = qs.get(k);
            int qs0 = spans[k][0];
            int qe = spans[k][1];
            CountedNoun head = heads[k];
            Figure before = k > 0 && outcome[k - 1] == RuleOutcome.FIGURE ? figureAt(out, qs.get(k - 1).begin()) : null;
            TermFinder.Match ruled = null;
            boolean labelled = false;
            if (before != null && outcome[k] == RuleOutcome.NO_TERM && head.unitText() != null
                    && apposition(tokens, heads[k - 1].end(), qs0) && TermPicker.fits(before.term(), head.kind())) {
                ruled = new TermFinder.Match(before.term(), before.trigger());
            } else if (outcome[k] == RuleOutcome.NO_TERM && head.unitText() == null && previousFigureEnd > 0
                    && bringsTotal(tokens, previousFigureEnd, qs0) && lastFigure(out, s.index(), q.begin()) != null) {
                Figure last = lastFigure(out, s.index(), q.begin()); // "Displacements this week: 2,245, bringing the total to 38,960"
                ruled = new TermFinder.Match(last.term(), last.trigger());
                head = new CountedNoun(last.term().housing() ? CountedNoun.HOUSING
                        : Figure.HOUSEHOLDS.equals(last.unit()) ? CountedNoun.HOUSEHOLDS : CountedNoun.PEOPLE,
                        head.end(), null, null, null, null, 0);
            } else if (outcome[k] == RuleOutcome.NO_TERM || outcome[k] == RuleOutcome.NO_NOUN) {
                TermPicker.Label label = TermPicker.label(tokens, qs0, qe, from, to);
                Figure listed = label != null && label.term() == null && !label.countsOther() ? lastFigure(out, s.index(), q.begin()) : null;
                if (listed != null) {
                    label = new TermPicker.Label(listed.term(), label.kind(), listed.trigger()); // "Families displaced: 340; individuals: 1,690"
                }
                if (label != null && label.term() != null) {
                    ruled = new TermFinder.Match(label.term(), label.trigger());
                    Figure earlier = lastFigure(out, s.index(), q.begin());
                    if (head.unitText() == null && label.kind() != CountedNoun.NONE) {
                        head = new CountedNoun(label.kind(), head.end(), null, null, null, null, 0);
                    } else if (head.unitText() == null && earlier != null && Figure.HOUSEHOLDS.equals(earlier.unit())
                            && !earlier.term().housing() && !label.term().housing()) {
                        // "Families displaced: 12 804; of which returned: 9 117": the list goes on counting families
                        head = new CountedNoun(CountedNoun.HOUSEHOLDS, head.end(), null, null, null, null, 0);
                    }
                    if (label.term().housing() != (head.kind() == CountedNoun.HOUSING)) {
                        ruled = null;
                    }
                    labelled = ruled != null;
                }
            }
            String unit = unitOf(head.kind());
            // "Households at risk of eviction: 1,600": a hedged label is a projection too
            String hedge = ruled == null && outcome[k] == RuleOutcome.HEDGED || labelled
                    ? TermPicker.projection(tokens, qs0, head.end(), from, to) : null;
            boolean projected = hedge != null;
            Double score = null;
            if (ruled == null && !projected) {
                if (model == null && sink == null || !modelDecides(outcome[k], head, tokens, to)) {
                    continue;
                }
                List<String> features = CandidateFeatures.of(tokens, from, to, qs0, qe, q, head, outcome[k], previousFigureEnd);
                if (sink != null) {
                    sink.add(new Candidate(s.index(), q.begin(), q.end(), q.value(), unit, outcome[k], features));
                    continue;
                }
                score = model.probability(features);
                if (!model.accepts(score)) {
                    continue;
                }
            } else if (ruled == null && sink != null) {
                continue;
            }
            TermFinder.Match found = ruled == null || !projected ? ruled : new TermFinder.Match(ruled.term(), hedge + " … " + ruled.trigger());
            if (found == null) {
                TermPicker.Pick pick = TermPicker.pick(a, head, qs0, from, to);
                if (pick == null) {
                    continue;
                }
                found = new TermFinder.Match(pick.term(), projected ? hedge + " … " + pick.trigger() : pick.trigger());
            }
            if (periods == null) {
                periods = PeriodFinder.periods(a.text.text(), tokens, from, to,
                        PeriodFinder.dates(tokens, from, to, a.pub), a.pub);
                ctx = new SentenceContext(a, s, gazetteer);
            }
            out.add(figure(a, s, ctx, q, qs0, qe, head, found, unit, periods, projected,
                    score == null ? Figure.RULES : Figure.MODEL, score));
            if (ruled != null) {
                // a figure by rule is a figure for what follows; one the model keeps is not, since training
                // sees candidates that never became figures
                outcome[k] = RuleOutcome.FIGURE;
                previousFigureEnd = qe;
            }
        }
    }

    /** The unit of a counted noun: households for families and homes, people for everything else. */
    private static String unitOf(int kind) {
        return kind == CountedNoun.HOUSEHOLDS || kind == CountedNoun.HOUSING ? Figure.HOUSEHOLDS : Figure.PEOPLE;
    }

    /**
     * The candidates the figure model decides: a number with its counted noun written out (people,
     * households, homes) for which the rules found no term, or a term that does not fit the noun. A
     * casualty, a population size, another event, a hedge, a bare number or a noun that counts something else
     * stays the rules' verdict: read on fakes_syria.jsonl and displacement_news.jsonl, a model free to
     * overrule those kept death tolls of attacks on evacuees, phone numbers and tallies ("raising the number
     * of breaches to 465").
     */
    private static boolean modelDecides(RuleOutcome outcome, CountedNoun head, List<Token> tokens, int to) {
        return (outcome == RuleOutcome.NO_TERM || outcome == RuleOutcome.UNIT_MISMATCH) && head.unitText() != null
                && head.kind() != CountedNoun.OTHER && head.kind() != CountedNoun.NONE && !affected(tokens, head.end(), to);
    }

    /**
     * "161 families were affected", "600,000 Thais have been affected by flooding", "130 people are reported
     * to have died … in the camp": people affected by a hazard are not displaced (IDMC keeps them apart), nor
     * are the dead, whatever displacement word the sentence has later.
     */
    private static boolean affected(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to, from + 8); k++) {
            String key = tokens.get(k).key();
            if (key.equals("affected") || key.equals("impacted") || key.startsWith("affected")
                    || Vocabulary.CASUALTY.contains(key)) {
                return true;
            }
            if (!tokens.get(k).isWord() || TermPicker.cue(tokens.get(k)) != null) {
                return false;
            }
        }
        return false;
    }

    /** The last figure of sentence {@code sentence} before char offset {@code begin}, or null. */
    private static Figure lastFigure(List<Figure> out, int sentence, int begin) {
        Figure last = null;
        for (int i = out.size() - 1; i >= 0 && out.get(i).sentenceIndex() == sentence; i--) {
            if (out.get(i).begin() < begin && (last == null || out.get(i).begin() > last.begin())) {
                last = out.get(i);
            }
        }
        return last;
    }

    private static Figure figureAt(List<Figure> out, int begin) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).begin() == begin) {
                return out.get(i);
            }
        }
        return null;
    }

    /** The rules over one sentence: figures to {@code out}, what they made of each number to {@code outcome}. */
    private int[][] sentence(ArticleView a, Sentence s, List<Quantity> qs, List<Figure> out, RuleOutcome[] outcome,
                             CountedNoun[] heads) {
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
            spans[k] = new int[] {ArticleView.tokenAt(tokens, qs.get(k).begin(), from, to), ArticleView.tokenEnd(tokens, qs.get(k).end(), from, to)};
        }
        List<Period> periods = null;
        SentenceContext ctx = null;
        Figure previous = null;
        CountedNoun previousHead = null;
        CountedNoun lastWritten = null; // the last counted noun written out, figure or not
        int previousHeadEnd = -1;
        Pending pending = null;
        for (int k = 0; k < qs.size(); k++) {
            Quantity q = qs.get(k);
            int qs0 = spans[k][0];
            int qe = spans[k][1];
            int nextQuantity = nextQuantity(tokens, spans, k, to);
            outcome[k] = RuleOutcome.EXCLUDED;
            if (q.value() <= 0 || excluded(tokens, q, qs0, qe, from, to, inDate)) {
                continue;
            }
            boolean shared = k + 1 < qs.size() && spans[k + 1][0] == qe + 1 && ALTERNATIVES.contains(tokens.get(qe).key());
            if (shared && excluded(tokens, qs.get(k + 1), spans[k + 1][0], spans[k + 1][1], from, to, inDate)) {
                continue; // "five or six km": the measure of the number after it
            }
            if (qe < to && (tokens.get(qe).key().equals("returns") || tokens.get(qe).key().equals("return"))) {
                continue; // "90,000 returns will be filed": returns counted as things (tax returns), not people returning
            }
            CountedNoun head = CountedNoun.find(a, qs0, qe, to, q.vague());
            if (shared && head.kind() == CountedNoun.NONE && head.words() == 0) {
                // "300 and 400 families fled", "six and eight peso increases": the noun of the number after it
                CountedNoun next = CountedNoun.find(a, spans[k + 1][0], spans[k + 1][1], to, qs.get(k + 1).vague());
                if (next.kind() == CountedNoun.OTHER || next.kind() == CountedNoun.NONE && next.words() > 0) {
                    outcome[k] = RuleOutcome.OTHER_NOUN;
                    continue;
                }
                if (next.kind() != CountedNoun.NONE) {
                    head = new CountedNoun(next.kind(), head.end(), null, next.term(), next.termText(), next.population(), 0);
                }
            }
            heads[k] = head;
            if (head.kind() == CountedNoun.OTHER) {
                outcome[k] = RuleOutcome.OTHER_NOUN;
                continue;
            }
            if (head.kind() == CountedNoun.NONE) {
                if (head.words() > 0) {
                    outcome[k] = RuleOutcome.NO_NOUN;
                    continue;
                }
                TermPicker.Label label = qs0 > from && tokens.get(qs0 - 1).key().equals(":") ? TermPicker.label(tokens, qs0, qe, from, to) : null;
                if (label != null) {
                    // "IDP households: 9,660", "shelters destroyed: 122": the label says what is counted (beyondRules);
                    // "IDP sites: 27", "Evacuation centres: 25" count places
                    outcome[k] = label.countsOther() ? RuleOutcome.OTHER_NOUN : RuleOutcome.NO_TERM;
                    continue;
                }
                if (previousHead != null) {
                    head = new CountedNoun(previousHead.kind(), head.end(), null, null, null, previousHead.population(), 0);
                } else if (lastWritten != null && coordinatedAfter(tokens, lastWritten.end(), qs0)) {
                    // "5,100 households were affected and 1,020 were displaced", "900 dwellings were destroyed and
                    // 2,300 partially damaged": the bare count counts what the count before it named
                    head = new CountedNoun(lastWritten.kind(), head.end(), null, null, null, lastWritten.population(), 0);
                } else {
                    // "close to 1,000 were evacuated", "628,000 relocated", "the number of IDPs rose to 50,000",
                    // "forced 17,000 to leave", "85,000 of which have been relocated"
                    // "27 IDP sites …, of which 9 are informal": after a count of other things, the words before
                    // their noun are theirs
                    int before = k == 0 ? from : outcome[k - 1] == RuleOutcome.OTHER_NOUN && heads[k - 1] != null
                            ? Math.max(spans[k - 1][1], heads[k - 1].end()) : spans[k - 1][1];
                    TermFinder.Match back = previous != null && bringsTotal(tokens, spans[k - 1][1], qs0)
                            ? new TermFinder.Match(previous.term(), previous.trigger()) // "…: 2,245, bringing the total to 38,960"
                            : TermFinder.termBefore(tokens, qs0, from, before);
                    CountedNoun people = new CountedNoun(CountedNoun.PEOPLE, head.end(), null, null, null, null, 0);
                    TermFinder.Match ahead = back == null ? TermFinder.term(a, people, qs0, qe, from, Math.min(nextQuantity, head.end() + 4),
                            before, null, -1) : null;
                    if (back == null && (ahead == null || ahead.term() == null)) {
                        outcome[k] = ahead == TermFinder.HEDGED ? RuleOutcome.HEDGED
                                : ahead == TermFinder.CASUALTY ? RuleOutcome.CASUALTY : RuleOutcome.NO_TERM;
                        continue;
                    }
                    head = back != null ? new CountedNoun(stockOfHouseholds(tokens, qs0, from) ? CountedNoun.HOUSEHOLDS : CountedNoun.PEOPLE,
                            head.end(), null, back.term(), back.trigger(), null, 0) : people;
                }
            }
            heads[k] = head;
            if (head.unitText() != null && head.kind() != CountedNoun.NONE) {
                lastWritten = head;
            }
            if (yearLike(tokens, q, qs0, qe) && head.unitText() == null) {
                heads[k] = null;
                continue;
            }
            if ("others".equalsIgnoreCase(head.unitText()) && previousHead != null) {
                // "destroyed 500 shelters and damaged about 1,000 others": the noun of the figure before
                head = new CountedNoun(previousHead.kind(), head.end(), head.unitText(), head.term(), head.termText(), previousHead.population(), 0);
            }
            boolean inParenthesis = previous != null && previousHeadEnd == qs0 - 1 && tokens.get(qs0 - 1).key().equals("(")
                    && head.unitText() != null && TermPicker.fits(previous.term(), head.kind());
            // "4,560 IDPs (912 HHs) were recorded in 23 sites"; "…: 2,245, bringing the total since January to 38,960"
            boolean runningTotal = previous != null && head.unitText() == null && bringsTotal(tokens, spans[k - 1][1], qs0);
            TermFinder.Match found = inParenthesis || runningTotal
                    ? new TermFinder.Match(previous.term(), previous.trigger())
                    : TermFinder.term(a, head, qs0, qe, from, Math.min(nextQuantity, to), k > 0 ? spans[k - 1][1] : from,
                            previous, previousHeadEnd);
            if (found == TermFinder.CASUALTY || found == TermFinder.HEDGED) {
                outcome[k] = found == TermFinder.CASUALTY ? RuleOutcome.CASUALTY : RuleOutcome.HEDGED;
                continue;
            }
            if (found == null && head.unitText() == null && previous != null && TermFinder.ownsNoVerb(tokens, head.end(), to)) {
                found = new TermFinder.Match(previous.term(), previous.trigger()); // "3,000 families in Herat and 2,000 in Badghis"
            }
            if (found == null || found.term() == null) {
                // "2,000 families, or more than 11,000 people, were displaced": the apposition's term, when it has one
                pending = head.unitText() != null && k + 1 < qs.size() && apposition(tokens, head.end(), nextQuantity)
                        ? new Pending(k, q, qs0, qe, head) : null;
                outcome[k] = RuleOutcome.NO_TERM;
                continue;
            }
            if (head.kind() == CountedNoun.HOUSING && !found.term().housing() && head.unitText() == null) {
                head = new CountedNoun(CountedNoun.PEOPLE, head.end(), null, head.term(), head.termText(), null, 0); // "... houses damaged; 34,000 evacuated"
            }
            if (head.kind() == CountedNoun.HOUSING && !found.term().housing() && found.term() != Term.EVACUATED) {
                outcome[k] = RuleOutcome.UNIT_MISMATCH;
                continue; // homes are counted as destroyed, damaged or evacuated
            }
            String unit = unitOf(head.kind());
            if (found.term().housing() && head.kind() == CountedNoun.PEOPLE) {
                outcome[k] = RuleOutcome.UNIT_MISMATCH;
                continue;
            }
            if (periods == null) {
                periods = PeriodFinder.periods(a.text.text(), tokens, from, to, dates, a.pub);
                ctx = new SentenceContext(a, s, gazetteer);
            }
            if (pending != null && pending.index() == k - 1) {
                CountedNoun ph = pending.head();
                if (!(found.term().housing() && ph.kind() == CountedNoun.PEOPLE)) {
                    out.add(figure(a, s, ctx, pending.q(), pending.qs0(), pending.qe(), ph, found, unitOf(ph.kind()), periods,
                            false, Figure.RULES, null));
                    outcome[pending.index()] = RuleOutcome.FIGURE;
                }
            }
            pending = null;
            Figure f = figure(a, s, ctx, q, qs0, qe, head, found, unit, periods, false, Figure.RULES, null);
            outcome[k] = RuleOutcome.FIGURE;
            out.add(f);
            previous = f;
            previousHead = head;
            previousHeadEnd = head.end();
        }
        return spans;
    }

    /** "the number of families inside evacuation centres stood at 3 204": a stock of households before the number. */
    private static boolean stockOfHouseholds(List<Token> tokens, int qs0, int from) {
        for (int k = qs0 - 1; k >= Math.max(from + 2, qs0 - 10); k--) {
            if (Vocabulary.HOUSEHOLDS.contains(tokens.get(k).key()) && tokens.get(k - 1).key().equals("of")
                    && Vocabulary.STOCK_NOUNS.contains(tokens.get(k - 2).key())) {
                return true;
            }
        }
        return false;
    }

    /** "bringing the (cumulative) total since January to": a running total of the figure before, in [from, to). */
    private static boolean bringsTotal(List<Token> tokens, int from, int to) {
        if (to - from > 10 || to - 1 <= from || !tokens.get(to - 1).key().equals("to")) {
            return false;
        }
        boolean bring = false;
        boolean total = false;
        for (int k = from; k < to - 1; k++) {
            String key = tokens.get(k).key();
            bring |= key.equals("bringing") || key.equals("brings") || key.equals("brought") || key.equals("raising")
                    || key.equals("raises") || key.equals("taking") || key.equals("takes");
            total |= bring && Vocabulary.STOCK_NOUNS.contains(key);
        }
        return total;
    }

    /**
     * Where the words of number {@code k} end: at the next number, unless that number counts the places in a
     * phrase of the first ("2,500 persons from 11 villages have been evacuated", "26,450 individuals were
     * recorded in 38 collective centres"), which the term may lie beyond.
     */
    private static int nextQuantity(List<Token> tokens, int[][] spans, int k, int to) {
        int j = k + 1;
        while (j < spans.length && spans[j][0] > spans[k][1] && Vocabulary.PLACE_PREPOSITIONS.contains(tokens.get(spans[j][0] - 1).key())
                && spans[j][1] < to && Vocabulary.PLACES_COUNTED.contains(tokens.get(spans[j][1]).key())) {
            j++;
        }
        return j < spans.length ? spans[j][0] : to;
    }

    /**
     * A bare count that opens a clause joined to the one of the noun before it ("… were affected and 1,020
     * were displaced", "…; another 300 were swept away"): "and", "but", "while", a comma or a semicolon right
     * before it (determiners such as "another" between), within {@link #COORDINATION_WINDOW} tokens of the noun.
     */
    private static boolean coordinatedAfter(List<Token> tokens, int nounEnd, int qs0) {
        if (qs0 - nounEnd > COORDINATION_WINDOW || qs0 <= nounEnd) {
            return false;
        }
        int b = qs0 - 1;
        while (b > nounEnd && Vocabulary.DETERMINERS.contains(tokens.get(b).key())) {
            b--;
        }
        String key = tokens.get(b).key();
        return b > nounEnd && (key.equals("and") || key.equals("but") || key.equals("while") || key.equals(",") || key.equals(";"));
    }

    static final int COORDINATION_WINDOW = 12;

    private static final java.util.Set<String> ALTERNATIVES = java.util.Set.of("and", "or", "to");

    /** A counted number without a term, waiting for the term of the apposition right after it. */
    private record Pending(int index, Quantity q, int qs0, int qe, CountedNoun head) {}

    /** Only ", or", "(", "/" and dashes between a noun and the next number: an apposition ("2,000 families, or 11,000 people"). */
    private static boolean apposition(List<Token> tokens, int from, int next) {
        if (next <= from || next - from > 3) {
            return false;
        }
        boolean opened = false;
        for (int t = from; t < next; t++) {
            String key = tokens.get(t).key();
            if (key.equals(",") || key.equals("(") || key.equals("–") || key.equals("—") || key.equals("-") || key.equals("/")) {
                opened = true;
            } else if (!key.equals("or") && !key.equals("i.e") && !key.equals("ie")) {
                return false;
            }
        }
        return opened;
    }

    private Figure figure(ArticleView a, Sentence s, SentenceContext ctx, Quantity q, int qs0, int qe, CountedNoun head,
                          TermFinder.Match found, String unit, List<Period> periods, boolean projected, String decision,
                          Double score) {
        List<Token> tokens = a.tokens;
        String population = null;
        String populationActor = null;
        String populationCountry = null;
        if (head.population() != null) {
            population = head.population().text();
            populationActor = head.population().actorId();
            populationCountry = head.population().country();
        }
        // location: the most specific place in the sentence, nearest to the number (not the population's word)
        Place best = null;
        String bestText = null;
        for (int level = 2; level >= 0 && best == null; level--) {
            int i = ctx.place(level, qs0, found.term() == Term.FLED,
                    head.population() == null ? -1 : head.population().begin(), tokens);
            if (i >= 0) {
                best = ctx.placesByLevel.get(level).get(i);
                int[] span = ctx.spansByLevel.get(level).get(i);
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
            country = a.articleCountry();
            countrySource = country == null ? null : "article";
        }
        // cause: nearest cause word in the sentence, else in the sentence before, else the article's majority
        String[] cause = null;
        String causeScope = null;
        int ci = SentenceContext.nearest(ctx.causeAt, qs0);
        if (ci >= 0) {
            cause = SentenceContext.cause(ctx.causeOf.get(ci));
            causeScope = "sentence";
        } else if (ctx.previousCause(a, s) != null) {
            cause = SentenceContext.cause(ctx.previousCause(a, s));
            causeScope = "context";
        }
        if (cause == null) {
            cause = a.cause();
            causeScope = cause == null ? null : "article";
        }
        // reference period: the nearest one stated in the sentence (periods are in text order)
        Period period = null;
        if (!periods.isEmpty()) {
            int pi = SentenceContext.nearest(new java.util.AbstractList<Integer>() {
                @Override
                public Integer get(int i) {
                    return periods.get(i).firstToken();
                }

                @Override
                public int size() {
                    return periods.size();
                }
            }, qs0);
            period = periods.get(pi);
        }
        String[] source = SentenceContext.source(a, s, ctx, qs0);
        Double size = unit.equals(Figure.HOUSEHOLDS) ? households.size(country) : null;
        long people = size == null ? q.value() : Math.round(q.value() * size);
        return new Figure(s.index(), q.begin(), q.end(), q.value(), q.text(), q.max(), q.qualifier().code(), q.vague(),
                unit, head.unitText(), found.term(), found.trigger(), population, populationActor,
                best == null ? null : bestText, best == null ? null : best.levelName(), country, countrySource,
                cause == null ? null : cause[0], cause == null ? null : cause[1], causeScope,
                period == null ? null : period.text(), period == null ? null : period.start(),
                period == null ? null : period.end(), source == null ? null : source[0],
                source == null ? null : source[1], size, people, projected, decision, score);
    }

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
        if (ageInApposition(tokens, q, qs0, qe, from, to)) {
            return true;
        }
        String opener = tokens.get(qs0).key();
        String before0 = qs0 > from ? tokens.get(qs0 - 1).key() : "";
        if ((opener.equals("under") || opener.equals("over") || before0.equals("under") || before0.equals("over"))
                && q.value() <= 21 && !q.vague() && (qe >= to || !tokens.get(qe).isWord() || tokens.get(qe).key().equals("years"))) {
            return true; // an age: "4,102 are children under 18", "people over 65."
        }
        if (qs0 > from) {
            Token before = tokens.get(qs0 - 1);
            String key = before.key();
            if (Vocabulary.CURRENCY.contains(key) || isCurrencySign(before.text())) {
                return true;
            }
            if (key.equals("/") && qs0 - 2 >= from && before.begin() == tokens.get(qs0).begin() - 1
                    && tokens.get(qs0 - 2).kind() == Token.Kind.NUMBER && tokens.get(qs0 - 2).end() == before.begin()) {
                return true; // the second part of a date or a fraction: "on 16/08", "24/7"
            }
            if (key.equals("in") && qs0 - 2 >= from && q.value() <= 100 && (tokens.get(qs0 - 2).kind() == Token.Kind.NUMBER
                    || tokens.get(qs0 - 2).key().equals("one"))) {
                return true; // a proportion: "one in three residents", "1 in 5 children"
            }
            if (Vocabulary.IDENTIFIER_WORDS.contains(key) && tokens.get(qs0).kind() == Token.Kind.NUMBER
                    && q.qualifier() == Quantity.Qualifier.EXACT && !q.vague()) {
                return true; // "Round 14 of the tracking exercise", "Phase 3", also at the start of a sentence
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
                    && !Vocabulary.DETERMINERS.contains(key) && !Vocabulary.TRIGGERS.containsKey(key) && !Vocabulary.TERM_NOUNS.containsKey(key)) { // "Population Evacuated 116129" is a heading, "Camp 9" a name
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
            if (key.equals("in") && qe + 1 < to && q.value() <= 100 && tokens.get(qe + 1).kind() == Token.Kind.NUMBER
                    && (qs0 == from || !tokens.get(qs0 - 1).isWord() || Vocabulary.DETERMINERS.contains(tokens.get(qs0 - 1).key()))) {
                return true; // "One in three residents have fled", "1 in 4"
            }
            if (key.equals(":") || key.equals("/") || key.equals(".") && qe + 1 < to
                    && tokens.get(qe + 1).kind() == Token.Kind.NUMBER && tokens.get(qe + 1).begin() == next.end()) {
                return true; // times, fractions, scores
            }
        }
        return false;
    }

    /**
     * An age: a small bare number between commas after a name ("Aisha, 34, fled her village") or "are
     * under 18" at the end of a clause ("40 percent of them are under 18").
     */
    private static boolean ageInApposition(List<Token> tokens, Quantity q, int qs0, int qe, int from, int to) {
        if (q.value() > 120 || q.vague() || tokens.get(qe - 1).kind() != Token.Kind.NUMBER) {
            return false;
        }
        boolean clauseEnds = qe >= to || !tokens.get(qe).isWord();
        String first = tokens.get(qs0).key();
        String verb = qs0 > from ? tokens.get(qs0 - 1).key() : "";
        if (qe - qs0 == 2 && first.equals("under") && clauseEnds
                && (verb.equals("are") || verb.equals("is") || verb.equals("were") || verb.equals("was") || verb.equals("aged"))) {
            return true; // "are under 18" is read as a qualified number: the qualifier is the age's preposition
        }
        if (q.qualifier() != Quantity.Qualifier.EXACT || qe - qs0 != 1) {
            return false;
        }
        String before = qs0 > from ? tokens.get(qs0 - 1).key() : "";
        return before.equals(",") && qs0 - 2 >= from && tokens.get(qs0 - 2).isWord() && tokens.get(qs0 - 2).capitalized()
                && qe < to && tokens.get(qe).key().equals(",");
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
}
