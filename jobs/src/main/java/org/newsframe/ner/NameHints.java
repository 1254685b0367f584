package org.newsframe.ner;

import java.util.List;
import org.newsframe.actors.Actor;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.actors.ActorMatcher;
import org.newsframe.actors.DictionaryLoader;
import org.newsframe.displacement.Gazetteer;
import org.newsframe.schema.ActorType;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Token;

/**
 * Gazetteer features for the name tagger (rules as features): for each token, whether it lies in an alias of
 * the built-in actor dictionary (and what kind of actor: a country's name, its adjective, its people, its
 * capital, a person, an organisation, a population group; ambiguous aliases apart) and in a place name of the
 * built-in gazetteer (country, first-level division, city), each with whether it is the name's first token.
 * The tagger learns how far to trust each; the dictionary still decides linking afterwards. Always the
 * built-in lists, whatever the run's dictionaries are, so the features mean at tagging what they meant in
 * training. Immutable and thread-safe.
 *
 * <p>A token's code: bits 0–4 the dictionary class ({@code 0} none, else {@code 2 × class + first}, class
 * 1..14), bits 5–7 the gazetteer ({@code 0} none, else {@code 2 × level + first - 1}, level 1..3).
 */
public final class NameHints {

    private final ActorMatcher matcher;
    private final ActorDictionary dictionary;
    private final Gazetteer gazetteer;

    public NameHints(ActorDictionary dictionary, Gazetteer gazetteer) {
        this.dictionary = dictionary;
        this.matcher = new ActorMatcher(dictionary);
        this.gazetteer = gazetteer;
    }

    /** The built-in dictionary and gazetteer, built once per JVM (on first use). */
    public static NameHints builtin() {
        return Builtin.HINTS;
    }

    private static final class Builtin {
        static final NameHints HINTS = new NameHints(DictionaryLoader.builtin(), Gazetteer.get());
    }

    /** The code of every token of the text (index = token index). */
    public int[] codes(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        int[] codes = new int[tokens.size()];
        for (ActorMatcher.Match m : matcher.match(text)) {
            int cls = dictionaryClass(m.entry());
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                codes[i] |= 2 * cls + (i == m.firstToken() ? 1 : 0);
            }
        }
        for (org.newsframe.text.Sentence s : text.sentences()) {
            for (Gazetteer.Match m : gazetteer.match(tokens, s.firstToken(), s.endToken())) {
                int level = 3;
                for (org.newsframe.displacement.Place p : m.places()) {
                    level = Math.min(level, p.level());
                }
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    codes[i] |= (2 * level + (i == m.firstToken() ? 1 : 0) - 1) << 5;
                }
            }
        }
        return codes;
    }

    /** 1..7 by the actor and alias kind, + 7 when the alias is ambiguous. */
    private int dictionaryClass(ActorMatcher.Entry e) {
        Actor a = dictionary.get(e.actorId());
        ActorType type = a == null ? ActorType.ORGANIZATION : a.type();
        int cls;
        if (type == ActorType.COUNTRY) {
            cls = switch (e.alias().kind()) {
                case NAME -> 1;
                case ADJECTIVE -> 2;
                case PEOPLE -> 3;
                case CAPITAL -> 4;
            };
        } else if (type == ActorType.PERSON) {
            cls = 5;
        } else if (type == ActorType.POPULATION) {
            cls = 7;
        } else {
            cls = 6;
        }
        return e.alias().ambiguous() ? cls + 7 : cls;
    }

    /** The dictionary part of a code (0: in no alias). */
    static int dictionary(int code) {
        return code & 31;
    }

    /** The gazetteer part of a code (0: in no place name). */
    static int place(int code) {
        return code >>> 5;
    }
}
