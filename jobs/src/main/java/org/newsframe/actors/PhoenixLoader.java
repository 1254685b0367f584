package org.newsframe.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsframe.schema.ActorType;

/**
 * Reads Phoenix / PETRARCH (TABARI-format) actor dictionaries: a {@code PRIMARY_NAME_} line, {@code +SYNONYM_}
 * lines, and {@code [CODE]} or indented {@code [CODE start-end]} lines; underscores are spaces, {@code #}
 * starts a comment. The CAMEO code gives the country (its first three letters when they are a country code)
 * and the type: IGO, NGO, IMG (armed group), MNC (company); REB/INS/MIL/SEP/UAF roles are armed groups, GOV
 * government, MED media. An entry whose code is a bare country code (e.g. {@code [AFG]}) is that country: its
 * synonyms are added to the country's actor (id = the ISO code). Other entries get ids {@code PHX_<NAME>}.
 *
 * <p>Phoenix names are upper case; they are matched as capitalised names (short ones of up to four letters,
 * acronyms, stay case-sensitive). Note that Phoenix lists provinces and cities as synonyms of their country
 * (Kabul, Herat → Afghanistan): loading it makes those country mentions, as in PETRARCH.
 */
public final class PhoenixLoader {

    private PhoenixLoader() {}

    private record Entry(String name, List<String> synonyms, List<String> codes) {}

    public static List<Actor> read(InputStream in, String fileName) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String body = stripComment(line);
                if (body.isBlank()) {
                    continue;
                }
                char first = body.charAt(0);
                String t = body.strip();
                if (first == '+' && current != null) {
                    current.synonyms().add(name(t.substring(1)));
                } else if (Character.isWhitespace(first) || t.startsWith("[")) {
                    if (current != null) {
                        String code = code(t);
                        if (code != null) {
                            current.codes().add(code);
                        }
                    }
                } else {
                    int bracket = t.indexOf('[');
                    String nm = bracket >= 0 ? t.substring(0, bracket) : t;
                    current = new Entry(name(nm), new ArrayList<>(), new ArrayList<>());
                    entries.add(current);
                    if (bracket >= 0) {
                        String code = code(t.substring(bracket));
                        if (code != null) {
                            current.codes().add(code);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new DictionaryError("cannot read Phoenix dictionary " + fileName + ": " + e.getMessage(), e);
        }
        List<Actor> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name().isBlank() || e.codes().isEmpty()) {
                continue;
            }
            String code = e.codes().get(e.codes().size() - 1);
            List<Alias> aliases = new ArrayList<>();
            for (String n : withAcronyms(e.name(), e.synonyms())) {
                aliases.add(new Alias(display(n), Alias.Kind.NAME, false));
            }
            String clean = withoutParenthetical(e.name());
            String display = display(clean);
            if (code.length() == 3 && !isInternational(code)) {
                out.add(new Actor(code, display, ActorType.COUNTRY, code, aliases, "phoenix"));
            } else {
                String country = code.length() >= 3 && !isInternational(code.substring(0, 3)) ? code.substring(0, 3) : null;
                out.add(new Actor("PHX_" + DictionaryLoader.slug(clean), display, type(code, fileName), country,
                        aliases, "phoenix"));
            }
        }
        return out;
    }

    private static List<String> withAcronyms(String name, List<String> synonyms) {
        List<String> all = new ArrayList<>();
        for (String n : concat(name, synonyms)) {
            int open = n.indexOf('(');
            int close = n.indexOf(')');
            if (open >= 0 && close > open) {
                String inner = n.substring(open + 1, close).strip();
                n = (n.substring(0, open) + " " + n.substring(close + 1)).replaceAll(" +", " ").strip();
                // "ADEN ABYAN ISLAMIC ARMY (AAIA)": an acronym of the name is an alias;
                // "VIRGIN ISLANDS (US)", "E-HOUSE (CHINA) HOLDINGS" are qualifiers, not names
                if (isAcronymOf(inner, n)) {
                    all.add(inner);
                }
            }
            if (!n.isBlank()) {
                all.add(n);
            }
        }
        return all;
    }

    private static String withoutParenthetical(String n) {
        int open = n.indexOf('(');
        int close = n.indexOf(')');
        if (open >= 0 && close > open) {
            return (n.substring(0, open) + " " + n.substring(close + 1)).replaceAll(" +", " ").strip();
        }
        return n;
    }

    static boolean isAcronymOf(String acronym, String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[ -]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String a = acronym.replace(".", "");
        return a.length() >= 2 && a.chars().allMatch(Character::isUpperCase) && initials.toString().contains(a);
    }

    private static List<String> concat(String a, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(a);
        l.addAll(rest);
        return l;
    }

    private static boolean isInternational(String c) {
        return c.startsWith("IGO") || c.startsWith("NGO") || c.startsWith("IMG") || c.startsWith("MNC")
                || c.startsWith("UIS") || c.startsWith("NGM");
    }

    private static ActorType type(String code, String fileName) {
        if (code.startsWith("IGO")) {
            return ActorType.IGO;
        }
        if (code.startsWith("NGO")) {
            return ActorType.NGO;
        }
        if (code.startsWith("IMG")) {
            return ActorType.ARMED_GROUP;
        }
        if (code.startsWith("MNC")) {
            return ActorType.ORGANIZATION;
        }
        String role = code.length() >= 6 ? code.substring(3, 6) : "";
        return switch (role) {
            case "REB", "INS", "MIL", "SEP", "UAF" -> ActorType.ARMED_GROUP;
            case "MED" -> ActorType.MEDIA;
            case "GOV" -> fileName.contains("Countries") ? ActorType.PERSON : ActorType.GOVERNMENT;
            default -> fileName.contains("Countries") ? ActorType.PERSON : ActorType.ORGANIZATION;
        };
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static String code(String s) {
        int open = s.indexOf('[');
        int close = s.indexOf(']');
        if (open < 0 || close <= open) {
            return null;
        }
        String inner = s.substring(open + 1, close).strip();
        int space = inner.indexOf(' ');
        String code = space >= 0 ? inner.substring(0, space) : inner;
        if (code.startsWith("~")) {
            code = code.substring(1);
        }
        return code.isEmpty() ? null : code.toUpperCase(Locale.ROOT);
    }

    /** "AFGHAN_TALIBAN_" → "AFGHAN TALIBAN". */
    private static String name(String raw) {
        return raw.replace('_', ' ').strip();
    }

    /** Upper-case Phoenix names as capitalised words; short single words (acronyms) stay upper case. */
    static String display(String upper) {
        if (upper.indexOf(' ') < 0 && upper.length() <= 4) {
            return upper;
        }
        StringBuilder sb = new StringBuilder(upper.length());
        boolean startOfWord = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
                startOfWord = false;
            } else {
                sb.append(c);
                startOfWord = c == ' ' || c == '-' || c == '/';
            }
        }
        return sb.toString();
    }
}
