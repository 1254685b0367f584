package org.newsframe.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.schema.ActorType;
import org.newsframe.text.Tokenizer;

/**
 * Links the name tagger's mentions ({@code source = tagger}) into the article's actors, after they were merged
 * with the dictionary's and the heuristic's:
 * <ul>
 *   <li>a tagged person or a multi-word organisation that is a known place, and a tagged person or organisation whose
 *       last word ("Liandu District") or the words around it ("Homs city", "the town of Ataybah") say it is a place,
 *       is that place ({@link #placesFirst});</li>
 *   <li>a tagged name made only of titles and roles ("Deputy Director") is no name and is dropped;</li>
 *   <li>a one-word tagged person that is the first or last name of a longer person of the article ("Shaheen"
 *       after "Suhail Shaheen"), or a one-word organisation or place that is such a last name ("Assad" after
 *       "Bashar al-Assad"), is that person (form {@code short}), unless two people share the word;</li>
 *   <li>a one-word tagged name that the article also writes in lower case ("Effective", "Lines") is no name;</li>
 *   <li>a tagged place that is exactly a known place ({@link PlaceNames}: the gazetteer) takes its country
 *       ("Kunduz" → AFG): the actor tables and the figure extractor read it;</li>
 *   <li>a tagged person or organisation whose words are an actor's alias in the dictionary would have been
 *       the dictionary's mention, so nothing here overrides the dictionary.</li>
 * </ul>
 */
public final class TaggedNames {

    private TaggedNames() {}

    public static List<Mention> link(org.newsframe.text.AnalyzedText text, List<Mention> mentions, PlaceNames places) {
        return linkNames(text, placesFirst(text, mentions, places), places);
    }

    /**
     * A tagged person, or an organisation of more than one word, that is exactly a known place is that place
     * ("Hader", "Golan Heights", "Yunnan Province"): read on conflict news, places typed PERSON or ORG were the
     * tagger's commonest error; a one-word organisation named like a place stays one (clubs: "Leeds beat
     * Chelsea"). A majority vote over the types a name gets in one article was measured and left out: on
     * eng.testa it cost 0.004 F1 (sports clubs and their cities), on 20 read conflict articles it gained 0.2%.
     */
    static List<Mention> placesFirst(org.newsframe.text.AnalyzedText text, List<Mention> mentions, PlaceNames places) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean tagged = m.source().equals(Mention.TAGGER) && (m.actorType() == ActorType.PERSON || m.actorType() == ActorType.ORGANIZATION);
            boolean candidate = tagged && (m.actorType() == ActorType.PERSON || m.text().indexOf(' ') > 0);
            String country = candidate ? placeCountry(text, m, places) : null;
            boolean designated = tagged && country == null && (designatedPlace(m.text()) || placeWordAround(text, m));
            if (country == null && !designated) {
                out.add(m);
                continue;
            }
            out.add(new Mention(m.sentenceIndex(), m.begin(), m.end(), m.text(), "LOC_" + DictionaryLoader.slug(m.text()),
                    m.actorName(), ActorType.LOCATION, country != null ? country : m.country(), Mention.TAGGER, false, Mention.NAME));
        }
        return out;
    }

    private static List<Mention> linkNames(org.newsframe.text.AnalyzedText text, List<Mention> mentions, PlaceNames places) {
        Map<String, Mention> byPart = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        Set<String> lastNames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.actorType() != ActorType.PERSON || !m.form().equals(Mention.NAME)) {
                continue;
            }
            String[] parts = m.text().split(" ");
            if (parts.length < 2) {
                continue;
            }
            String last = parts[parts.length - 1];
            String bare = ARTICLE_PREFIX.matcher(last).replaceFirst(""); // "Bashar al-Assad" → "Assad"
            for (String part : bare.equals(last) ? new String[] {parts[0], last} : new String[] {parts[0], last, bare}) {
                String key = Tokenizer.key(part);
                Mention prior = byPart.putIfAbsent(key, m);
                if (prior != null && !prior.actorId().equals(m.actorId())) {
                    clashes.add(key);
                }
                if (part != parts[0]) {
                    lastNames.add(key);
                }
            }
        }
        clashes.forEach(byPart::remove);
        Set<String> lowerWords = writtenInLowerCase(text, mentions, byPart); // "Effective" beside "effective"
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!m.source().equals(Mention.TAGGER)) {
                out.add(m);
                continue;
            }
            if (onlyTitles(m.text())) {
                continue;
            }
            if (m.actorType() == ActorType.LOCATION) { // an organisation named like a place stays one ("Leeds beat Chelsea")
                String country = placeCountry(text, m, places);
                if (country != null) {
                    out.add(new Mention(m.sentenceIndex(), m.begin(), m.end(), m.text(), m.actorId().startsWith("LOC_") ? m.actorId()
                            : "LOC_" + m.actorId().substring(m.actorId().indexOf('_') + 1), m.actorName(), ActorType.LOCATION, country,
                            Mention.TAGGER, false, Mention.NAME));
                    continue;
                }
            }
            boolean oneWord = m.text().indexOf(' ') < 0;
            String key = oneWord ? Tokenizer.key(m.text()) : null;
            // "Assad" typed ORG after "Bashar al-Assad": a last name of the article's person is that person
            Mention person = oneWord && (m.actorType() == ActorType.PERSON || lastNames.contains(key)) ? byPart.get(key) : null;
            if (person == null && oneWord && Character.isUpperCase(m.text().charAt(0)) && !noLowerCase(m.text())) {
                if (lowerWords.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // "Effective", "Lines", "Personal": the article writes the word in lower case elsewhere
                }
            }
            if (person != null && person != m) {
                out.add(new Mention(m.sentenceIndex(), m.begin(), m.end(), m.text(), person.actorId(), person.actorName(),
                        ActorType.PERSON, person.country(), Mention.TAGGER, false, Mention.SHORT));
                continue;
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The last words of a place's name that say it is one ("Liandu District", "Yunnan Province", "Golan Heights",
     * "Yacyreta Dam"): read on displacement news, the tagger typed such names PERSON or ORGANIZATION. Not "City"
     * ("Manchester City" is a club), "State" ("Islamic State") or "Department" ("State Department").
     */
    private static final Set<String> PLACE_WORDS = Set.of("district", "province", "county", "village", "governorate",
            "prefecture", "municipality", "region", "township", "heights", "camp", "dam", "river", "valley", "mountains",
            "island", "islands", "bridge", "neighbourhood", "neighborhood", "subdistrict", "oblast",
            // geographic features and ways, read on disaster news where evacuation notices list them ("Scott River
            // Road", "Joyland Gulch", "Klamath National Forest", "Anzac Parade"): the tagger typed them PERSON or ORG
            "road", "highway", "avenue", "boulevard", "lane", "parade", "creek", "gulch", "forest", "mountain", "hill",
            "hills", "lake", "canyon", "bay", "campground", "trailhead", "peninsula", "coast", "desert", "plateau",
            "gorge", "beach", "delta", "plain", "plains", "ridge", "wetlands", "estuary", "archipelago");

    /** A name of two words or more whose last word is one of {@link #PLACE_WORDS}, capitalised. */
    static boolean designatedPlace(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0 || space == name.length() - 1 || !Character.isUpperCase(name.charAt(space + 1))) {
            return false;
        }
        return PLACE_WORDS.contains(Tokenizer.key(name.substring(space + 1)));
    }

    /** Lower-case words after a name that say it is a place ("Salah Eddin neighborhood", "al-Fouaa town"). */
    private static final Set<String> PLACE_AFTER = Set.of("city", "town", "village", "neighborhood", "neighbourhood", "district",
            "province", "governorate", "countryside", "camp", "suburb", "county", "municipality", "region", "subdistrict");

    /** Lower-case words before "of" that say the name after is a place ("the town of Ataybah"). */
    private static final Set<String> PLACE_OF = Set.of("city", "town", "village", "neighborhood", "neighbourhood", "district",
            "province", "governorate", "suburb", "county", "municipality", "region", "outskirts", "countryside", "capital");

    /** "Homs city", "the village of Hader": a lower-case place word right after the name, or "place word of" right before. */
    static boolean placeWordAround(org.newsframe.text.AnalyzedText text, Mention m) {
        List<org.newsframe.text.Token> tokens = text.tokens();
        int first = org.newsframe.text.SpanTokens.firstEndingAfter(tokens, m.begin());
        int end = endOf(tokens, first, m);
        if (end < tokens.size() && lowerPlaceWord(tokens.get(end), PLACE_AFTER)) {
            return true;
        }
        return first >= 2 && tokens.get(first - 1).key().equals("of") && lowerPlaceWord(tokens.get(first - 2), PLACE_OF);
    }

    private static boolean lowerPlaceWord(org.newsframe.text.Token t, Set<String> words) {
        return t.isWord() && !t.capitalized() && words.contains(t.key());
    }

    /** The country of the known place the mention's tokens name exactly, or null. */
    private static String placeCountry(org.newsframe.text.AnalyzedText text, Mention m, PlaceNames places) {
        List<org.newsframe.text.Token> tokens = text.tokens();
        int lo = org.newsframe.text.SpanTokens.firstEndingAfter(tokens, m.begin());
        int end = endOf(tokens, lo, m);
        if (lo >= end || tokens.get(lo).begin() != m.begin()) {
            return null;
        }
        return places.countryOfPlace(tokens, lo, end);
    }

    private static final java.util.regex.Pattern ARTICLE_PREFIX = java.util.regex.Pattern.compile("^(?:al|el|as|ad|ash|az|an)-");

    /**
     * The lower-case forms of the one-word tagged names (capitalised, not all capitals, no person's name part)
     * that the article also writes in lower case: one pass over the tokens, and none when no name asks.
     */
    private static Set<String> writtenInLowerCase(org.newsframe.text.AnalyzedText text, List<Mention> mentions,
                                                  Map<String, Mention> byPart) {
        Set<String> asked = null;
        for (Mention m : mentions) {
            String w = m.text();
            if (m.source().equals(Mention.TAGGER) && w.indexOf(' ') < 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                    && !noLowerCase(w) && !byPart.containsKey(Tokenizer.key(w))) {
                if (asked == null) {
                    asked = new HashSet<>();
                }
                asked.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (asked == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (org.newsframe.text.Token t : text.tokens()) {
            String w = t.text();
            if (t.isWord() && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && asked.contains(w) && noUpperCase(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean noLowerCase(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noUpperCase(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The end (exclusive) of the mention's tokens, from its first. */
    private static int endOf(List<org.newsframe.text.Token> tokens, int first, Mention m) {
        int end = first;
        while (end < tokens.size() && tokens.get(end).end() <= m.end()) {
            end++;
        }
        return end;
    }

    private static boolean onlyTitles(String text) {
        for (String w : text.split("[ \\-]+")) {
            String key = Tokenizer.key(w);
            if (!key.isEmpty() && !NameCues.TITLES.contains(key)) {
                return false;
            }
        }
        return true;
    }
}
