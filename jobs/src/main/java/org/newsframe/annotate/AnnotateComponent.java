package org.newsframe.annotate;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.newsframe.schema.TableSchema;

/**
 * A named step of the annotate stage (spaCy's pipeline component, in Java). Each article's
 * {@link ArticleDoc} passes through the enabled components in registry order ({@link AnnotateComponents});
 * a component reads what earlier ones put there and adds its own. A component that fills a table turns the
 * doc into that table's rows ({@link #rows}); the stage writes them. Components are small serialisable
 * values holding only their settings: the heavy extractors come from {@link Extractors}, built once per
 * executor JVM.
 */
public interface AnnotateComponent extends Serializable {

    /** Name in {@code annotate.components} and in docs. */
    String name();

    /** Components that must run before this one (and be enabled with it). */
    List<String> requires();

    /** The table whose rows this component emits, if any. */
    Optional<TableSchema> table();

    /**
     * The row type of {@link #rows}: the table's columns without those the stage adds from the article
     * ({@code article_id}, {@code pub_date}) and the partition the store derives.
     */
    default StructType rowType() {
        return table().map(AnnotateComponents::rowTypeOf).orElseThrow();
    }

    /**
     * Which articles this component reads, by language ({@code articles.lang}): {@link LanguageScope#TRAINED}
     * (the default) for a component whose models and lexicons are English, which reads only the languages of
     * {@code language.annotate} and {@code und}; {@link LanguageScope#ANY} for one that reads every language.
     * An article it does not read passes it by: its annotations stay empty and it emits no rows. A component
     * for another language declares this, and its own extractors, and needs nothing else.
     */
    default LanguageScope languages() {
        return LanguageScope.TRAINED;
    }

    /** The languages a component reads. */
    enum LanguageScope {
        /** Every article, whatever its language (counts and sizes). */
        ANY,
        /** The languages the component was trained for: {@code language.annotate}, and {@code und}. */
        TRAINED
    }

    /** Adds this component's annotations to the doc. */
    void annotate(ArticleDoc doc, Extractors extractors);

    /** The rows of {@link #table()} for one annotated doc, of {@link #rowType()}. */
    default List<Row> rows(ArticleDoc doc) {
        return List.of();
    }
}
