package org.newsframe.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The displacement sentences of realistic synthetic articles, each with the figures it states — the ground
 * truth that {@code generate} writes beside the text and {@code eval generated} scores the {@code displacement}
 * table against. The phrasings are those of real monitoring reports and news (issue 10's list): a count as a
 * noun of displacement ("40,000 displacements"), registration and stock ("brings to 95,000 the total"), the
 * term in the noun ("2.4 million IDPs live in…"), two units in apposition or parentheses, shelter and movement
 * verbs, houses destroyed and damaged, ranges and vague amounts, and hedged futures (a figure with
 * {@code projected = true}). Sentences that look like figures and are not (casualties, money, a town's
 * population, a death toll) carry no figure: any figure read there is a false one.
 *
 * <p>Every phrasing here is one the extractor reads today; the generator is a check of counts at scale, not
 * a measure of how the extractor generalises (that is the labelled held-out sets, docs/evaluation.md).
 */
public final class FigureSentences {

    /**
     * One figure as the sentence states it.
     *
     * @param begin start offset (qualifier words included, as the {@code displacement} table's {@code begin})
     * @param end end offset, exclusive
     * @param quantityMax the upper end of a range or a vague amount; null for one number
     * @param unit {@code people} or {@code households}
     * @param term the {@code displacement.term} it is
     */
    public record Truth(int begin, int end, long quantity, Long quantityMax, String unit, String term, boolean projected) {
        Truth shifted(int by) {
            return new Truth(begin + by, end + by, quantity, quantityMax, unit, term, projected);
        }
    }

    /** A sentence and its figures, offsets within the sentence. */
    record Sentence(String text, List<Truth> figures) {}

    /** A number as written, and what it means. */
    private record Amount(String text, long quantity, Long max) {}

    private static final List<String> PLACES = List.of(
            "Kandahar province", "Khartoum", "North Darfur", "Goma", "Maiduguri", "Mogadishu", "Kharkiv", "Sanaa",
            "Idlib", "Tigray", "Marib", "Borno State", "Kunduz");
    private static final List<String> TOWNS = List.of("Kunduz", "Goma", "Marib", "Maiduguri", "Kharkiv");
    private static final List<String> COUNTRIES = List.of("Sudan", "Syria", "Somalia", "Ukraine", "Myanmar");
    private static final List<String> HOSTS = List.of("Poland", "Chad", "Kenya", "Bangladesh", "Turkey");
    private static final List<String> POPULATIONS = List.of("Ukrainians", "Sudanese", "Somalis", "Rohingya", "Afghans");
    private static final List<String> ORGS = List.of("UNHCR", "the ICRC", "the World Food Programme", "OCHA",
            "the International Organization for Migration");
    private static final List<String> PEOPLE = List.of("spokesperson Amina Darwish", "envoy Claire Duvall",
            "UN official Mireille Banza", "analyst Rahim Qadiri");
    private static final List<String> CAUSES = List.of("by fighting", "by the floods", "after the earthquake",
            "by clashes between armed groups", "by airstrikes");
    private static final List<String> QUALIFIERS = List.of("", "", "more than ", "up to ", "at least ", "about ",
            "nearly ", "some ", "an estimated ", "around ");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

    /** The classic "N people have been displaced" verb phrases and their terms, people then households. */
    static final List<String[]> PEOPLE_TERMS = List.of(
            new String[] {"have been displaced", "displaced"}, new String[] {"have fled their homes", "fled"},
            new String[] {"were evacuated", "evacuated"}, new String[] {"are living in relief camps", "sheltered"},
            new String[] {"have been made homeless", "homeless"},
            new String[] {"have crossed the border as refugees", "refugees"}, new String[] {"remain stranded", "stranded"});
    static final List<String[]> HOUSEHOLD_TERMS = List.of(
            new String[] {"returned to their homes", "returned"}, new String[] {"have been displaced", "displaced"},
            new String[] {"lost their homes", "homeless"});

    private final SplittableRandom random;

    FigureSentences(SplittableRandom random) {
        this.random = random;
    }

    /** A sentence that builds its text and records the figures at the offsets where they are written. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Truth> figures = new ArrayList<>();

        Builder add(String s) {
            text.append(s);
            return this;
        }

        Builder figure(String qualifier, Amount a, String unit, String term, boolean projected) {
            int begin = text.length();
            text.append(qualifier).append(a.text());
            // a vague amount's span is its words without the "of" ("hundreds", "tens of thousands")
            int end = a.text().endsWith(" of") ? text.length() - 3 : text.length();
            figures.add(new Truth(begin, end, a.quantity(), a.max(), unit, term, projected));
            return this;
        }

        Sentence done() {
            if (Character.isLowerCase(text.charAt(0))) {
                text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
            }
            return new Sentence(text.toString(), List.copyOf(figures));
        }
    }

    /** The next displacement sentence: one of the phrasings above, one in twelve with no figure. */
    Sentence next() {
        Builder b = new Builder();
        switch (random.nextInt(24)) {
            case 0, 1, 2, 3, 4 -> { // the classic verb phrase
                boolean households = random.nextInt(4) == 0;
                String[] t = pick(households ? HOUSEHOLD_TERMS : PEOPLE_TERMS);
                String who = households ? pick(List.of("families", "households"))
                        : pick(List.of("people", "civilians", "residents", "Afghans", "Sudanese"));
                Amount a = any();
                b.figure(qualifierFor(a), a, households ? "households" : "people", t[1], false)
                        .add(" " + who + " " + t[0] + " " + pick(CAUSES) + " in " + pick(PLACES) + ", "
                                + pick(PEOPLE) + " said.");
            }
            case 5 -> b.figure(pick(List.of("some ", "about ", "")), exact(), "people", "displaced", false)
                    .add(" displacements were recorded in " + pick(PLACES) + " since January, " + pick(PEOPLE) + " said.");
            case 6 -> b.figure(pick(List.of("an estimated ", "")), exact(), "people", "displaced", false)
                    .add(" new and repeated displacements were reported in " + pick(PLACES) + " last week.");
            case 7 -> b.add(pick(List.of("Flood", "Conflict", "Drought")) + "-related displacements reached ")
                    .figure("", exact(), "people", "displaced", false).add(" in " + pick(PLACES) + ", officials said.");
            case 8 -> b.figure(qualifierFor(null), exact(), "people", "displaced", false)
                    .add(" people were registered as displaced in " + pick(PLACES) + ", " + pick(PEOPLE) + " said.");
            case 9 -> b.add("This brings to ").figure("", exact(), "people", "displaced", false)
                    .add(" the total number of people displaced " + pick(CAUSES) + " in " + pick(PLACES) + ".");
            case 10 -> b.add("The number of returnees to " + pick(PLACES) + " since January now stands at ")
                    .figure("", exact(), "people", "returned", false).add(", " + pick(ORGS) + " said.");
            case 11 -> b.figure(pick(List.of("more than ", "about ", "")), millions(), "people", "displaced", false)
                    .add(" IDPs live in overcrowded sites in " + pick(PLACES) + ", " + pick(ORGS) + " said.");
            case 12 -> b.figure(pick(List.of("about ", "some ", "")), exact(), "people", "refugees", false)
                    .add(" refugees from " + pick(COUNTRIES) + " remain in need of food, aid agencies said.");
            case 13 -> { // two units in apposition
                long families = 100 + random.nextInt(4900);
                b.figure(pick(List.of("about ", "some ", "")), written(families), "households", "displaced", false)
                        .add(" families, or ")
                        .figure(pick(List.of("more than ", "about ", "")), written(families * 5 + random.nextInt(900)),
                                "people", "displaced", false)
                        .add(" people, were displaced " + pick(CAUSES) + " in " + pick(PLACES) + ".");
            }
            case 14 -> { // two units, the second in parentheses
                long households = 100 + random.nextInt(900);
                b.figure(pick(List.of("some ", "")), written(households), "households", "displaced", false)
                        .add(" households (")
                        .figure(pick(List.of("about ", "")), written(households * 5 + random.nextInt(400)),
                                "people", "displaced", false)
                        .add(" people) arrived in " + pick(PLACES) + " after the offensive began.");
            }
            case 15 -> b.figure(qualifierFor(null), exact(), "people", "sheltered", false)
                    .add(" people were staying with host families or in shelters in " + pick(PLACES) + ".");
            case 16 -> b.figure(pick(List.of("at least ", "")), exact(), "people", "sheltered", false)
                    .add(" people remained in " + (3 + random.nextInt(40)) + " evacuation centres in " + pick(PLACES) + ".");
            case 17 -> b.figure(pick(List.of("about ", "")), exact(), "households", "fled", false)
                    .add(" families sought refuge with relatives in " + pick(PLACES) + " after the earthquake.");
            case 18 -> b.figure(pick(List.of("more than ", "")), exact(), "people", "fled", false)
                    .add(" residents left the besieged district of " + pick(PLACES) + " on " + pick(DAYS) + ".");
            case 19 -> b.figure(pick(List.of("up to ", "")), exact(), "people", "fled", false)
                    .add(" " + pick(POPULATIONS) + " crossed into " + pick(HOSTS) + " over the weekend.");
            case 20 -> b.add("A total of ").figure("", exact(), "households", "destroyed_housing", false)
                    .add(" houses were destroyed and ").figure("", exact(), "households", "damaged_housing", false)
                    .add(" damaged " + pick(CAUSES) + " in " + pick(PLACES) + ".");
            case 21 -> b.figure("up to ", exact(), "people", "displaced", true)
                    .add(" people could be displaced if the fighting spreads, " + pick(ORGS) + " warned.");
            default -> b.add(negative());
        }
        return b.done();
    }

    /** Sentences with numbers of people that are not displacement figures. */
    private String negative() {
        return switch (random.nextInt(4)) {
            case 0 -> "At least " + (2 + random.nextInt(300)) + " people were killed and " + (2 + random.nextInt(500))
                    + " injured in " + pick(PLACES) + ".";
            case 1 -> "The appeal seeks $" + (2 + random.nextInt(400)) + " million for families in " + pick(PLACES) + ".";
            case 2 -> pick(TOWNS) + ", a town of " + written(2000 + random.nextInt(90_000)).text()
                    + " people, was shelled for three days.";
            default -> "The death toll rose to " + written(100 + random.nextInt(5000)).text() + " in " + pick(PLACES)
                    + ", officials said.";
        };
    }

    /** A qualifier for an amount; none before a vague amount or a range, which carry their own. */
    private String qualifierFor(Amount a) {
        return a != null && a.max() != null ? "" : pick(QUALIFIERS);
    }

    /** Any of the number forms news uses. */
    private Amount any() {
        return switch (random.nextInt(8)) {
            case 0 -> millions();
            case 1 -> pick(List.of(new Amount("hundreds of", 200, 999L), new Amount("thousands of", 2_000, 9_999L),
                    new Amount("tens of thousands of", 20_000, 99_999L), new Amount("dozens of", 24, 99L)));
            case 2 -> {
                long low = 1000 + random.nextInt(40) * 100L;
                long high = 6000 + random.nextInt(40) * 100L;
                yield new Amount(String.format(Locale.ROOT, "between %,d and %,d", low, high), low, high);
            }
            case 3 -> pick(List.of(new Amount("three hundred", 300, null), new Amount("two thousand", 2_000, null),
                    new Amount("five hundred", 500, null)));
            default -> exact();
        };
    }

    private Amount exact() {
        return random.nextBoolean() ? written(100 + random.nextInt(99_900)) : written((1 + random.nextInt(90)) * 1000L);
    }

    private Amount millions() {
        int tenths = 10 + random.nextInt(40);
        return new Amount(String.format(Locale.ROOT, "%.1f million", tenths / 10.0), tenths * 100_000L, null);
    }

    private static Amount written(long n) {
        return new Amount(String.format(Locale.ROOT, "%,d", n), n, null);
    }

    private <T> T pick(List<T> xs) {
        return xs.get(random.nextInt(xs.size()));
    }
}
