package org.newsframe.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsframe.text.Token;

/**
 * Document-level consistency for the name tagger's second pass (Krishnan &amp; Manning 2006; Ratinov &amp; Roth
 * 2009): how the first pass tagged the same word elsewhere in the article. For each capitalised word, a code of
 * (a) the type the first pass gave most often to the word's other capitalised occurrences (O, PER, ORG, LOC,
 * MISC, or none when the word occurs once), with whether they all agree, and (b) the type of the longest name of
 * two words or more elsewhere in the article that holds the word ("Shaheen" after "Suhail Shaheen" PER). The
 * second pass learns from these how far to follow the article: "Ataybah" tagged LOC twice and PER once.
 *
 * <p>A code: bits 0–2 the majority (0 none, 1 + {@code O/PER/ORG/LOC/MISC} index), bit 3 all agree, bits 4–6 the
 * longer name's type (0 none, 1 + type index). Lower-case words: 0.
 */
public final class DocumentContext {

    private DocumentContext() {}

    /** The code of every token of a document, from the first pass's tag of every token. */
    public static int[] codes(List<Token> tokens, int[] tags) {
        int n = tokens.size();
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (name(t)) {
                counts.computeIfAbsent(t.key(), k -> new int[5])[label(tags[i])]++;
            }
        }
        // the names of two words or more, by word: [first token, length, type] of each
        Map<String, List<int[]>> longer = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            int tag = i < n ? tags[i] : Tags.O;
            if (start >= 0 && (tag == Tags.O || Tags.isBegin(tag))) {
                if (i - start >= 2) {
                    int[] entity = {start, i - start, Tags.type(tags[start])};
                    for (int k = start; k < i; k++) {
                        if (name(tokens.get(k))) {
                            longer.computeIfAbsent(tokens.get(k).key(), x -> new ArrayList<>(2)).add(entity);
                        }
                    }
                }
                start = -1;
            }
            if (i < n && Tags.isBegin(tag)) {
                start = i;
            }
        }
        int[] out = new int[n];
        int[] others = new int[5];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!name(t)) {
                continue;
            }
            int[] c = counts.get(t.key());
            System.arraycopy(c, 0, others, 0, 5);
            others[label(tags[i])]--;
            int best = -1;
            int kinds = 0;
            for (int l = 0; l < 5; l++) {
                if (others[l] > 0) {
                    kinds++;
                    if (best < 0 || others[l] > others[best]) {
                        best = l;
                    }
                }
            }
            int code = best < 0 ? 0 : (best + 1) | (kinds == 1 ? 8 : 0);
            List<int[]> holders = longer.get(t.key());
            if (holders != null) {
                int[] chosen = null;
                for (int[] e : holders) {
                    boolean containsThis = e[0] <= i && i < e[0] + e[1];
                    if (!containsThis && (chosen == null || e[1] > chosen[1])) {
                        chosen = e;
                    }
                }
                if (chosen != null) {
                    code |= (chosen[2] + 1) << 4;
                }
            }
            out[i] = code;
        }
        return out;
    }

    /** A capitalised word: what can be a name. */
    private static boolean name(Token t) {
        return t.kind() == Token.Kind.WORD && t.capitalized();
    }

    /** 0 for O, else 1 + the tag's type. */
    private static int label(int tag) {
        return tag == Tags.O ? 0 : 1 + Tags.type(tag);
    }
}
