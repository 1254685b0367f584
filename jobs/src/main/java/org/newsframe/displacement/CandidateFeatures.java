package org.newsframe.displacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsframe.text.Token;

/**
 * The figure model's features of one candidate, as names (a feature present has value 1): the rules' cues
 * — what they made of the number, the counted noun, the nearest displacement word on each side and how far,
 * casualty words and hedges near it, whether another figure is close — and the words around the number, by
 * side. Names keep the committed model readable ({@code R1:displaced}, {@code out=NO_TERM}).
 */
final class CandidateFeatures {

    static final int LEFT = 5;
    static final int RIGHT = 6;

    private CandidateFeatures() {}

    /**
     * Features of the number at tokens [qs0, qe) of the sentence [from, to), with its noun and the rules'
     * outcome; {@code previousFigureEnd} is the token after the last figure of the sentence before it, or -1.
     */
    static List<String> of(List<Token> tokens, int from, int to, int qs0, int qe, Quantity q, CountedNoun head,
                           RuleOutcome outcome, int previousFigureEnd) {
        List<String> f = new ArrayList<>(40);
        f.add("out=" + outcome.name());
        f.add("noun=" + kindName(head.kind()));
        if (head.unitText() != null) {
            String[] words = head.unitText().toLowerCase(Locale.ROOT).split("\\s+");
            f.add("nw=" + words[words.length - 1]);
        }
        if (head.term() != null) {
            f.add("nounterm=" + head.term().code());
        }
        f.add("q=" + q.qualifier().code());
        if (q.vague()) {
            f.add("vague");
        }
        f.add("mag=" + Math.min(7, (int) Math.log10(Math.max(1, q.value()))));
        for (int d = 1; d <= LEFT && qs0 - d >= from; d++) {
            String key = tokens.get(qs0 - d).key();
            f.add("L:" + key);
            if (d == 1) {
                f.add("L1:" + key);
            }
        }
        for (int d = 0; d < RIGHT && qe + d < to; d++) {
            String key = tokens.get(qe + d).key();
            f.add("R:" + key);
            if (d == 0) {
                f.add("R1:" + key);
            }
        }
        // the words right after the noun phrase: what the clause says of the counted people
        if (head.end() < to) {
            f.add("N1:" + tokens.get(head.end()).key());
            if (head.end() + 1 < to) {
                f.add("N2:" + tokens.get(head.end() + 1).key());
            }
        }
        // the nearest displacement word after the noun and before the number: how far, whether a clause stop or
        // a relative pronoun is between, whether only auxiliaries and adverbs are (the cue is the noun's verb)
        boolean stop = false;
        boolean attached = true;
        String relative = null;
        for (int k = head.end(); k < Math.min(to, head.end() + TermPicker.WINDOW); k++) {
            Token t = tokens.get(k);
            String key = t.key();
            stop |= key.equals(";") || key.equals(".") || key.equals("and") || key.equals("but");
            Term term = TermPicker.cue(t);
            if (term != null) {
                f.add("cueR:" + bucket(k - head.end() + 1) + (stop ? ":stop" : ""));
                f.add("cueR=" + term.code());
                f.add("cueRw=" + key);
                if (attached) {
                    f.add("cueR:attached");
                }
                if (relative != null) {
                    f.add("cueR:rel=" + relative);
                }
                break;
            }
            if ((key.equals("which") || key.equals("who") || key.equals("that") || key.equals("where")) && relative == null) {
                relative = key + (k == head.end() ? ":next" : ":later");
            }
            attached &= Vocabulary.STAY.contains(key) || key.endsWith("ly") || key.equals("not");
        }
        stop = false;
        attached = true;
        for (int k = qs0 - 1; k >= Math.max(from, qs0 - TermPicker.WINDOW); k--) {
            Token t = tokens.get(k);
            String key = t.key();
            stop |= key.equals(";") || key.equals(".") || key.equals("and") || key.equals("but");
            Term term = TermPicker.cue(t);
            if (term != null) {
                f.add("cueL:" + bucket(qs0 - k) + (stop ? ":stop" : ""));
                f.add("cueL=" + term.code());
                f.add("cueLw=" + key);
                if (attached) {
                    f.add("cueL:attached");
                }
                break;
            }
            attached &= Vocabulary.DETERMINERS.contains(key) || key.equals("of") || key.equals("to");
        }
        int numbers = 0;
        for (int k = Math.max(from, qs0 - TermPicker.WINDOW); k < Math.min(to, qe + TermPicker.WINDOW) && numbers < 4; k++) {
            numbers += tokens.get(k).kind() == Token.Kind.NUMBER ? 1 : 0;
        }
        f.add("numbers=" + numbers);
        int casualtyLeft = nearest(tokens, qs0 - 1, Math.max(from, qs0 - 8), -1, Vocabulary.CASUALTY);
        if (casualtyLeft >= 0) {
            f.add("casL:" + bucket(qs0 - casualtyLeft));
        }
        int casualtyRight = nearest(tokens, qe, Math.min(to, qe + 10), 1, Vocabulary.CASUALTY);
        if (casualtyRight >= 0) {
            f.add("casR:" + bucket(casualtyRight - qe + 1));
        }
        if (nearest(tokens, qs0 - 1, Math.max(from, qs0 - 5), -1, TermPicker.PROJECTING) >= 0
                || nearest(tokens, qe, Math.min(to, qe + 8), 1, TermPicker.PROJECTING) >= 0) {
            f.add("hedge");
        }
        if (nearest(tokens, qs0 - 1, Math.max(from, qs0 - 5), -1, TermPicker.NEGATIONS) >= 0
                || nearest(tokens, qe, Math.min(to, qe + 8), 1, TermPicker.NEGATIONS) >= 0) {
            f.add("negation");
        }
        if (nearest(tokens, qs0 - 1, Math.max(from, qs0 - 6), -1, Vocabulary.POPULATION_SIZE) >= 0) {
            f.add("popsize");
        }
        if (previousFigureEnd >= 0) {
            f.add("prevfig:" + bucket(qs0 - previousFigureEnd + 1));
        }
        if (qs0 > from && tokens.get(qs0 - 1).isWord() && tokens.get(qs0 - 1).capitalized()) {
            f.add("capL");
        }
        return f;
    }

    private static int nearest(List<Token> tokens, int start, int stop, int step, java.util.Set<String> words) {
        for (int k = start; step > 0 ? k < stop : k >= stop; k += step) {
            if (words.contains(tokens.get(k).key())) {
                return k;
            }
        }
        return -1;
    }

    private static String bucket(int d) {
        return d <= 2 ? "1-2" : d <= 5 ? "3-5" : d <= 10 ? "6-10" : "11+";
    }

    private static String kindName(int kind) {
        return switch (kind) {
            case CountedNoun.PEOPLE -> "people";
            case CountedNoun.HOUSEHOLDS -> "households";
            case CountedNoun.HOUSING -> "housing";
            case CountedNoun.OTHER -> "other";
            default -> "none";
        };
    }
}
