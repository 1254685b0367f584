package org.newsframe.actors;

import java.io.Serializable;
import java.util.List;
import org.newsframe.schema.ActorType;

/**
 * A canonical actor: stable id, display name, type, ISO 3166 alpha-3 country (null when none) and the
 * aliases text may use for it. {@code origin} says which dictionary defined it (builtin, a user file,
 * phoenix). Immutable.
 */
public record Actor(String id, String name, ActorType type, String country, List<Alias> aliases, String origin)
        implements Serializable {

    public Actor {
        aliases = List.copyOf(aliases);
    }
}
