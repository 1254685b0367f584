package org.newsframe.displacement;

/**
 * A place a figure can be located at: its name, country (ISO3), level ({@link #COUNTRY}, {@link #ADMIN1},
 * {@link #CITY}; a higher level is more specific), the local kind of division ("province", "state"), and the
 * first-level division a city lies in, when known.
 */
public record Place(String name, String iso3, int level, String kind, String admin1) implements java.io.Serializable {

    public static final int COUNTRY = 1;
    public static final int ADMIN1 = 2;
    public static final int CITY = 3;

    public String levelName() {
        return switch (level) {
            case COUNTRY -> "country";
            case ADMIN1 -> "admin1";
            default -> "city";
        };
    }
}
