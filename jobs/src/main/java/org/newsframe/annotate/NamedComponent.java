package org.newsframe.annotate;

import java.util.List;
import java.util.Optional;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;

/** The declared part of a component (name, what it needs, what it fills), so a component class holds only its work. */
abstract class NamedComponent implements AnnotateComponent {

    private final String name;
    private final List<String> requires;
    /** By name: a component travels to the executors, a schema need not. */
    private final String table;

    /** @param table the table it fills, or null */
    NamedComponent(String name, List<String> requires, TableSchema table) {
        this.name = name;
        this.requires = List.copyOf(requires);
        this.table = table == null ? null : table.name();
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> requires() {
        return requires;
    }

    @Override
    public final Optional<TableSchema> table() {
        return Optional.ofNullable(table).map(Tables::byName);
    }
}
