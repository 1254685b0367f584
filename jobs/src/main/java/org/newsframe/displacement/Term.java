package org.newsframe.displacement;

import java.util.Locale;

/**
 * What a figure says happened to the people or homes it counts: newsframe's reporting vocabulary, each term
 * with the IDMC reporting term it corresponds to (docs/displacement.md has the full mapping).
 */
public enum Term {
    /** Displaced, internally displaced, IDPs, uprooted, driven from their homes. */
    DISPLACED("Displaced"),
    /** Fled, forced to flee, escaped. */
    FLED("Forced to flee"),
    EVACUATED("Evacuated"),
    /** Refugees (across a border). */
    REFUGEES("Refugee"),
    ASYLUM_SEEKERS("Asylum seeker"),
    /** Returned, returnees, repatriated. */
    RETURNED("Returns"),
    /** Relocated, resettled, moved to. */
    RELOCATED("Relocated"),
    /** Homeless, left without shelter, lost their homes. */
    HOMELESS("Homeless"),
    /** Sheltered, in relief camps, in evacuation centres, sought refuge. */
    SHELTERED("Sheltered / In relief camp"),
    /** Homes destroyed, razed, washed away, made uninhabitable. */
    DESTROYED_HOUSING("Destroyed housing"),
    /** Homes damaged, partially destroyed, flooded. */
    DAMAGED_HOUSING("Partially destroyed housing"),
    /** Stranded, trapped, cut off. */
    STRANDED("Stranded"),
    /** Deported, expelled. */
    DEPORTED("Deported / Expelled");

    private final String idmc;

    Term(String idmc) {
        this.idmc = idmc;
    }

    /** The value in the {@code term} column: {@code destroyed_housing}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The IDMC reporting term this corresponds to. */
    public String idmc() {
        return idmc;
    }

    /** Counts homes rather than people: the unit is households whatever noun the text uses. */
    public boolean housing() {
        return this == DESTROYED_HOUSING || this == DAMAGED_HOUSING;
    }
}
