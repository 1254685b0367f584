package org.newsframe.sentiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsframe.actors.Mention;
import org.newsframe.schema.ActorType;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.SpanTokens;
import org.newsframe.text.Token;
import org.newsframe.text.Words;

/**
 * Who does what to whom, sentence by sentence, with the verb dictionary ({@link RelationLexicon}) — the
 * approach of event coders such as PETRARCH, on the mentions the annotate stage found:
 * <ul>
 *   <li>a pattern ("criticized", "urged", "excluded the possibility of cooperating with") splits its clause;
 *       the <b>source</b> is the nearest actor before it and the <b>target</b> the first actor after it,
 *       swapped for passives ("was condemned by");</li>
 *   <li>places are never sources or targets, and an actor right after a locative word ("clerics <i>in
 *       Afghanistan</i> criticized…") is a modifier, not the subject;</li>
 *   <li>in reported speech ("X told the AP that … no cooperation with Y") the source is the speaker, not the
 *       listener;</li>
 *   <li>a negator just before the pattern ("did not criticize") keeps the relation, sets {@code negated} and
 *       zeroes its polarity.</li>
 * </ul>
 */
public final class RelationExtractor {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "inside", "outside", "across",
            "of", "to", "for", "on", "into", "within", "around", "throughout");
    private static final Set<String> SPEECH = Words.with(Words.SPEECH_VERBS, "argued");
    private static final Set<String> STOP = Set.of(";", ":");
    /** Before a one-word trigger these make it a noun ("the attack", "a number of attacks"), not a verb. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "its", "their", "his", "her", "our", "of", "any", "no", "every", "deadly", "recent", "latest", "fierce");
    /** Words that are nouns as often as verbs ("attacks", "talks"): a trigger only right after its subject. */
    private static final Set<String> NOUN_OR_VERB = Set.of("attacks", "strikes", "raids", "bombs", "shells", "targets",
            "funds", "backs", "arms", "talks", "supports", "threatens", "demands", "sanctions", "visits", "meets",
            "hosts", "bans", "thanks", "aids", "helps", "praises", "criticises", "criticizes");
    /** After the trigger's own object these make the next actor a place ("attacked a base in Somalia"). */
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "inside", "outside", "across");
    /** The target must start within this many tokens after the trigger. */
    private static final int MAX_TARGET_GAP = 5;
    /** Words that end the trigger's object phrase: the actor after them is not its target. */
    private static final Set<String> OBJECT_END = Set.of(",", "and", "but", "said", "says", "while", "after",
            "before", "as", "because", "which", "who", "that");

    /** Clauses that state no fact: "whether the Taliban would cooperate", "if they attack". */
    private static final Set<String> HYPOTHETICAL = Set.of("whether", "if", "unless");

    private final RelationLexicon lexicon;

    public RelationExtractor(RelationLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A mention with its token range. */
    private record Located(Mention m, int first, int end) {}

    public List<Relation> extract(AnalyzedText text, List<Mention> mentions) {
        return extract(text, mentions, SpanTokens.of(text.tokens(), mentions));
    }

    /** The relations of one article; {@code spans} are the tokens of {@code mentions} (in text order). */
    public List<Relation> extract(AnalyzedText text, List<Mention> mentions, SpanTokens spans) {
        List<Relation> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int mi = 0;
        for (Sentence s : text.sentences()) {
            List<Located> here = new ArrayList<>();
            while (mi < mentions.size() && mentions.get(mi).sentenceIndex() < s.index()) {
                mi++;
            }
            for (int j = mi; j < mentions.size() && mentions.get(j).sentenceIndex() == s.index(); j++) {
                Mention m = mentions.get(j);
                if (m.actorType() == ActorType.LOCATION) {
                    continue;
                }
                int first = Math.min(spans.first(j), s.endToken());
                here.add(new Located(m, first, Math.max(first, Math.min(spans.end(j), s.endToken()))));
            }
            if (here.size() < 2) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            int i = s.firstToken();
            while (i < s.endToken()) {
                if (insideMention(here, i)) {
                    i++;
                    continue;
                }
                RelationLexicon.Pattern p = lexicon.match(tokens, i, s.endToken());
                if (p == null) {
                    i++;
                    continue;
                }
                int after = i + p.keys().length;
                if ((p.keys().length == 1 && i > s.firstToken()
                        && NOUN_MARKERS.contains(tokens.get(i - 1).key())) || hypothetical(tokens, s, i)) {
                    i = after;
                    continue;
                }
                Located before = subject(tokens, here, s, i);
                Located next = firstAfter(tokens, here, s, after);
                if (NOUN_OR_VERB.contains(p.keys()[0])
                        && (before == null || before.end() < i - 1)) {
                    i = after;
                    continue;
                }
                Located source = p.passive() ? next : before;
                Located target = p.passive() ? before : next;
                if (source != null && target != null && !source.m().actorId().equals(target.m().actorId())) {
                    boolean negated = negated(tokens, i, s.firstToken());
                    String key = source.m().actorId() + ">" + target.m().actorId() + ":" + p.relation();
                    if (seen.add(key)) {
                        int b = tokens.get(i).begin();
                        int e = tokens.get(after - 1).end();
                        out.add(new Relation(s.index(), source.m().actorId(), source.m().actorName(),
                                target.m().actorId(), target.m().actorName(), p.relation(),
                                negated ? 0 : p.relation().polarity(), negated, b, e, text.text().substring(b, e)));
                    }
                }
                i = after;
            }
        }
        return out;
    }

    private static boolean hypothetical(List<Token> tokens, Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - 8); k--) {
            String key = tokens.get(k).key();
            if (HYPOTHETICAL.contains(key)) {
                return true;
            }
            if (STOP.contains(tokens.get(k).text()) || key.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean insideMention(List<Located> here, int i) {
        for (Located l : here) {
            if (i >= l.first() && i < l.end()) {
                return true;
            }
        }
        return false;
    }

    /** The subject before token i: nearest actor in the clause, skipping locative modifiers and listeners. */
    private static Located subject(List<Token> tokens, List<Located> here, Sentence s, int i) {
        int clauseStart = s.firstToken();
        for (int k = i - 1; k >= s.firstToken(); k--) {
            if (STOP.contains(tokens.get(k).text())) {
                clauseStart = k + 1;
                break;
            }
        }
        // reported speech: "X told Y that …" — the source is X
        int speech = -1;
        for (int k = i - 1; k >= clauseStart; k--) {
            if (SPEECH.contains(tokens.get(k).key())) {
                speech = k;
                break;
            }
        }
        Located best = null;
        for (Located l : here) {
            if (l.end() > i || l.first() < clauseStart) {
                continue;
            }
            if (speech >= 0 && l.first() > speech) {
                continue; // the listener or a name inside the report
            }
            if (l.first() > s.firstToken() && LOCATIVE.contains(tokens.get(l.first() - 1).key())
                    && precededByActor(here, l)) {
                continue; // "Shia clerics in Afghanistan": Afghanistan modifies the subject
            }
            best = l;
        }
        return best;
    }

    private static boolean precededByActor(List<Located> here, Located l) {
        for (Located o : here) {
            if (o.end() <= l.first() && l.first() - o.end() <= 3) {
                return true;
            }
        }
        return false;
    }

    private static Located firstAfter(List<Token> tokens, List<Located> here, Sentence s, int from) {
        for (Located l : here) {
            if (l.first() < from) {
                continue;
            }
            if (l.first() - from > MAX_TARGET_GAP) {
                return null;
            }
            for (int k = from; k < l.first(); k++) {
                if (STOP.contains(tokens.get(k).text()) || OBJECT_END.contains(tokens.get(k).key())
                        || (k > from && PLACE_WORDS.contains(tokens.get(k).key()))) {
                    return null;
                }
            }
            return l;
        }
        return null;
    }

    private static boolean negated(List<Token> tokens, int i, int from) {
        for (int j = Math.max(from, i - 3); j < i; j++) {
            String key = tokens.get(j).key();
            if (key.equals("not") || key.equals("never") || key.endsWith("n't") || key.equals("no")) {
                return true;
            }
        }
        return false;
    }
}
