package org.newsframe.displacement;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsframe.actors.DictionaryLoader;

/**
 * Persons per household by country, to estimate people from a household figure: the built-in
 * {@code displacement/household-sizes.csv}, overridden per country and given a default by configuration
 * ({@code displacement.household-size}). Immutable.
 */
public final class HouseholdSizes implements java.io.Serializable {

    public static final double DEFAULT = 5.0;

    private final Map<String, Double> sizes;
    private final double fallback;

    public HouseholdSizes(Map<String, Double> sizes, double fallback) {
        this.sizes = Map.copyOf(sizes);
        this.fallback = fallback;
    }

    /** The built-in sizes, with the given overrides (ISO3 → size) and default on top. */
    public static HouseholdSizes builtin(Map<String, Double> overrides, double fallback) {
        Map<String, Double> m = new HashMap<>();
        String file = "displacement/household-sizes.csv";
        for (Map<String, String> r : DictionaryLoader.csvRows(DictionaryLoader.resource(file), file)) {
            m.put(r.get("iso3").strip(), Double.parseDouble(r.get("size").strip()));
        }
        overrides.forEach((k, v) -> m.put(k.toUpperCase(Locale.ROOT), v));
        return new HouseholdSizes(m, fallback);
    }

    /** The built-in sizes with the configured overrides and default ({@code displacement.household-size}). */
    public static HouseholdSizes of(org.newsframe.config.NewsframeConfig.Displacement settings) {
        return builtin(settings.householdSizes(), settings.householdSizeDefault());
    }

    public static HouseholdSizes builtin() {
        return builtin(Map.of(), DEFAULT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdSizes h && h.fallback == fallback && h.sizes.equals(sizes);
    }

    @Override
    public int hashCode() {
        return sizes.hashCode() * 31 + Double.hashCode(fallback);
    }

    /** Persons per household in the country (ISO3), or the default when the country is unknown or null. */
    public double size(String iso3) {
        return iso3 == null ? fallback : sizes.getOrDefault(iso3, fallback);
    }
}
