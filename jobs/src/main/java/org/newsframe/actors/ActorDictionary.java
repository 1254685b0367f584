package org.newsframe.actors;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All known actors by id, assembled from the built-in files, user files and Phoenix dictionaries (later
 * sources override earlier ones by id). Also knows, for each country, the location actor of its capital,
 * used when a capital is named as a place rather than as its government.
 */
public final class ActorDictionary implements Serializable {

    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> capitalLocation = new LinkedHashMap<>();

    /** Adds an actor, replacing one with the same id. */
    public void put(Actor actor) {
        actors.put(actor.id(), actor);
    }

    /** Adds aliases to an existing actor (Phoenix synonyms of a built-in country), or puts it when new. */
    public void merge(Actor actor) {
        Actor existing = actors.get(actor.id());
        if (existing == null) {
            put(actor);
            return;
        }
        List<Alias> all = new java.util.ArrayList<>(existing.aliases());
        java.util.Set<String> seen = new java.util.HashSet<>();
        existing.aliases().forEach(a -> seen.add(a.text()));
        for (Alias a : actor.aliases()) {
            if (seen.add(a.text())) {
                all.add(a);
            }
        }
        actors.put(existing.id(), new Actor(existing.id(), existing.name(), existing.type(), existing.country(), all,
                existing.origin()));
    }

    /** The match key of an alias: its token keys, without hyphens and punctuation. */
    public static String aliasKey(String alias) {
        StringBuilder sb = new StringBuilder();
        for (org.newsframe.text.Token t : org.newsframe.text.Tokenizer.tokenize(alias)) {
            if (t.kind() == org.newsframe.text.Token.Kind.WORD || t.kind() == org.newsframe.text.Token.Kind.NUMBER) {
                sb.append(sb.length() > 0 ? " " : "").append(t.key());
            }
        }
        return sb.toString();
    }

    /** Keys of every alias of every actor. */
    public java.util.Set<String> aliasKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Actor a : actors.values()) {
            for (Alias al : a.aliases()) {
                keys.add(aliasKey(al.text()));
            }
        }
        return keys;
    }

    /**
     * Adds a bulk-loaded actor (Phoenix) without taking over names the curated dictionaries already use:
     * aliases whose key is already known are dropped, and an actor left with none is not added.
     */
    public void addWithoutOverriding(Actor actor, java.util.Set<String> knownKeys) {
        List<Alias> fresh = new java.util.ArrayList<>();
        for (Alias a : actor.aliases()) {
            String key = aliasKey(a.text());
            if (!key.isEmpty() && knownKeys.add(key)) {
                fresh.add(a);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        merge(new Actor(actor.id(), actor.name(), actor.type(), actor.country(), fresh, actor.origin()));
    }

    void capital(String countryId, String locationId) {
        capitalLocation.put(countryId, locationId);
    }

    public String capitalLocationOf(String countryId) {
        return capitalLocation.get(countryId);
    }

    public Actor get(String id) {
        return actors.get(id);
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    public int size() {
        return actors.size();
    }
}
