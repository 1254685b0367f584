package org.newsframe.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsframe.schema.ActorType;

/**
 * Reads actor dictionaries:
 * <ul>
 *   <li>the built-in {@code actors/countries.csv} (iso3, name, aliases, adjectives, people, capitals,
 *       ambiguous) and {@code actors/actors.csv};</li>
 *   <li>user files in the {@code actors.csv} format ({@code actor_id,name,type,country,aliases,ambiguous},
 *       {@code |} between aliases) or as JSON (an array of objects, or one object per line, with the same
 *       keys; aliases and ambiguous may be arrays);</li>
 *   <li>Phoenix/PETRARCH {@code .actors.txt} files ({@link PhoenixLoader}).</li>
 * </ul>
 */
public final class DictionaryLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DictionaryLoader() {}

    /** The built-in dictionary: every country (with its people and capital) and the actors list. */
    public static ActorDictionary builtin() {
        ActorDictionary d = new ActorDictionary();
        loadCountries(d, resource("actors/countries.csv"), "builtin");
        for (Actor a : readActorsCsv(resource("actors/actors.csv"), "actors/actors.csv", "builtin")) {
            d.put(a);
        }
        return d;
    }

    /** A classpath resource (the built-in data files), or an error naming it when absent. */
    public static InputStream resource(String name) {
        InputStream in = DictionaryLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    static void loadCountries(ActorDictionary d, InputStream in, String origin) {
        for (Map<String, String> row : csvRows(in, "actors/countries.csv")) {
            String iso3 = row.get("iso3").trim();
            String name = row.get("name").trim();
            Set<String> ambiguous = Set.copyOf(split(row.get("ambiguous")));
            List<String> adjectives = split(row.get("adjectives"));
            List<Alias> aliases = new ArrayList<>();
            aliases.add(new Alias(name, Alias.Kind.NAME, ambiguous.contains(name)));
            for (String a : split(row.get("aliases"))) {
                aliases.add(new Alias(a, Alias.Kind.NAME, ambiguous.contains(a)));
            }
            for (String a : adjectives) {
                aliases.add(new Alias(a, Alias.Kind.ADJECTIVE, ambiguous.contains(a)));
            }
            List<String> capitals = split(row.get("capitals"));
            for (String c : capitals) {
                aliases.add(new Alias(c, Alias.Kind.CAPITAL, ambiguous.contains(c)));
            }
            d.put(new Actor(iso3, name, ActorType.COUNTRY, iso3, aliases, origin));
            List<Alias> people = new ArrayList<>();
            for (String p : split(row.get("people"))) {
                if (!adjectives.contains(p)) {
                    people.add(new Alias(p, Alias.Kind.PEOPLE, ambiguous.contains(p)));
                }
            }
            if (!people.isEmpty()) {
                d.put(new Actor("POP_" + iso3, people.get(0).text(), ActorType.POPULATION, iso3, people, origin));
            }
            if (!capitals.isEmpty()) {
                String locId = "LOC_" + slug(capitals.get(0));
                d.put(new Actor(locId, capitals.get(0), ActorType.LOCATION, iso3, List.of(), origin));
                d.capital(iso3, locId);
            }
        }
    }

    /** Actors in the actors.csv format. */
    public static List<Actor> readActorsCsv(InputStream in, String fileName, String origin) {
        List<Actor> out = new ArrayList<>();
        int line = 1;
        for (Map<String, String> row : csvRows(in, fileName)) {
            line++;
            out.add(actor(row::get, fileName + " row " + line, origin));
        }
        return out;
    }

    /** Actors from JSON: an array of objects, or one object per line. */
    public static List<Actor> readActorsJson(InputStream in, String fileName, String origin) {
        List<Actor> out = new ArrayList<>();
        try {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            List<JsonNode> nodes = new ArrayList<>();
            if (content.startsWith("[")) {
                JSON.readTree(content).forEach(nodes::add);
            } else {
                for (String l : content.split("\n")) {
                    if (!l.isBlank()) {
                        nodes.add(JSON.readTree(l));
                    }
                }
            }
            int i = 0;
            for (JsonNode n : nodes) {
                i++;
                out.add(actor(key -> jsonField(n, key), fileName + " object " + i, origin));
            }
        } catch (IOException e) {
            throw new DictionaryError("cannot read actor file " + fileName + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String jsonField(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join("|", parts);
        }
        return v.asText();
    }

    private static Actor actor(Function<String, String> field, String where, String origin) {
        String id = trim(field.apply("actor_id"));
        String name = trim(field.apply("name"));
        if (id == null || name == null) {
            throw new DictionaryError(where + ": actor_id and name are required");
        }
        if (!id.matches("[A-Za-z0-9_:.-]+")) {
            throw new DictionaryError(where + ": actor_id '" + id + "' may use only letters, digits and _ : . -");
        }
        ActorType type;
        try {
            type = ActorType.parse(field.apply("type") == null ? "ORGANIZATION" : field.apply("type"));
        } catch (IllegalArgumentException e) {
            throw new DictionaryError(where + ": unknown type '" + field.apply("type") + "' (one of "
                    + java.util.Arrays.toString(ActorType.values()) + ")");
        }
        String country = trim(field.apply("country"));
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new DictionaryError(where + ": country must be an ISO 3166 alpha-3 code, got '" + country + "'");
        }
        Set<String> ambiguous = Set.copyOf(split(field.apply("ambiguous")));
        List<Alias> aliases = new ArrayList<>();
        aliases.add(new Alias(name, Alias.Kind.NAME, ambiguous.contains(name)));
        for (String a : split(field.apply("aliases"))) {
            if (!a.equals(name)) {
                aliases.add(new Alias(a, Alias.Kind.NAME, ambiguous.contains(a)));
            }
        }
        return new Actor(id, name, type, country, aliases, origin);
    }

    /**
     * Rows of a CSV file with a header (keys lower-cased), {@code #} comment lines skipped: the reader of every
     * built-in data file (actors, gazetteer, household sizes) and of users' actor files.
     */
    public static List<Map<String, String>> csvRows(InputStream in, String fileName) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setComment('#');
        s.getFormat().setLineSeparator("\n");
        s.setHeaderExtractionEnabled(true);
        s.setSkipEmptyLines(true);
        s.setMaxCharsPerColumn(100_000);
        CsvParser p = new CsvParser(s);
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.beginParsing(r);
            String[] row;
            String[] header = null;
            while ((row = p.parseNext()) != null) {
                if (header == null) {
                    header = p.getContext().headers();
                    if (header == null) {
                        throw new DictionaryError(fileName + ": no header row");
                    }
                }
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i].trim().toLowerCase(Locale.ROOT), i < row.length ? row[i] : null);
                }
                rows.add(m);
            }
        } catch (IOException e) {
            throw new DictionaryError("cannot read " + fileName + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** The values of a {@code |}-separated field, trimmed, empty ones dropped. */
    public static List<String> split(String multi) {
        if (multi == null || multi.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : multi.split("\\|")) {
            String t = part.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "Washington, D.C." → "WASHINGTON_DC". */
    public static String slug(String s) {
        String k = org.newsframe.text.Tokenizer.key(s).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
