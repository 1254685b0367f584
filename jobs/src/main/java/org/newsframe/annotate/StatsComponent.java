package org.newsframe.annotate;

import java.util.List;
import org.apache.spark.sql.Row;
import org.newsframe.schema.RowShape;
import org.newsframe.schema.Tables;

/**
 * {@code stats}: the sizes of each article — sentences, tokens, and the mentions and figures the components
 * before it found (0 for a component switched off) → table {@code article_stats}, one row per article.
 */
final class StatsComponent extends NamedComponent {

    static final String NAME = "stats";

    private static final RowShape.Builder ROW = RowShape.of(AnnotateComponents.rowTypeOf(Tables.ARTICLE_STATS));
    private static final RowShape.Field<Integer> N_SENTENCES = ROW.field("n_sentences", Integer.class);
    private static final RowShape.Field<Integer> N_TOKENS = ROW.field("n_tokens", Integer.class);
    private static final RowShape.Field<Integer> N_MENTIONS = ROW.field("n_mentions", Integer.class);
    private static final RowShape.Field<Integer> N_FIGURES = ROW.field("n_figures", Integer.class);
    private static final RowShape SHAPE = ROW.build();

    StatsComponent() {
        super(NAME, List.of(), Tables.ARTICLE_STATS);
    }

    /** Sizes are counted in every language, so article_stats keeps one row per article. */
    @Override
    public LanguageScope languages() {
        return LanguageScope.ANY;
    }

    @Override
    public void annotate(ArticleDoc doc, Extractors x) {
        // counts only: everything it reports is already in the doc
    }

    @Override
    public List<Row> rows(ArticleDoc doc) {
        Object[] v = SHAPE.values();
        N_SENTENCES.set(v, doc.text().sentences().size());
        N_TOKENS.set(v, doc.text().tokens().size());
        N_MENTIONS.set(v, doc.mentions().size());
        N_FIGURES.set(v, doc.figures().size());
        return List.of(SHAPE.row(v));
    }
}
