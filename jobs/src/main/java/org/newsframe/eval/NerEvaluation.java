package org.newsframe.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsframe.actors.Mention;

/**
 * Scores mentions against CoNLL gold entities: a mention counts when its span and mapped type match a gold
 * entity exactly. Mapping: PERSON → PER; ORGANIZATION, ARMED_GROUP, IGO, NGO, MEDIA, GOVERNMENT → ORG;
 * COUNTRY and LOCATION named as such → LOC; a country adjective or people word ("German", "Afghans") and
 * POPULATION → MISC (CoNLL tags nationalities as MISC).
 */
public final class NerEvaluation {

    /** Counts for one type. */
    public static final class Counts {
        long tp;
        long fp;
        long fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public long support() {
            return tp + fn;
        }
    }

    public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    private final Map<String, Counts> counts = new LinkedHashMap<>();

    public NerEvaluation() {
        for (String t : TYPES) {
            counts.put(t, new Counts());
        }
    }

    public static String conllType(Mention m) {
        if (m.form().equals(Mention.ADJECTIVE) || m.form().equals(Mention.PEOPLE)) {
            return "MISC";
        }
        return switch (m.actorType()) {
            case PERSON -> "PER";
            case ORGANIZATION, ARMED_GROUP, IGO, NGO, MEDIA, GOVERNMENT -> "ORG";
            case COUNTRY, LOCATION -> "LOC";
            case POPULATION -> "MISC";
        };
    }

    public void add(List<ConllDocuments.Entity> gold, List<Mention> predicted) {
        Set<String> goldKeys = new HashSet<>();
        for (ConllDocuments.Entity e : gold) {
            goldKeys.add(e.begin() + ":" + e.end() + ":" + e.type());
        }
        Set<String> predKeys = new HashSet<>();
        for (Mention m : predicted) {
            predKeys.add(m.begin() + ":" + m.end() + ":" + conllType(m));
        }
        count(goldKeys, predKeys);
    }

    /** The name tagger's spans against the gold ones (exact span and type). */
    public void addNames(List<ConllDocuments.Entity> gold, List<org.newsframe.ner.NameTagger.Name> names) {
        Set<String> goldKeys = new HashSet<>();
        for (ConllDocuments.Entity e : gold) {
            goldKeys.add(e.begin() + ":" + e.end() + ":" + e.type());
        }
        Set<String> predKeys = new HashSet<>();
        for (org.newsframe.ner.NameTagger.Name n : names) {
            predKeys.add(n.begin() + ":" + n.end() + ":" + n.type());
        }
        count(goldKeys, predKeys);
    }

    private void count(Set<String> goldKeys, Set<String> predKeys) {
        for (String k : predKeys) {
            Counts c = counts.get(k.substring(k.lastIndexOf(':') + 1));
            if (goldKeys.contains(k)) {
                c.tp++;
            } else {
                c.fp++;
            }
        }
        for (String k : goldKeys) {
            if (!predKeys.contains(k)) {
                counts.get(k.substring(k.lastIndexOf(':') + 1)).fn++;
            }
        }
    }

    /** Micro-averaged over the given types. */
    public Counts micro(List<String> types) {
        Counts m = new Counts();
        for (String t : types) {
            Counts c = counts.get(t);
            m.tp += c.tp;
            m.fp += c.fp;
            m.fn += c.fn;
        }
        return m;
    }

    public String table(String title) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(String.format(Locale.ROOT, "%-14s %9s %9s %9s %9s", "type", "precision", "recall", "f1", "support"));
        for (String t : TYPES) {
            lines.add(row(t, counts.get(t)));
        }
        lines.add(row("micro PER/ORG/LOC", micro(List.of("PER", "ORG", "LOC"))));
        lines.add(row("micro all", micro(TYPES)));
        return String.join("\n", lines);
    }

    private static String row(String name, Counts c) {
        return String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9d", name, c.precision(), c.recall(), c.f1(),
                c.support());
    }
}
