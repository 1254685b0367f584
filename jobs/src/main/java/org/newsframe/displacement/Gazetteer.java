package org.newsframe.displacement;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.actors.DictionaryLoader;
import org.newsframe.text.Token;
import org.newsframe.text.Tokenizer;

/**
 * The offline gazetteer: first-level divisions ({@code gazetteer/admin1.csv}) and cities
 * ({@code gazetteer/cities.csv}), the project's own data (coverage in docs/displacement.md). Countries and
 * capitals come from the actor dictionary's mentions instead, so they are not repeated here.
 *
 * <p>Matching walks a token trie (longest match at each position, on token keys, so accents and dots fold
 * as they do for actors). A match must be capitalised as a name is in every word, a one-word name that
 * is also a generic word ("Central", "North", "Coast") never matches alone, and a one-word abbreviation of
 * up to three capitals ("BC", "CAR") does not match. One name can be several places
 * ("Punjab" is in India and Pakistan); {@link Match#places()} lists them all and the extractor picks by the
 * article's countries. Immutable after loading; shared by all tasks of an executor.
 */
public final class Gazetteer implements org.newsframe.actors.PlaceNames {

    /** A place name found in a text: token range, character span, and every place it can be. */
    public record Match(int firstToken, int endToken, int begin, int end, List<Place> places) {}

    /** One-word names that are generic words in English news and never locate alone. */
    private static final Set<String> GENERIC = Set.of("central", "north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "capital", "centre", "center", "coast", "coastal", "lakes", "lake",
            "valley", "upper", "lower", "sud", "nord", "est", "ouest", "centro", "norte", "sur", "oriental",
            "occidental", "highlands", "islands", "island", "national", "federal", "greater", "metropolitan",
            "mountain", "mountains", "river", "lagoon", "plateau", "littoral", "maritime", "interior", "delta",
            "border", "frontier", "mid", "middle", "far", "new", "union", "independence", "liberty", "victory",
            "progress", "unity", "peace", "hope", "mercy", "march", "may", "june", "august", "sunday", "friday",
            "bar", "of", "mobile", "reading", "split", "nice", "male", "bath", "battle", "deal", "orange", "ajax",
            "colon", "police", "rule", "sale", "wells", "bay", "cape", "port", "fort", "mount", "saint", "san",
            "santa", "sao", "st", "president", "general", "district", "region", "province", "state", "city");

    /** Lower-case words inside names: "Rio de Janeiro", "Deir ez-Zor", "al-Hasakah". */
    private static final Set<String> CONNECTORS = Set.of("de", "del", "da", "do", "dos", "das", "al", "el", "ez",
            "ed", "es", "as", "ar", "ash", "ad", "la", "le", "les", "of", "and", "the", "di", "du", "van", "von", "y",
            "bin", "ibn", "sur", "en", "am", "an", "upon");

    private static boolean nextIsHyphen(List<Token> tokens, int j, int to) {
        return j + 1 < to && tokens.get(j + 1).kind() == Token.Kind.HYPHEN;
    }

    private static final class Node implements java.io.Serializable {
        final Map<String, Node> next = new HashMap<>(4);
        List<Place> places;
    }

    private final Node root = new Node();
    private int size;

    private static Gazetteer builtin;

    /** The built-in gazetteer, loaded once per JVM. */
    public static synchronized Gazetteer get() {
        if (builtin == null) {
            Gazetteer g = new Gazetteer();
            g.loadAdmin1(DictionaryLoader.resource("gazetteer/admin1.csv"));
            g.loadCities(DictionaryLoader.resource("gazetteer/cities.csv"));
            builtin = g;
        }
        return builtin;
    }

    /** Number of (name, place) entries. */
    public int size() {
        return size;
    }

    /** Adds a place under a name; public for tests and user extensions. */
    public void add(String name, Place place) {
        List<Token> tokens = Tokenizer.tokenize(name);
        if (tokens.isEmpty()) {
            return;
        }
        if (tokens.size() == 1 && GENERIC.contains(tokens.get(0).key())) {
            return;
        }
        Node n = root;
        for (Token t : tokens) {
            n = n.next.computeIfAbsent(t.key(), k -> new Node());
        }
        if (n.places == null) {
            n.places = new ArrayList<>(1);
        }
        if (!n.places.contains(place)) {
            n.places.add(place);
            size++;
        }
    }

    /**
     * The country of the place named by exactly tokens [from, to) (two words or more, capitalised as a name),
     * or null when they name none or places in several countries. Lets the name heuristic tell "Deir Ezzor
     * said" (a place) from a person.
     */
    @Override
    public String countryOf(List<Token> tokens, int from, int to) {
        if (to - from < 2) {
            return null; // one-word names ("Jackson", "Florence") are too often surnames and first names
        }
        return countryOfPlace(tokens, from, to);
    }

    @Override
    public String countryOfPlace(List<Token> tokens, int from, int to) {
        Node n = root;
        for (int k = from; k < to && n != null; k++) {
            n = n.next.get(tokens.get(k).key());
        }
        if (n == null || n.places == null) {
            return null;
        }
        String iso3 = n.places.get(0).iso3();
        for (Place p : n.places) {
            if (!p.iso3().equals(iso3)) {
                return null;
            }
        }
        return iso3;
    }

    /** Place names in tokens [from, to), longest match first, left to right, non-overlapping. */
    public List<Match> match(List<Token> tokens, int from, int to) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Node n = root;
            int best = -1;
            List<Place> bestPlaces = null;
            for (int j = i; j < to; j++) {
                Token t = tokens.get(j);
                n = n.next.get(t.key());
                if (n == null || (t.kind() == Token.Kind.WORD && !t.capitalized()
                        && !(CONNECTORS.contains(t.key()) && (j > i || nextIsHyphen(tokens, j, to))))) {
                    break;
                }
                if (n.places != null && t.kind() == Token.Kind.WORD) {
                    best = j + 1;
                    bestPlaces = n.places;
                }
            }
            if (best == i + 1 && tokens.get(i).allCaps() && tokens.get(i).text().length() <= 3) {
                best = -1; // "BC", "CAR", "SA": abbreviations are too often something else
            }
            if (best > 0) {
                out.add(new Match(i, best, tokens.get(i).begin(), tokens.get(best - 1).end(), List.copyOf(bestPlaces)));
                i = best;
            } else {
                i++;
            }
        }
        return out;
    }

    private void loadAdmin1(InputStream in) {
        for (Map<String, String> r : DictionaryLoader.csvRows(in, "gazetteer/admin1.csv")) {
            Place p = new Place(r.get("name"), r.get("iso3"), Place.ADMIN1, r.get("kind"), r.get("name"));
            addWithAliases(p, r.get("aliases"));
        }
    }

    private void loadCities(InputStream in) {
        for (Map<String, String> r : DictionaryLoader.csvRows(in, "gazetteer/cities.csv")) {
            String admin1 = r.get("admin1");
            Place p = new Place(r.get("name"), r.get("iso3"), Place.CITY, "city", admin1 == null || admin1.isBlank() ? null : admin1);
            addWithAliases(p, r.get("aliases"));
        }
    }

    private void addWithAliases(Place p, String aliases) {
        add(p.name(), p);
        for (String alias : DictionaryLoader.split(aliases)) {
            add(alias, p);
        }
    }
}
