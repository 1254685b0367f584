package org.newsframe.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.types.StructType;
import org.newsframe.config.ConfigError;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;

/**
 * The registry of annotate components: name → how to build it from the configuration, in the order they
 * run. Adding a component is one class and one line here; {@code annotate.components} switches them on and
 * off (they always run in this order, whatever order the configuration lists them in).
 */
public final class AnnotateComponents {

    private AnnotateComponents() {}

    /** Columns a component's rows get from their article when the stage explodes them, plus the derived partition. */
    static final Set<String> ARTICLE_COLUMNS = Set.of("article_id", "pub_date", Tables.PUB_MONTH);

    private static final Map<String, Function<NewsframeConfig, AnnotateComponent>> REGISTRY = new LinkedHashMap<>();

    static {
        REGISTRY.put(MentionsComponent.NAME, MentionsComponent::new);
        REGISTRY.put(SentimentComponent.NAME, c -> new SentimentComponent());
        REGISTRY.put(RelationsComponent.NAME, c -> new RelationsComponent());
        REGISTRY.put(FiguresComponent.NAME, c -> new FiguresComponent());
        REGISTRY.put(StatsComponent.NAME, c -> new StatsComponent());
    }

    /** Every component name, in run order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /**
     * The components {@code annotate.components} enables, in run order; a {@link ConfigError} for an unknown
     * name, a repeated one, or a component whose requirement is switched off.
     */
    public static List<AnnotateComponent> enabled(NewsframeConfig config) {
        List<String> wanted = config.annotateComponents();
        for (String n : wanted) {
            if (!REGISTRY.containsKey(n)) {
                throw new ConfigError("newsframe.annotate.components: no component named '" + n + "'; the components are "
                        + String.join(", ", names()));
            }
        }
        if (Set.copyOf(wanted).size() != wanted.size()) {
            throw new ConfigError("newsframe.annotate.components: a component is listed twice: " + wanted);
        }
        List<AnnotateComponent> out = new ArrayList<>();
        for (Map.Entry<String, Function<NewsframeConfig, AnnotateComponent>> e : REGISTRY.entrySet()) {
            if (wanted.contains(e.getKey())) {
                AnnotateComponent c = e.getValue().apply(config);
                for (String r : c.requires()) {
                    if (!wanted.contains(r)) {
                        throw new ConfigError("newsframe.annotate.components: " + c.name() + " needs " + r + ", which is not listed");
                    }
                }
                out.add(c);
            }
        }
        return out;
    }

    /** Every registered component, enabled or not, in run order. */
    static List<AnnotateComponent> all(NewsframeConfig config) {
        return REGISTRY.values().stream().map(f -> f.apply(config)).toList();
    }

    /** The tables the given components fill, in {@link Tables#all()} order. */
    public static List<TableSchema> tables(List<AnnotateComponent> components) {
        List<TableSchema> out = new ArrayList<>();
        for (TableSchema t : Tables.all()) {
            if (components.stream().anyMatch(c -> c.table().filter(t::equals).isPresent())) {
                out.add(t);
            }
        }
        return out;
    }

    /** A table's row as a component emits it: without the article columns and the derived partition. */
    static StructType rowTypeOf(TableSchema table) {
        return table.structWithout(ARTICLE_COLUMNS);
    }
}
