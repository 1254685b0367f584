package org.newsframe.schema;

import java.util.Locale;

/** What kind of actor a mention refers to. */
public enum ActorType {
    /** A state, and its government when the text means the government ("Pakistan urged…"). */
    COUNTRY,
    /** A government body or institution that is not the country itself (Pentagon, Kremlin, IRGC). */
    GOVERNMENT,
    PERSON,
    ARMED_GROUP,
    /** Intergovernmental organisation or agency (UN bodies, NATO, EU, AU…). */
    IGO,
    NGO,
    ORGANIZATION,
    MEDIA,
    /** Population, ethnic or religious group (Afghans, Uyghurs, Shia…). */
    POPULATION,
    /** A place named as a place ("talks in Doha"), not as an actor. */
    LOCATION;

    public static ActorType parse(String s) {
        String v = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (v) {
            case "COUNTRY/GOVERNMENT", "STATE" -> COUNTRY;
            case "POPULATION/ETHNIC_RELIGIOUS_GROUP", "ETHNIC_RELIGIOUS_GROUP", "GROUP" -> POPULATION;
            case "ORG" -> ORGANIZATION;
            case "PER" -> PERSON;
            case "LOC" -> LOCATION;
            default -> ActorType.valueOf(v);
        };
    }
}
