package org.newsframe.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stages by name, in data-flow order. {@link #select} turns {@code --stages} / {@code --from} into the stages
 * to run, always in registry order, so a run reads top to bottom whatever order the user typed.
 */
public final class StageRegistry {

    private final Map<String, Stage> stages = new LinkedHashMap<>();

    /** A registry of these stages, in this (data-flow) order; names must be unique. */
    public StageRegistry(List<Stage> ordered) {
        for (Stage s : ordered) {
            if (stages.put(s.name(), s) != null) {
                throw new IllegalArgumentException("two stages named " + s.name());
            }
        }
    }

    public List<Stage> all() {
        return List.copyOf(stages.values());
    }

    public List<String> names() {
        return List.copyOf(stages.keySet());
    }

    /**
     * The stages to run: every stage when neither is given; the named ones ({@code --stages}); or the named
     * one and every stage after it ({@code --from}). Not both.
     */
    public List<Stage> select(List<String> names, String from) {
        if (names != null && !names.isEmpty() && from != null) {
            throw new PipelineError("give --stages or --from, not both");
        }
        if (from != null) {
            List<String> order = names();
            int i = order.indexOf(require(from));
            return all().subList(i, order.size());
        }
        if (names == null || names.isEmpty()) {
            return all();
        }
        List<String> wanted = new ArrayList<>();
        for (String n : names) {
            wanted.add(require(n.strip()));
        }
        return all().stream().filter(s -> wanted.contains(s.name())).toList();
    }

    private String require(String name) {
        if (!stages.containsKey(name)) {
            throw new PipelineError("no stage named '" + name + "'; the stages are " + String.join(", ", names()));
        }
        return name;
    }
}
