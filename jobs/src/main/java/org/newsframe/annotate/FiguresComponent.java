package org.newsframe.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.newsframe.displacement.Figure;
import org.newsframe.schema.RowShape;
import org.newsframe.schema.Tables;

/**
 * {@code figures}: every displacement figure (number, unit, term, population, place, cause, period, source),
 * reading the mentions for populations and sources → table {@code displacement}.
 */
final class FiguresComponent extends NamedComponent {

    static final String NAME = "figures";

    private static final RowShape.Builder ROW = RowShape.of(AnnotateComponents.rowTypeOf(Tables.DISPLACEMENT));
    private static final RowShape.Field<Integer> SENTENCE_INDEX = ROW.field("sentence_index", Integer.class);
    private static final RowShape.Field<Integer> BEGIN = ROW.field("begin", Integer.class);
    private static final RowShape.Field<Integer> END = ROW.field("end", Integer.class);
    private static final RowShape.Field<String> SENTENCE = ROW.field("sentence", String.class);
    private static final RowShape.Field<Long> QUANTITY = ROW.field("quantity", Long.class);
    private static final RowShape.Field<String> QUANTITY_TEXT = ROW.field("quantity_text", String.class);
    private static final RowShape.Field<Long> QUANTITY_MAX = ROW.field("quantity_max", Long.class);
    private static final RowShape.Field<String> QUALIFIER = ROW.field("qualifier", String.class);
    private static final RowShape.Field<Boolean> VAGUE = ROW.field("vague", Boolean.class);
    private static final RowShape.Field<String> UNIT = ROW.field("unit", String.class);
    private static final RowShape.Field<String> UNIT_TEXT = ROW.field("unit_text", String.class);
    private static final RowShape.Field<Double> HOUSEHOLD_SIZE = ROW.field("household_size", Double.class);
    private static final RowShape.Field<Long> PEOPLE_ESTIMATE = ROW.field("people_estimate", Long.class);
    private static final RowShape.Field<String> TERM = ROW.field("term", String.class);
    private static final RowShape.Field<String> IDMC_TERM = ROW.field("idmc_term", String.class);
    private static final RowShape.Field<String> TRIGGER = ROW.field("trigger", String.class);
    private static final RowShape.Field<String> POPULATION = ROW.field("population", String.class);
    private static final RowShape.Field<String> POPULATION_ACTOR_ID = ROW.field("population_actor_id", String.class);
    private static final RowShape.Field<String> LOCATION = ROW.field("location", String.class);
    private static final RowShape.Field<String> LOCATION_LEVEL = ROW.field("location_level", String.class);
    private static final RowShape.Field<String> COUNTRY = ROW.field("country", String.class);
    private static final RowShape.Field<String> COUNTRY_SOURCE = ROW.field("country_source", String.class);
    private static final RowShape.Field<String> CAUSE = ROW.field("cause", String.class);
    private static final RowShape.Field<String> HAZARD = ROW.field("hazard", String.class);
    private static final RowShape.Field<String> CAUSE_SCOPE = ROW.field("cause_scope", String.class);
    private static final RowShape.Field<String> REFERENCE_PERIOD = ROW.field("reference_period", String.class);
    private static final RowShape.Field<LocalDate> PERIOD_START = ROW.field("period_start", LocalDate.class);
    private static final RowShape.Field<LocalDate> PERIOD_END = ROW.field("period_end", LocalDate.class);
    private static final RowShape.Field<String> SOURCE = ROW.field("source", String.class);
    private static final RowShape.Field<String> SOURCE_ACTOR_ID = ROW.field("source_actor_id", String.class);
    private static final RowShape.Field<Boolean> PROJECTED = ROW.field("projected", Boolean.class);
    private static final RowShape.Field<String> DECISION = ROW.field("decision", String.class);
    private static final RowShape.Field<Double> MODEL_SCORE = ROW.field("model_score", Double.class);
    private static final RowShape SHAPE = ROW.build();

    FiguresComponent() {
        super(NAME, List.of(MentionsComponent.NAME), Tables.DISPLACEMENT);
    }

    @Override
    public void annotate(ArticleDoc doc, Extractors x) {
        doc.figures(x.figures().extract(doc.text(), doc.mentions(), doc.mentionTokens(), doc.pubDate()));
    }

    @Override
    public List<Row> rows(ArticleDoc doc) {
        List<Row> out = new ArrayList<>(doc.figures().size());
        for (Figure f : doc.figures()) {
            out.add(row(f, doc.text().sentenceText(f.sentenceIndex(), f.begin(), f.end())));
        }
        return out;
    }

    /** A figure as a row of the displacement table (without its article columns). */
    static Row row(Figure f, String sentence) {
        Object[] v = SHAPE.values();
        SENTENCE_INDEX.set(v, f.sentenceIndex());
        BEGIN.set(v, f.begin());
        END.set(v, f.end());
        SENTENCE.set(v, sentence);
        QUANTITY.set(v, f.quantity());
        QUANTITY_TEXT.set(v, f.quantityText());
        QUANTITY_MAX.set(v, f.quantityMax());
        QUALIFIER.set(v, f.qualifier());
        VAGUE.set(v, f.vague());
        UNIT.set(v, f.unit());
        UNIT_TEXT.set(v, f.unitText());
        HOUSEHOLD_SIZE.set(v, f.householdSize());
        PEOPLE_ESTIMATE.set(v, f.peopleEstimate());
        TERM.set(v, f.term().code());
        IDMC_TERM.set(v, f.term().idmc());
        TRIGGER.set(v, f.trigger());
        POPULATION.set(v, f.population());
        POPULATION_ACTOR_ID.set(v, f.populationActor());
        LOCATION.set(v, f.location());
        LOCATION_LEVEL.set(v, f.locationLevel());
        COUNTRY.set(v, f.country());
        COUNTRY_SOURCE.set(v, f.countrySource());
        CAUSE.set(v, f.cause());
        HAZARD.set(v, f.hazard());
        CAUSE_SCOPE.set(v, f.causeScope());
        REFERENCE_PERIOD.set(v, f.referencePeriod());
        PERIOD_START.set(v, f.periodStart());
        PERIOD_END.set(v, f.periodEnd());
        SOURCE.set(v, f.source());
        SOURCE_ACTOR_ID.set(v, f.sourceActor());
        PROJECTED.set(v, f.projected());
        DECISION.set(v, f.decision());
        MODEL_SCORE.set(v, f.score());
        return SHAPE.row(v);
    }
}
