package org.newsframe.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.schema.ActorType;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.Token;

/**
 * All actor mentions of one article, in three passes:
 * <ol>
 *   <li><b>Dictionary</b> ({@link ActorMatcher}): leftmost-longest alias matches with case rules, then
 *       <ul>
 *         <li>an <b>ambiguous</b> alias (Jordan, Chad, Georgia, Turkey, Washington…) is dropped when it is part
 *             of a longer capitalised name ("Michael Jordan", "Chad Smith", "Georgia Tech"); otherwise it is kept
 *             only when the article corroborates it — another, unambiguous alias of the same actor appears
 *             (Jordanian, Amman, Turkish, Ankara…) — or a country cue precedes it ("fled to Chad", "talks with
 *             Jordan") or a possessive follows ("Turkey's"); an armed group's or government body's acronym
 *             ("RSF", "SDF", "SAF") is also corroborated by an unambiguous mention of its home country or of
 *             anything of that country ("Sudanese", "Khartoum", "the Sudanese army");</li>
 *         <li>a <b>capital</b> is a LOCATION when used as a place — after a locative word ("in Doha"), as an
 *             appositive ("the Qatari capital, Doha") or before a place noun ("the Doha talks") — and otherwise
 *             a metonym for its country's government ("Washington has confirmed"), flagged {@code metonym}.</li>
 *       </ul></li>
 *   <li><b>Name heuristic</b>: capitalised runs not covered by the dictionary become PERSONs when a title or
 *       role precedes them ("spokesperson Suhail Shaheen", "Deputy Secretary of State Wendy Sherman"), an
 *       appositive role follows ("Michael Kugelman, Deputy Director…") or a verb of saying is next to them
 *       ("Kharoti said"), and ORGANIZATIONs (or MEDIA) when they end in an organisation word ("the Wilson
 *       Center", "the Asia Program"). People need two or more name words; their ids are {@code PER_} / {@code
 *       ORG_} plus the normalised name, the same in every article.</li>
 *   <li><b>Short forms</b>: a later single capitalised word equal to a found person's surname (or first name)
 *       is linked to that person ("Shaheen said" → Suhail Shaheen), when only one person in the article has it.</li>
 * </ol>
 * Months and weekdays ("May") are never names; "May" after a title ("Prime Minister May") is.
 */
public final class MentionFinder {

    private final ActorDictionary dictionary;
    private final ActorMatcher matcher;
    private final PlaceNames places;

    public MentionFinder(ActorDictionary dictionary) {
        this(dictionary, PlaceNames.NONE);
    }

    /** The place names this finder knows (the gazetteer, or none). */
    public PlaceNames places() {
        return places;
    }

    /** With {@code places}, a would-be person that is exactly a known place name is a place (LOCATION). */
    public MentionFinder(ActorDictionary dictionary, PlaceNames places) {
        this.dictionary = dictionary;
        this.matcher = new ActorMatcher(dictionary);
        this.places = places;
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    public List<Mention> find(AnalyzedText text) {
        List<Token> tokens = text.tokens();
        List<ActorMatcher.Match> matches = matcher.match(text);
        boolean[] covered = new boolean[tokens.size()];
        for (ActorMatcher.Match m : matches) {
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                covered[k] = true;
            }
        }
        Set<String> corroborated = new HashSet<>();
        Set<String> countries = new HashSet<>(); // of the unambiguous mentions: corroborate their armed groups' acronyms
        for (ActorMatcher.Match m : matches) {
            if (!m.entry().alias().ambiguous()) {
                corroborated.add(m.entry().actorId());
                String country = dictionary.get(m.entry().actorId()).country();
                if (country != null) {
                    countries.add(country);
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (ActorMatcher.Match m : matches) {
            Mention mention = resolve(text, m, covered, corroborated, countries);
            if (mention != null) {
                out.add(mention);
            } else {
                for (int k = m.firstToken(); k < m.endToken(); k++) {
                    covered[k] = false;
                }
            }
        }
        List<Mention> names = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            names.addAll(heuristicNames(text, s, covered));
        }
        out.addAll(names);
        out.addAll(shortForms(text, names, covered));
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    private Mention resolve(AnalyzedText text, ActorMatcher.Match m, boolean[] covered, Set<String> corroborated,
                            Set<String> countries) {
        List<Token> tokens = text.tokens();
        Alias alias = m.entry().alias();
        Actor actor = dictionary.get(m.entry().actorId());
        Sentence s = text.sentences().get(m.sentence());
        Token prev = m.firstToken() > s.firstToken() ? tokens.get(m.firstToken() - 1) : null;
        Token next = m.endToken() < s.endToken() ? tokens.get(m.endToken()) : null;
        if (alias.ambiguous()) {
            boolean prevName = prev != null && prev.isWord() && prev.capitalized() && !covered[m.firstToken() - 1]
                    && !NameCues.TITLES.contains(prev.key())
                    && !NameCues.NOT_NAMES.contains(prev.key()); // a capitalised "The"/"In" opening the sentence is no name
            boolean nextName = next != null && next.isWord() && next.capitalized() && !covered[m.endToken()];
            if (prevName || nextName) {
                return null;
            }
            boolean cue = prev != null && NameCues.COUNTRY_CUES.contains(prev.key());
            boolean possessive = next != null && next.kind() == Token.Kind.POSSESSIVE;
            boolean home = (actor.type() == ActorType.ARMED_GROUP || actor.type() == ActorType.GOVERNMENT)
                    && countries.contains(actor.country());
            if (!cue && !possessive && !home && !corroborated.contains(actor.id())) {
                return null;
            }
        }
        String surface = text.text().substring(m.begin(), m.end());
        if (alias.kind() == Alias.Kind.CAPITAL) {
            String locId = dictionary.capitalLocationOf(actor.id());
            boolean dateline = tokens.get(m.firstToken()).allCaps() && surface.length() > 3;
            boolean place = dateline || (prev != null && NameCues.LOCATIVE.contains(prev.key()))
                    || (next != null && NameCues.PLACE_NOUNS.contains(next.key()))
                    || (prev != null && prev.text().equals(",") && m.firstToken() - 2 >= s.firstToken()
                    && tokens.get(m.firstToken() - 2).key().equals("capital"));
            if (place && locId != null) {
                Actor loc = dictionary.get(locId);
                return new Mention(m.sentence(), m.begin(), m.end(), surface, loc.id(), loc.name(), ActorType.LOCATION,
                        loc.country(), Mention.DICTIONARY, false, Mention.CAPITAL);
            }
            return new Mention(m.sentence(), m.begin(), m.end(), surface, actor.id(), actor.name(), actor.type(),
                    actor.country(), Mention.DICTIONARY, true, Mention.CAPITAL);
        }
        String form = switch (alias.kind()) {
            case ADJECTIVE -> Mention.ADJECTIVE;
            case PEOPLE -> Mention.PEOPLE;
            case CAPITAL -> Mention.CAPITAL;
            case NAME -> Mention.NAME;
        };
        return new Mention(m.sentence(), m.begin(), m.end(), surface, actor.id(), actor.name(), actor.type(),
                actor.country(), Mention.DICTIONARY, false, form);
    }

    /** Capitalised runs in a sentence that the dictionary did not cover, classified by their cues. */
    private List<Mention> heuristicNames(AnalyzedText text, Sentence s, boolean[] covered) {
        List<Mention> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int i = s.firstToken();
        while (i < s.endToken()) {
            Token t = tokens.get(i);
            if (covered[i] || !t.isWord() || !t.capitalized()) {
                i++;
                continue;
            }
            // the run: capitalised words, name connectors, hyphens and organisation connectors
            int j = i;
            while (j < s.endToken() && !covered[j]) {
                Token u = tokens.get(j);
                boolean inner = j > i && j + 1 < s.endToken() && !covered[j + 1] && tokens.get(j + 1).capitalized()
                        && (NameCues.CONNECTORS.contains(u.key()) || NameCues.ORG_CONNECTORS.contains(u.key())
                        || u.kind() == Token.Kind.HYPHEN);
                if ((u.isWord() && u.capitalized()) || inner) {
                    j++;
                } else {
                    break;
                }
            }
            Mention org = organisation(text, s, i, j);
            if (org != null) {
                out.add(org);
            } else {
                Mention person = person(text, s, i, j, covered);
                if (person != null) {
                    out.add(person);
                }
            }
            i = Math.max(j, i + 1);
        }
        for (Mention m : out) {
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                if (m.overlaps(tokens.get(k).begin(), tokens.get(k).end())) {
                    covered[k] = true;
                }
            }
        }
        return out;
    }

    private Mention organisation(AnalyzedText text, Sentence s, int i, int j) {
        List<Token> tokens = text.tokens();
        int end = j;
        // drop trailing connectors
        while (end > i && !tokens.get(end - 1).capitalized()) {
            end--;
        }
        if (end - i < 2) {
            return null;
        }
        String head = tokens.get(end - 1).key();
        boolean media = NameCues.MEDIA_HEADS.contains(head);
        if (!media && !NameCues.ORG_HEADS.contains(head)) {
            return null;
        }
        int start = i;
        // a leading sentence-initial "The" or a title is not part of the name
        while (start < end && NameCues.NOT_NAMES.contains(tokens.get(start).key())) {
            start++;
        }
        if (end - start < 2) {
            return null;
        }
        int b = tokens.get(start).begin();
        int e = tokens.get(end - 1).end();
        String name = text.text().substring(b, e);
        String id = "ORG_" + DictionaryLoader.slug(name);
        return new Mention(s.index(), b, e, name, id, name, media ? ActorType.MEDIA : ActorType.ORGANIZATION, null,
                Mention.HEURISTIC, false, Mention.NAME);
    }

    private Mention person(AnalyzedText text, Sentence s, int i, int j, boolean[] covered) {
        List<Token> tokens = text.tokens();
        // strip leading titles inside the run ("Deputy Secretary of State Wendy Sherman", "Prime Minister May")
        int start = i;
        boolean titled = false;
        for (int k = i; k < j; k++) {
            String key = tokens.get(k).key();
            if (NameCues.TITLES.contains(key)) {
                titled = true;
                start = k + 1;
                if (k + 2 < j && tokens.get(k + 1).key().equals("of")) {
                    start = k + 3; // "Secretary of State", "Minister of Defence"
                }
            }
        }
        if (start > i && start < j && tokens.get(start).key().equals("of")) {
            return null;
        }
        // drop non-name words at the ends
        while (start < j && (NameCues.NOT_NAMES.contains(tokens.get(start).key()) || !tokens.get(start).isWord())) {
            start++;
        }
        int end = j;
        while (end > start && !tokens.get(end - 1).isWord()) {
            end--;
        }
        int words = 0;
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.capitalized()) {
                if (NameCues.NOT_NAMES.contains(t.key()) && !(titled && NameCues.NAME_LIKE_DATES.contains(t.key()))) {
                    return null;
                }
                if (t.allCaps() && t.text().length() > 1) {
                    return null; // acronyms are not personal names
                }
                if (NameCues.ORG_HEADS.contains(t.key()) || NameCues.MEDIA_HEADS.contains(t.key())) {
                    return null; // "Aleppo Police Command" is not a person
                }
                words++;
            }
        }
        if (words < 2 || words > 5) {
            return null;
        }
        Token before = start > s.firstToken() ? tokens.get(start - 1) : null;
        Token after = end < s.endToken() ? tokens.get(end) : null;
        Token after2 = end + 1 < s.endToken() ? tokens.get(end + 1) : null;
        boolean cue = titled
                || (before != null && NameCues.TITLES.contains(before.key()))
                || (after != null && NameCues.SPEECH.contains(after.key()))
                || (before != null && NameCues.SPEECH.contains(before.key()))
                || (after != null && after.text().equals(",") && after2 != null && appositiveRole(tokens, end + 1, s));
        if (!cue) {
            return null;
        }
        int b = tokens.get(start).begin();
        int e = tokens.get(end - 1).end();
        String name = text.text().substring(b, e);
        String placeCountry = titled ? null : places.countryOf(tokens, start, end);
        if (placeCountry != null) {
            // "Deir Ezzor said": a place speaking for its authorities, not a person
            return new Mention(s.index(), b, e, name, "LOC_" + DictionaryLoader.slug(name), name, ActorType.LOCATION,
                    placeCountry, Mention.HEURISTIC, false, Mention.NAME);
        }
        return new Mention(s.index(), b, e, name, personId(name), name, ActorType.PERSON, null,
                Mention.HEURISTIC, false, Mention.NAME);
    }

    /** "Bashar al-Assad" and "Bashar Assad" are one id: PER_BASHAR_ASSAD (name particles dropped). */
    public static String personId(String name) {
        StringBuilder sb = new StringBuilder();
        for (Token t : org.newsframe.text.Tokenizer.tokenize(name)) {
            if (t.isWord() && !NameCues.CONNECTORS.contains(t.key())) {
                sb.append(sb.length() > 0 ? " " : "").append(t.text());
            }
        }
        return "PER_" + DictionaryLoader.slug(sb.toString());
    }

    /** ", a spokesman", ", Deputy Director of…", ", the president of…": a role right after a comma. */
    private static boolean appositiveRole(List<Token> tokens, int k, Sentence s) {
        int limit = Math.min(s.endToken(), k + 4);
        for (int x = k; x < limit; x++) {
            String key = tokens.get(x).key();
            if (NameCues.TITLES.contains(key) && !NameCues.WEAK_TITLES.contains(key)) {
                return true;
            }
            if (!(key.equals("a") || key.equals("an") || key.equals("the") || NameCues.WEAK_TITLES.contains(key)
                    || tokens.get(x).capitalized())) {
                return false;
            }
        }
        return false;
    }

    /** Single capitalised words equal to a found person's surname or first name, linked to that person. */
    private List<Mention> shortForms(AnalyzedText text, List<Mention> names, boolean[] covered) {
        Map<String, Mention> bySurname = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (Mention m : names) {
            if (m.actorType() != ActorType.PERSON) {
                continue;
            }
            String[] parts = m.text().split(" ");
            for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
                String key = org.newsframe.text.Tokenizer.key(part);
                Mention prior = bySurname.putIfAbsent(key, m);
                if (prior != null && !prior.actorId().equals(m.actorId())) {
                    clashes.add(key);
                }
            }
        }
        clashes.forEach(bySurname::remove);
        List<Mention> out = new ArrayList<>();
        if (bySurname.isEmpty()) {
            return out;
        }
        List<Token> tokens = text.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (covered[k] || !t.isWord() || !t.capitalized() || NameCues.NOT_NAMES.contains(t.key())) {
                continue;
            }
            Mention person = bySurname.get(t.key());
            if (person == null) {
                continue;
            }
            boolean nextCapital = k + 1 < tokens.size() && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalized()
                    && !covered[k + 1];
            if (nextCapital) {
                continue; // part of some other name
            }
            covered[k] = true;
            out.add(new Mention(text.sentenceAt(t.begin()), t.begin(), t.end(), t.text(), person.actorId(),
                    person.actorName(), ActorType.PERSON, null, Mention.HEURISTIC, false, Mention.SHORT));
        }
        return out;
    }
}
