package org.newsframe.annotate;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.newsframe.schema.RowShape;
import org.newsframe.schema.Tables;
import org.newsframe.sentiment.Relation;

/** {@code relations}: who does what to whom between the mentions of a sentence → table {@code actor_relations}. */
final class RelationsComponent extends NamedComponent {

    static final String NAME = "relations";

    private static final RowShape.Builder ROW = RowShape.of(AnnotateComponents.rowTypeOf(Tables.ACTOR_RELATIONS));
    private static final RowShape.Field<Integer> SENTENCE_INDEX = ROW.field("sentence_index", Integer.class);
    private static final RowShape.Field<String> SOURCE_ACTOR = ROW.field("source_actor", String.class);
    private static final RowShape.Field<String> SOURCE_NAME = ROW.field("source_name", String.class);
    private static final RowShape.Field<String> TARGET_ACTOR = ROW.field("target_actor", String.class);
    private static final RowShape.Field<String> TARGET_NAME = ROW.field("target_name", String.class);
    private static final RowShape.Field<String> RELATION = ROW.field("relation", String.class);
    private static final RowShape.Field<Integer> POLARITY = ROW.field("polarity", Integer.class);
    private static final RowShape.Field<Boolean> NEGATED = ROW.field("negated", Boolean.class);
    private static final RowShape.Field<Integer> BEGIN = ROW.field("begin", Integer.class);
    private static final RowShape.Field<Integer> END = ROW.field("end", Integer.class);
    private static final RowShape.Field<String> TRIGGER = ROW.field("trigger", String.class);
    private static final RowShape.Field<String> TEXT = ROW.field("text", String.class);
    private static final RowShape SHAPE = ROW.build();

    RelationsComponent() {
        super(NAME, List.of(MentionsComponent.NAME), Tables.ACTOR_RELATIONS);
    }

    @Override
    public void annotate(ArticleDoc doc, Extractors x) {
        doc.relations(x.relations().extract(doc.text(), doc.mentions(), doc.mentionTokens()));
    }

    @Override
    public List<Row> rows(ArticleDoc doc) {
        List<Row> out = new ArrayList<>(doc.relations().size());
        for (Relation r : doc.relations()) {
            Object[] v = SHAPE.values();
            SENTENCE_INDEX.set(v, r.sentenceIndex());
            SOURCE_ACTOR.set(v, r.sourceActor());
            SOURCE_NAME.set(v, r.sourceName());
            TARGET_ACTOR.set(v, r.targetActor());
            TARGET_NAME.set(v, r.targetName());
            RELATION.set(v, r.relation().name());
            POLARITY.set(v, r.polarity());
            NEGATED.set(v, r.negated());
            BEGIN.set(v, r.begin());
            END.set(v, r.end());
            TRIGGER.set(v, r.trigger());
            TEXT.set(v, doc.text().sentenceText(r.sentenceIndex(), r.begin(), r.end()));
            out.add(SHAPE.row(v));
        }
        return out;
    }
}
