package org.newsframe.displacement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.actors.Mention;
import org.newsframe.schema.ActorType;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.SpanTokens;
import org.newsframe.text.Token;

/** Per-article state of the figure extractor: tokens, which mention covers which token, and lazily the article's
 * countries and cause. */
final class ArticleView {

    private final Gazetteer gazetteer;
    final AnalyzedText text;
    final List<Token> tokens;
    final List<Mention> mentions;
    final SpanTokens spans;
    final LocalDate pub;
    Map<String, Integer> countryCounts;
    String articleCountry;
    String[] articleCause;

    /** {@code mentions} in text order, {@code spans} their tokens. */
    ArticleView(AnalyzedText text, List<Mention> mentions, SpanTokens spans, LocalDate pub, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.text = text;
        this.tokens = text.tokens();
        this.mentions = mentions;
        this.spans = spans;
        this.pub = pub;
    }

    Mention mention(int token) {
        int m = spans.spanAt(token);
        return m < 0 ? null : mentions.get(m);
    }

    /** Countries named in the article (dictionary mentions and unambiguous gazetteer places), by count. */
    Map<String, Integer> countries() {
        if (countryCounts == null) {
            countryCounts = new LinkedHashMap<>();
            // places weigh more than actors: a country after "in"/"across"/"from" or a named city or
            // province says where; "Russia said" or "Russian forces" says who
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                if (m.country() == null || !(m.actorType() == ActorType.COUNTRY || m.actorType() == ActorType.LOCATION)) {
                    continue;
                }
                int t = spans.first(i);
                boolean locative = t > 0 && Vocabulary.LOCATIVE.contains(tokens.get(t - 1).key());
                countryCounts.merge(m.country(), locative || m.actorType() == ActorType.LOCATION ? 3 : 1, Integer::sum);
            }
            for (Gazetteer.Match g : gazetteer.match(tokens, 0, tokens.size())) {
                Mention over = mention(g.firstToken());
                // a tagged name with no country does not hide a place ("the state of Río" tagged as a name)
                boolean hidden = over != null && !(Mention.TAGGER.equals(over.source()) && over.country() == null);
                if (g.places().stream().map(Place::iso3).distinct().count() == 1 && !hidden) {
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

    /** The country the article names most as a place (see {@link #countries()}), or null. */
    String articleCountry() {
        countries();
        return articleCountry;
    }

    /** [cause, hazard] by majority of cause words over the article, or null. */
    String[] cause() {
        if (articleCause == null) {
            Map<String, Integer> hazards = new LinkedHashMap<>(); // ties: the hazard named first
            int conflict = 0;
            int disaster = 0;
            for (int i = 0; i < tokens.size(); i++) {
                String c = SentenceContext.causeWord(tokens, i, 0);
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

    static String text(ArticleView a, int first, int end) {
        return a.text.text().substring(a.tokens.get(first).begin(), a.tokens.get(end - 1).end());
    }

    /** The token that starts at (or contains) char offset {@code begin}, within [from, to). */
    static int tokenAt(List<Token> tokens, int begin, int from, int to) {
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
    static int tokenEnd(List<Token> tokens, int end, int from, int to) {
        int k = tokenAt(tokens, end - 1, from, to);
        return Math.min(k + 1, to);
    }
}
