package org.newsframe.text;

import java.util.Arrays;
import java.util.List;

/**
 * Which tokens each span covers, and which span covers each token: computed once per article for its
 * mentions (the annotate stage's {@code ArticleDoc}) and shared by the scorer, the relation extractor and the
 * figure extractor. A span covers the tokens that overlap it: from the first token ending after its begin,
 * while tokens begin before its end. Spans must be in text order; where spans overlap, a token belongs to
 * the later one.
 */
public final class SpanTokens {

    private final int[] first;
    private final int[] end;
    private final int[] spanAt;

    private SpanTokens(int[] first, int[] end, int[] spanAt) {
        this.first = first;
        this.end = end;
        this.spanAt = spanAt;
    }

    public static SpanTokens of(List<Token> tokens, List<? extends Span> spans) {
        int n = spans.size();
        int[] first = new int[n];
        int[] end = new int[n];
        int[] at = new int[tokens.size()];
        Arrays.fill(at, -1);
        for (int i = 0; i < n; i++) {
            Span s = spans.get(i);
            int f = firstEndingAfter(tokens, s.begin());
            int e = f;
            while (e < tokens.size() && tokens.get(e).begin() < s.end()) {
                at[e] = i;
                e++;
            }
            first[i] = f;
            end[i] = e;
        }
        return new SpanTokens(first, end, at);
    }

    /** The first token that ends after {@code offset} (the token at or after it), or the token count. */
    public static int firstEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First token of span {@code i}. */
    public int first(int i) {
        return first[i];
    }

    /** One past the last token of span {@code i} (equal to {@link #first} when it covers no token). */
    public int end(int i) {
        return end[i];
    }

    /** The span covering token {@code t}, or -1. */
    public int spanAt(int t) {
        return spanAt[t];
    }

    /** Whether some span covers token {@code t}. */
    public boolean covered(int t) {
        return spanAt[t] >= 0;
    }

}
