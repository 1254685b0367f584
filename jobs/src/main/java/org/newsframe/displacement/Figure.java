package org.newsframe.displacement;

import java.time.LocalDate;

/**
 * One displacement figure found in an article: where it is (sentence, character span of the number with its
 * qualifier words, end exclusive), the number as stated, what it counts (unit, term, population), where and
 * when, why, and who said so. Nullable fields are null when the text does not state them.
 *
 * @param unitText the counted noun as written ("families", "Afghans", "homes"); null for an elided noun
 * @param trigger the words that gave the term ("displaced", "return of", "forced to flee")
 * @param countrySource how {@code country} was found: {@code location}, {@code population} or {@code article}
 * @param causeScope where the cause was read: {@code sentence}, {@code context} (the sentence before) or
 *     {@code article}
 * @param householdSize persons per household used for {@code peopleEstimate}; null when the unit is people
 * @param projected a hedged future or risk ("could be displaced", "plans to evacuate"): not a count of what happened
 * @param decision what kept the figure: {@link #RULES} (the extractor's rules) or {@link #MODEL} (the figure
 *     model, over a count of people the rules left)
 * @param score the figure model's probability for a {@link #MODEL} figure; null for the others
 */
public record Figure(int sentenceIndex, int begin, int end, long quantity, String quantityText, Long quantityMax,
                     String qualifier, boolean vague, String unit, String unitText, Term term, String trigger,
                     String population, String populationActor, String location, String locationLevel,
                     String country, String countrySource, String cause, String hazard, String causeScope,
                     String referencePeriod, LocalDate periodStart, LocalDate periodEnd, String source,
                     String sourceActor, Double householdSize, long peopleEstimate, boolean projected,
                     String decision, Double score) {

    public static final String PEOPLE = "people";
    public static final String HOUSEHOLDS = "households";
    public static final String RULES = "rules";
    public static final String MODEL = "model";
}
