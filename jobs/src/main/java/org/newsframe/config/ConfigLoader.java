package org.newsframe.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValueFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the effective configuration: the defaults ({@code conf/newsframe.conf}, packaged on the
 * classpath as {@code newsframe.conf}), then a user file, then {@code --set key=value} overrides.
 * Unknown keys and wrong types are errors; {@code spark.*} keys pass through.
 */
public final class ConfigLoader {

    public static final String DEFAULTS_RESOURCE = "newsframe.conf";

    private ConfigLoader() {}

    public static Config defaults() {
        Config defaults = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), DEFAULTS_RESOURCE,
                ConfigParseOptions.defaults().setAllowMissing(false));
        return defaults.resolve();
    }

    public static NewsframeConfig load(File userFile, List<String> sets) {
        Config defaults = defaults();
        Config user = ConfigFactory.empty();
        if (userFile != null) {
            if (!userFile.isFile()) {
                throw new ConfigError("configuration file not found: " + userFile);
            }
            try {
                user = ConfigFactory.parseFile(userFile,
                        ConfigParseOptions.defaults().setSyntax(ConfigSyntax.CONF).setAllowMissing(false));
            } catch (ConfigException e) {
                throw new ConfigError("cannot read configuration file " + userFile + ": " + e.getMessage(), e);
            }
        }
        Config overrides = ConfigFactory.empty();
        for (String set : sets == null ? List.<String>of() : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new ConfigError("--set takes key=value, got: " + set);
            }
            String key = qualify(set.substring(0, eq).trim());
            String value = set.substring(eq + 1).trim();
            overrides = overrides.withValue(key, parseValue(key, value));
        }
        Config userLayer = overrides.withFallback(user);
        try {
            userLayer = userLayer.resolveWith(defaults);
        } catch (ConfigException e) {
            throw new ConfigError("invalid configuration: " + e.getMessage(), e);
        }
        checkKnownKeys(userLayer, defaults);
        Config merged = userLayer.withFallback(defaults).resolve();
        try {
            merged.checkValid(defaults, "newsframe");
        } catch (ConfigException.ValidationFailed e) {
            throw new ConfigError("invalid configuration: " + e.getMessage(), e);
        }
        return NewsframeConfig.from(merged);
    }

    /** {@code input.format} means {@code newsframe.input.format}; {@code spark.*} stays as it is. */
    static String qualify(String key) {
        if (key.startsWith("newsframe.") || key.startsWith("spark.")) {
            return key;
        }
        return "newsframe." + key;
    }

    private static com.typesafe.config.ConfigValue parseValue(String key, String value) {
        if (value.startsWith("[") || value.startsWith("{")) {
            try {
                return ConfigFactory.parseString("v = " + value).getValue("v");
            } catch (ConfigException e) {
                throw new ConfigError("--set " + key + ": cannot parse value " + value + ": " + e.getMessage(), e);
            }
        }
        return ConfigValueFactory.fromAnyRef(value, "--set " + key);
    }

    private static final String HOUSEHOLD_SIZES = "newsframe.displacement.household-size.countries.";

    private static void checkKnownKeys(Config userLayer, Config defaults) {
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, com.typesafe.config.ConfigValue> e : userLayer.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("spark.") || key.startsWith(HOUSEHOLD_SIZES)) {
                continue; // free-form maps: Spark settings; household sizes keyed by ISO3
            }
            if (!defaults.hasPathOrNull(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(Comparator.naturalOrder());
            StringBuilder msg = new StringBuilder("unknown configuration key");
            msg.append(unknown.size() > 1 ? "s: " : ": ");
            for (int i = 0; i < unknown.size(); i++) {
                if (i > 0) {
                    msg.append(", ");
                }
                String k = unknown.get(i);
                msg.append(k);
                String near = nearest(k, defaults.entrySet().stream().map(Map.Entry::getKey).toList());
                if (near != null) {
                    msg.append(" (did you mean ").append(near).append("?)");
                }
            }
            msg.append(". Every key is listed in conf/newsframe.conf.");
            throw new ConfigError(msg.toString());
        }
    }

    /** The known key closest to a misspelt one, when it is close enough to be a likely typo. */
    static String nearest(String key, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = levenshtein(key, k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 5) ? best : null;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
