package org.newsframe.annotate;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.newsframe.actors.Mention;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.schema.ActorType;
import org.newsframe.schema.RowShape;
import org.newsframe.schema.Tables;
import org.newsframe.sentiment.TargetSentiment;

/**
 * {@code mentions}: actor mentions from the dictionary, the name tagger ({@code actors.tagger}) and the name
 * heuristic ({@code actors.heuristic}), merged with the Spark NLP model's chunks when {@code ner.model} ran →
 * table {@code mentions}. Like every English-trained component it reads only the languages of {@code language.annotate}.
 * A dictionary mention wins over a tagged name it overlaps; a tagged name wins over
 * the heuristic's guess, except a place the gazetteer confirmed. The sentiment
 * columns come from the {@code sentiment} component, null without it.
 */
final class MentionsComponent extends NamedComponent {

    static final String NAME = "mentions";

    static final StructType ROW_TYPE = AnnotateComponents.rowTypeOf(Tables.MENTIONS);

    private static final RowShape.Builder ROW = RowShape.of(ROW_TYPE);
    private static final RowShape.Field<Integer> SENTENCE_INDEX = ROW.field("sentence_index", Integer.class);
    private static final RowShape.Field<Integer> BEGIN = ROW.field("begin", Integer.class);
    private static final RowShape.Field<Integer> END = ROW.field("end", Integer.class);
    private static final RowShape.Field<String> TEXT = ROW.field("text", String.class);
    private static final RowShape.Field<String> ACTOR_ID = ROW.field("actor_id", String.class);
    private static final RowShape.Field<String> ACTOR_NAME = ROW.field("actor_name", String.class);
    private static final RowShape.Field<String> ACTOR_TYPE = ROW.field("actor_type", String.class);
    private static final RowShape.Field<String> COUNTRY = ROW.field("country", String.class);
    private static final RowShape.Field<String> SOURCE = ROW.field("source", String.class);
    private static final RowShape.Field<Boolean> METONYM = ROW.field("metonym", Boolean.class);
    private static final RowShape.Field<String> FORM = ROW.field("form", String.class);
    private static final RowShape.Field<Double> SENTIMENT = ROW.field("sentiment", Double.class);
    private static final RowShape.Field<String> SENTIMENT_LABEL = ROW.field("sentiment_label", String.class);
    private static final RowShape.Field<Double> SENTIMENT_CONFIDENCE = ROW.field("sentiment_confidence", Double.class);
    private static final RowShape SHAPE = ROW.build();

    private final boolean heuristic;

    MentionsComponent(NewsframeConfig config) {
        super(NAME, List.of(), Tables.MENTIONS);
        this.heuristic = config.actors().heuristic();
    }

    @Override
    public void annotate(ArticleDoc doc, Extractors x) {
        List<Mention> found = x.mentionFinder().find(doc.text());
        if (!heuristic) {
            found.removeIf(m -> m.source().equals(Mention.HEURISTIC));
        }
        if (x.tagger() != null) {
            // the dictionary knows better where it has a mention; the tagger, where the name heuristic guessed
            List<ModelChunk> tagged = new ArrayList<>();
            for (org.newsframe.ner.NameTagger.Name n : x.tagger().names(doc.text())) {
                tagged.add(new ModelChunk(n.begin(), n.end(), doc.text().text().substring(n.begin(), n.end()), n.type()));
            }
            // … and a tagged organisation named after a country ("Syrian Coalition", "Iraqi Red Crescent"), which is more
            // than the country its adjective matched, unless it is a state body the country stands for ("Syrian army")
            List<Mention> before = List.copyOf(found);
            found.removeIf(m -> m.source().equals(Mention.DICTIONARY) && (m.form().equals(Mention.ADJECTIVE) || m.form().equals(Mention.PEOPLE))
                    && tagged.stream().anyMatch(c -> c.label().equals("ORG") && c.begin() == m.begin() && c.end() > m.end()
                            && !stateBody(c.text().substring(m.end() - c.begin())) && onlyMention(before, m, c)));
            // … except a place the gazetteer confirmed ("Deir Ezzor said" is a place, not a person) and a name the
            // heuristic found with the very same span (its cues, "Asia Program" an organisation, are precise)
            // (but a person it guessed where the tagger read a place is the place: "In Michoacán, …")
            found.removeIf(m -> m.source().equals(Mention.HEURISTIC) && m.country() == null
                    && tagged.stream().anyMatch(c -> m.overlaps(c.begin(), c.end())
                            && (!(m.begin() == c.begin() && m.end() == c.end()) || c.label().equals("LOC") && m.actorType() == ActorType.PERSON)));
            found = org.newsframe.actors.TaggedNames.link(doc.text(), ModelChunks.merge(doc.text(), found, tagged, Mention.TAGGER),
                    x.mentionFinder().places());
        }
        if (!doc.chunks().isEmpty()) {
            found = ModelChunks.merge(doc.text(), found, doc.chunks(), Mention.MODEL);
        }
        doc.mentions(found);
    }

    /** Words of a country's own bodies: "Syrian army" is Syria acting, not an organisation of its own. */
    private static final java.util.Set<String> STATE_BODIES = java.util.Set.of("army", "military", "forces", "force", "government",
            "regime", "police", "navy", "troops", "authorities", "ministry", "embassy", "parliament", "cabinet", "guard", "guards",
            "intelligence", "president", "presidency", "state", "foreign", "defence", "defense", "interior", "national", "air");

    /** Whether m is the only dictionary mention inside the chunk (so the chunk, once m is gone, can take its place). */
    private static boolean onlyMention(List<Mention> found, Mention m, ModelChunk c) {
        for (Mention o : found) {
            if (o != m && o.source().equals(Mention.DICTIONARY) && o.overlaps(c.begin(), c.end())) {
                return false;
            }
        }
        return true;
    }

    private static boolean stateBody(String rest) {
        for (org.newsframe.text.Token t : org.newsframe.text.Tokenizer.tokenize(rest)) {
            if (STATE_BODIES.contains(t.key())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Row> rows(ArticleDoc doc) {
        List<Mention> ms = doc.mentions();
        List<TargetSentiment> scored = doc.sentiments();
        List<Row> out = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            TargetSentiment ts = scored == null ? null : scored.get(i);
            Object[] v = SHAPE.values();
            SENTENCE_INDEX.set(v, m.sentenceIndex());
            BEGIN.set(v, m.begin());
            END.set(v, m.end());
            TEXT.set(v, m.text());
            ACTOR_ID.set(v, m.actorId());
            ACTOR_NAME.set(v, m.actorName());
            ACTOR_TYPE.set(v, m.actorType().name());
            COUNTRY.set(v, m.country());
            SOURCE.set(v, m.source());
            METONYM.set(v, m.metonym());
            FORM.set(v, m.form());
            if (ts != null) {
                SENTIMENT.set(v, ts.score());
                SENTIMENT_LABEL.set(v, ts.label());
                SENTIMENT_CONFIDENCE.set(v, ts.confidence());
            }
            out.add(SHAPE.row(v));
        }
        return out;
    }
}
