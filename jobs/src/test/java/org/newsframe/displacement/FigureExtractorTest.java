package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsframe.annotate.ArticleAnnotator;

/** The figure extractor through the article annotator, as the annotate stage runs it. Texts written for these tests. */
class FigureExtractorTest {

    private static ArticleAnnotator annotator;

    @BeforeAll
    static void setUp() {
        annotator = org.newsframe.Annotators.standard();
    }

    private static List<Figure> figures(String text) {
        return annotator.annotate(text, List.of(), LocalDate.of(2021, 10, 9)).figures();
    }

    private static String summary(String text) {
        List<Figure> fs = figures(text);
        return fs.isEmpty() ? "none" : fs.stream()
                .map(f -> f.quantity() + " " + f.unit() + " " + f.term().code() + (f.projected() ? " projected" : ""))
                .collect(Collectors.joining("; "));
    }

    /** text | every figure as "quantity unit term", or none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // units and terms
            "A ministry spokesman said that up to 2.4 million Somalis have been displaced by the drought.|2400000 people displaced",
            "The agency welcomed the return of 640 displaced families to their villages.|640 households returned",
            "At least 70 homes were destroyed and 300 people were placed in temporary shelters.|70 households destroyed_housing; 300 people sheltered",
            "The floods forced some 12,000 residents to flee their homes.|12000 people fled",
            "Fighting has forced 800 families from their homes in the north.|800 households displaced",
            "Police evacuated 450 people from the riverside district.|450 people evacuated",
            "About 250 were left homeless after the storm.|250 people homeless",
            "Thousands of families fled the shelling overnight.|2000 households fled",
            "The camp now hosts 35,000 refugees.|35000 people refugees",
            "More than 1,200 asylum seekers arrived on the island.|1200 people asylum_seekers",
            "Nearly 5,000 migrants were deported last month.|5000 people deported",
            "Around 80 houses were damaged and 20 others were washed away.|80 households damaged_housing; 20 households destroyed_housing",
            "The cyclone damaged 14 buildings and destroyed 3 houses.|14 households damaged_housing; 3 households destroyed_housing",
            "Some 82,000 internally displaced persons live in the camps.|82000 people displaced",
            "Authorities said 628,000 relocated and 9.9 million people were affected.|628000 people relocated",
            "Another 2,000 people remain stranded on the highway.|2000 people stranded",
            "2,759 persons (around 460 families) became homeless.|2759 people homeless; 460 households homeless",
            // displacement nouns, stock phrasing, phrases after the noun, appositions, lost ligatures
            "The monitoring centre logged 7,700 new displacements in the east.|7700 people displaced",
            // a demonym as the counted noun before a movement verb; "as refugees" says what they became
            "Some 75,000 Sudanese crossed into Chad over the weekend.|75000 people fled",
            "More than 3,000 people have crossed the border as refugees.|3000 people refugees",
            "About 2,000 Sudanese refugees crossed into Chad.|2000 people refugees",
            "About 10,000 Afghan forced returnees arrived in Kabul.|10000 people returned",
            "Some 3,000 Somali left-behind families were hosted in Baidoa.|3000 households sheltered",
            "Conflict displacements stood at 21,000 by June.|21000 people displaced",
            // verbs with a particle before the count; airlifts; places counted inside the figure's phrase
            "The storm surge swept away 12 houses on the spit.|12 households destroyed_housing",
            "Vigilantes burned down 37 houses in the hamlet.|37 households destroyed_housing",
            "Coastguards turned back 95 migrants at sea on Monday.|95 people deported",
            "The landslide has cut off some 3,200 residents of the upper valley.|3200 people stranded",
            "The militia drove out their 450 tenants at gunpoint.|450 people displaced",
            "Navy helicopters airlifted 900 villagers to the district town.|900 people evacuated",
            "Some 1,400 people from 9 villages were evacuated overnight.|1400 people evacuated",
            "About 7,000 individuals were counted in 25 collective centres.|7000 people sheltered",
            "Some 300 families or 1,500 people are staying inside 4 evacuation centres.|300 households sheltered; 1500 people sheltered",
            "The shelters, hosting 840 families, are overcrowded since the floods.|840 households sheltered",
            "The province hosts 61,000 people displaced by the fighting.|61000 people displaced",
            // stock phrasing with a term word after the stock noun; a camp's population is no size
            "The number of people relocated climbed to 4,100 on Friday.|4100 people relocated",
            "The evacuation total stood at 18,250 by noon.|18250 people evacuated",
            "The site population reached 9,800 IDPs this month.|9800 people displaced",
            // subsets, casualties with their own count, forced returns
            "The fighting displaced 6,000 people, among them 2,100 children.|6000 people displaced; 2100 people displaced",
            "The camp, which shelters 14,000 refugees, was hit by a strike that killed four people.|14000 people refugees",
            "Officials said 260 asylum seekers were forcibly returned last week.|260 people deported",
            // PDF text: words split at a line break, dots between thousands; housing adjectives; report stock phrasing
            "Teams verified 530 households newly dis- placed from the hill villages.|530 households displaced",
            "About 9 120 persons (1 824 house- holds) have been displaced by the rains.|9120 people displaced; 1824 households displaced",
            "Some 14.300 people have fled to the district capital.|14300 people fled",
            "The rating rose 12.500 points.|none",
            "Partners counted 96 totally damaged houses and 240 partially damaged houses.|96 households destroyed_housing; 240 households damaged_housing",
            "At least 75 houses were washed out by the flash flood.|75 households destroyed_housing",
            "Evacuation centres now shelter 2,310 people.|2310 people sheltered",
            "New displacements this month: 1,120, bringing the total since March to 9,400.|1120 people displaced; 9400 people displaced",
            "The number of families inside evacuation centres stood at 780 (3 100 persons).|780 households sheltered; 3100 people sheltered",
            "The number of people staying in temporary accommodation fell to 640.|640 people sheltered",
            "Rescuers evacuated some 900 residents, and 200 of them were taken to school shelters.|900 people evacuated; 200 people sheltered",
            "A total of 610 families (2,440 ind.) were recorded in 7 evacuation centres.|610 households sheltered; 2440 people sheltered",
            "Families displaced: 4 210; of which returned: 2 950.|4210 households displaced; 2950 households returned",
            "Of the 5 000 newly displaced persons, 2 100 are children under 18.|5000 people displaced",
            "About 6,000 villagers streamed across the hills towards the border.|6000 people fled",
            "Some 640 residents were ferried to the mainland and 210 were bussed to a stadium.|640 people evacuated; 210 people evacuated",
            "Around 90 families are squatting in a half-built school after the flood.|90 households sheltered",
            "Officials said 3,100 people had been registered as displaced at the stadium.|3100 people displaced",
            "That brings to 41,000 the total of people displaced by the eruption.|41000 people displaced",
            "Some 90,000 IDPs remain in need of shelter.|90000 people displaced",
            "Roughly 1,300 families, or about 7,800 people, were evacuated.|1300 households evacuated; 7800 people evacuated",
            "Nearly 400 households (some 2,000 people) arrived at the transit site.|400 households displaced; 2000 people displaced",
            "About 2,500 people are staying with relatives in Goma.|2500 people sheltered",
            "Some 860 people remained in 12 relief camps on Monday.|860 people sheltered",
            "Over 6,000 people crossed the border into the neighbouring country.|6000 people fled",
            "An estimated 1,500 villagers sought refuge in the forest.|1500 people fled",
            "Half of the 12,000 people displaced last year have gone home.|12000 people displaced",
            "The storms forced 2,300 people to  ee their villages.|2300 people fled",
            "Over 2,000 families have  ed the  ghting in the past week, according to o cials.|2000 households fled",
            "The  ghting has displaced more than 7,000 people and a ected another 20,000, the o ce said.|7000 people displaced",
            // a bare count after a clause with a noun counts that noun; adverbs; people affected are no figure
            "In total, 5,100 households were a ected and 1,020 were displaced.|1020 households displaced",
            "Over 900 dwellings were completely destroyed and 2,300 partially damaged.|900 households destroyed_housing; 2300 households damaged_housing",
            "The flash floods affected 40,000 people and displaced roughly 6,000.|6000 people displaced",
            "The affected five families have been accommodated at the council motel.|5 households sheltered",
            "10,400 houses damaged 451,000 people affected 34,000 evacuated|10400 households damaged_housing; 34000 people evacuated",
            "Some 5,000 reportedly fled to the hills.|5000 people fled",
            // report lines read as they come: typos in the noun, a thousands group split by a stray space, headings
            "51 peole were evacuated from the valley.|51 people evacuated",
            "Some 300 familes fled the fighting.|300 households fled",
            "Some 500 hopes were dashed as 40 homes were flooded.|40 households damaged_housing",
            "Population Evacuated 116129|116129 people evacuated",
            "Completely destroyed housing: 146|146 households destroyed_housing",
            "Families displaced: 340; individuals: 1,690; shelters destroyed: 122.|340 households displaced; 1690 people displaced; 122 households destroyed_housing",
            "IDP sites: 27; IDP households: 9,660.|9660 households displaced",
            "Evacuation centres 25|none",
            "The six and eight peso wage increases would displace 20,000 workers, bringing the unemployed to 4.2 mln.|20000 people displaced projected",
            "Some 300 and 400 families fled.|300 households fled; 400 households fled",
            "The fire razed 430 shelters in Camp 9.|430 households destroyed_housing",
            // numbers that still are no figure
            "The stadium hosts 40,000 people on match days.|none",
            "The board threw out two of the proposals and pushed back three.|none",
            "The number of evacuation centres rose to 45.|none",
            "There are 31 displacement sites in the county, of which 6 are informal.|none",
            "Round 9 of the displacement survey covered 840 villages.|none",
            "Teams recorded the displacement of 2 300 people from Oru on 14/09.|2300 people displaced",
            "One in four residents has fled, the council said.|none",
            "The dam has displaced 800 families and threatens another 2,000.|800 households displaced",
            "The IRS expects 90,000 returns to be filed electronically.|none",
            "Some 600 wives and children moved into the hostels.|none",
            "Officials expected 3,000 people to arrive in the camps by Friday.|3000 people displaced projected",
            "Thousands of fans poured into the streets after the match.|none",
            "Hundreds living in camps near the border have joined the armed group.|none",
            "At the peak almost 3,000 were staying in temporary accommodation.|3000 people sheltered",
            // not displacement
            "The war cost the country billions of dollars.|none",
            "Troops ended a 20-year military presence.|none",
            "The group has attacked villages since its emergence in 2014.|none",
            "The last flights left on August 30.|none",
            "The blast killed 30 people and injured 120 others.|none",
            "Turnout rose to 45 percent among 18,000 voters.|none",
            "The government pledged $3 million for 5,000 families.|none",
            "A 12-year-old girl and 3 others were hurt.|none",
            // hedged futures are projections, never counts; a negation is nothing
            "Up to 10,000 people could be evacuated if the dam fails.|10000 people evacuated projected",
            "The plan would relocate 4,000 families next year.|4000 households relocated projected",
            "Millions of people are at risk of displacement.|2000000 people displaced projected",
            "Some 40 people were not displaced.|none",
            // report lines: a label names the term; abbreviations; a count in apposition to a figure
            "Total displaced: 34,210 individuals / 6,842 HHs.|34210 people displaced; 6842 households displaced",
            "Houses destroyed: 214; houses damaged: 1,930; people evacuated: 6,400.|214 households destroyed_housing; 1930 households damaged_housing; 6400 people evacuated",
            "Schools closed: 14; teachers: 1,690.|none",
            "As of 12 March, 4,560 IDPs (912 HHs) were recorded in 23 sites.|4560 people displaced; 912 households displaced",
            "The attack caused the displacement of an estimated 2,200 individuals (440 households).|2200 people displaced; 440 households displaced",
            "The storm left 14,000 travellers stranded at airports.|14000 people stranded",
            // verbs and event nouns read on real news: evictions, demolitions, submerged homes, passive reports
            "Floods submerged 185 houses in the district.|185 households damaged_housing",
            "Police forcibly evicted 1,200 people from the settlement.|1200 people displaced",
            "The demolition of 3,255 homes began in May.|3255 households destroyed_housing",
            "Some 500 people were reported displaced in the east.|500 people displaced",
            "Disasters displaced a total of 13.76 million people.|13760000 people displaced",
            "The storm wrecked 74 homes and several schools.|74 households destroyed_housing",
            "The government had registered 262,704 people as IDPs.|262704 people displaced",
            "In Ciamis, 374 houses and 700 ha of crops were inundated.|374 households damaged_housing",
            "Nine homes, two cottages and 14 barns have been flooded.|9 households damaged_housing; 2 households damaged_housing",
            "Nearly 1.2 million people are now staying in around 1,600 relief camps.|1200000 people sheltered",
            // an apposition never overrules a casualty; "over 100" is no age
            "Floods displaced 5,000 people, 12 people died.|5000 people displaced",
            "Floods displaced over 100.|100 people displaced",
            "Some 5,000 people described as internally displaced live in the camps.|5000 people displaced",
            "To date, 299 families have been found in need of emergency shelter.|299 households sheltered",
            "Fifteen people died, nine are missing and 61, 000 people were displaced.|61000 people displaced",
            "In 2015, 050 people fled.|50 people fled",
            // samples, other events, ages, sizes: people counted for something else
            "A survey of 1,200 displaced households found that most lack clean water.|none",
            "The report, based on interviews with 2,300 refugees, found widespread hunger.|none",
            "Health workers vaccinated 9,500 children in the Kalli refugee settlement.|none",
            "Two refugees were among the 14 people killed when the bus overturned.|none",
            "In the last election, 1,900 displaced voters cast ballots in the camps.|none",
            "Aisha, 34, fled her village in 2017.|none",
            "Some 40 percent of the 7,200 displaced people in Riva are under 18.|7200 people displaced",
            "In a district of 250,000 people, about 19,000 have been forced from their homes.|19000 people displaced",
            "Aid agencies are preparing for as many as 50,000 people to flee across the border.|50000 people fled projected",
            "An estimated 170000 people have been killed and millions displaced due to the violence.|2000000 people displaced",
            "Security Council Resolution 2254 calls for talks.|none",
            "More than 9.9 million people were affected by the floods.|none",
            "The 3,000 fighters were evacuated by bus.|none",
    })
    void figures(String text, String expected) {
        assertEquals(expected, summary(text));
    }

    @Test
    void aProjectionSaysSoAndTheRulesKeepIt() {
        Figure f = figures("Up to 200,000 people could be displaced if the dam fails.").get(0);
        assertTrue(f.projected());
        assertEquals(Figure.RULES, f.decision());
        assertNull(f.score());
        assertEquals("could … displaced", f.trigger());
    }

    @Test
    void theFigureModelDecidesOnlyCountsTheRulesLeftAndSaysSo() {
        // a model that accepts every candidate: what it may add is bounded by the candidates, not by its weights
        FigureModel all = new FigureModel(Map.of(), 10, 0.5, List.of());
        FigureExtractor permissive = new FigureExtractor(Gazetteer.get(), HouseholdSizes.builtin(), all);
        org.newsframe.annotate.ArticleDoc doc = annotator.annotate("Soldiers bussed 2,300 residents "
                + "to the camp. At least 43 people were killed in the camp. About 161 families were affected. "
                + "The number of breaches rose to 465.");
        List<Figure> fs = permissive.extract(doc.text(), doc.mentions(), doc.pubDate());
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(2300, fs.get(0).quantity());
        assertEquals(Term.SHELTERED, fs.get(0).term(), "the term is the nearest displacement word after the noun: camp");
        assertEquals(Figure.MODEL, fs.get(0).decision());
        assertTrue(fs.get(0).score() > 0.99);
        // the rules alone keep none of them
        assertEquals(List.of(), new FigureExtractor(Gazetteer.get(), HouseholdSizes.builtin())
                .extract(doc.text(), doc.mentions(), doc.pubDate()));
    }

    @Test
    void aFigureCarriesQualifierPopulationCountrySourceAndCause() {
        String text = "Officials met in Kabul. Ministry official Ahmad Karimi stated that up to 1.3 million Afghans "
                + "have been displaced due to years of war.";
        List<Figure> fs = figures(text);
        assertEquals(1, fs.size());
        Figure f = fs.get(0);
        assertEquals(1_300_000, f.quantity());
        assertEquals("up to 1.3 million", f.quantityText());
        assertEquals("up_to", f.qualifier());
        assertEquals("people", f.unit());
        assertEquals(Term.DISPLACED, f.term());
        assertEquals("Afghans", f.population());
        assertEquals("AFG", f.country());
        assertEquals("population", f.countrySource());
        assertEquals("Ahmad Karimi", f.source());
        assertEquals("conflict", f.cause());
        assertEquals("up to 1.3 million", text.substring(f.begin(), f.end()));
        assertEquals(1, f.sentenceIndex());
    }

    @Test
    void aPronounTakesTheLastPersonAsSourceAndHouseholdsGetAnEstimate() {
        String text = "Ministry official Ahmad Karimi spoke to reporters in Kabul. "
                + "He also noted that the ministry has facilitated the return of 1,005 displaced families so far.";
        Figure f = figures(text).get(0);
        assertEquals(1005, f.quantity());
        assertEquals("households", f.unit());
        assertEquals(Term.RETURNED, f.term());
        assertEquals("return of", f.trigger());
        assertEquals("AFG", f.country());
        assertEquals("article", f.countrySource());
        assertEquals("Ahmad Karimi", f.source());
        assertEquals(8.0, f.householdSize());
        assertEquals(8040, f.peopleEstimate());
    }

    @Test
    void theMostSpecificPlaceGivesLocationAndCountry() {
        Figure f = figures("Floods in the Afghan province of Nuristan destroyed at least 60 homes, said provincial "
                + "spokesman Mohammad Yusufi.").get(0);
        assertEquals("Nuristan", f.location());
        assertEquals("admin1", f.locationLevel());
        assertEquals("AFG", f.country());
        assertEquals("location", f.countrySource());
        assertEquals("disaster", f.cause());
        assertEquals("flood", f.hazard());
        assertEquals("Mohammad Yusufi", f.source());
        assertEquals(Term.DESTROYED_HOUSING, f.term());

        Figure r = figures("About 1.5 million Syrian refugees live in Lebanon.").get(0);
        assertEquals(Term.REFUGEES, r.term());
        assertEquals("Syrian", r.population());
        assertEquals("LBN", r.country());
        assertEquals("Lebanon", r.location());
    }

    @Test
    void referencePeriodsResolveYearlessDatesAgainstThePublicationDate() {
        Figure since = figures("Since 1 January 2016, some 40,000 people have fled the region.").get(0);
        assertEquals("Since 1 January 2016", since.referencePeriod());
        assertEquals(LocalDate.of(2016, 1, 1), since.periodStart());
        assertNull(since.periodEnd());

        Figure between = figures("Between 17 October and 23 March, 9,000 families were displaced.").get(0);
        assertEquals(LocalDate.of(2020, 10, 17), between.periodStart());
        assertEquals(LocalDate.of(2021, 3, 23), between.periodEnd());

        Figure asOf = figures("As of May 2015, 212,400 IDPs remained in camps.").get(0);
        assertEquals(LocalDate.of(2015, 5, 31), asOf.periodEnd());
        assertEquals(Term.DISPLACED, asOf.term());
    }

    @Test
    void householdSizesComeFromConfigurationOverTheBuiltInTable() {
        HouseholdSizes sizes = HouseholdSizes.builtin(Map.of("afg", 6.5), 4.0);
        assertEquals(6.5, sizes.size("AFG"));
        assertEquals(6.8, sizes.size("PAK"));
        assertEquals(4.0, sizes.size("ZZZ"));
        assertEquals(4.0, sizes.size(null));
        ArticleAnnotator custom = org.newsframe.Annotators.with("displacement.household-size.default=4.0",
                "displacement.household-size.countries.afg=6.5");
        Figure f = custom.annotate("In Herat, 200 families were displaced.", List.of(), null).figures().get(0);
        assertEquals(1300, f.peopleEstimate());
    }

    @Test
    void aMegabyteOfDigitsAndCommasIsReadInOnePass() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("1,0,00,000,").append(sb.length() % 7 == 0 ? " " : "");
        }
        sb.append(" and 3,000 people were displaced.");
        List<Figure> fs = annotator.annotate(sb.toString()).figures();
        assertTrue(fs.stream().anyMatch(f -> f.quantity() == 3000 && f.term() == Term.DISPLACED));

        StringBuilder lists = new StringBuilder();
        while (lists.length() < 1_000_000) {
            lists.append("1,000 people displaced, ");
        }
        List<Figure> many = annotator.annotate(lists.toString()).figures();
        assertEquals(1_000_000 / 24 + 1, many.size());
    }

    @Test
    void everyDisplacementSentenceOfTheShortGeneratorIsOneFigureAndNoOtherSentenceIsOne() {
        org.newsframe.generate.SyntheticCorpus corpus = new org.newsframe.generate.SyntheticCorpus(7,
                org.newsframe.generate.SyntheticCorpus.Lengths.SHORT);
        List<String> phrases = org.newsframe.generate.SyntheticCorpus.displacementPhrases();
        int expected = 0;
        int found = 0;
        for (int i = 0; i < 300; i++) {
            String text = corpus.next(i).text();
            org.newsframe.annotate.ArticleDoc r = annotator.annotate(text, List.of(), LocalDate.of(2021, 1, 1));
            for (int s = 0; s < r.text().sentences().size(); s++) {
                String sentence = r.text().sentenceText(s);
                int n = s;
                long figures = r.figures().stream().filter(f -> f.sentenceIndex() == n).count();
                boolean displacement = phrases.stream().anyMatch(sentence::contains);
                assertEquals(displacement ? 1 : 0, figures, sentence);
                expected += displacement ? 1 : 0;
                found += (int) figures;
            }
        }
        assertTrue(expected > 300, "the generator writes displacement sentences: " + expected);
        assertEquals(expected, found);
    }

    /**
     * Realistic articles state figures in the varied phrasings of monitoring reports (a count as a noun of
     * displacement, stock phrasing, two units in apposition, shelter and movement verbs, ranges, projections)
     * beside non-figures (casualties, money, a town's population): the extractor gives exactly the generator's
     * figures, field by field.
     */
    @Test
    void realisticArticlesGiveExactlyTheFiguresTheGeneratorWrote() {
        org.newsframe.generate.SyntheticCorpus corpus = new org.newsframe.generate.SyntheticCorpus(7);
        java.util.Set<String> terms = new java.util.TreeSet<>();
        int truth = 0;
        int projected = 0;
        for (int i = 0; i < 400; i++) {
            org.newsframe.generate.SyntheticCorpus.Article a = corpus.next(i);
            List<String> want = a.figures().stream().map(f -> f.begin() + ":" + f.end() + ":" + f.quantity() + ":"
                    + f.quantityMax() + ":" + f.unit() + ":" + f.term() + ":" + f.projected()).sorted().toList();
            List<String> got = annotator.annotate(a.text(), List.of(), LocalDate.of(2021, 1, 1)).figures().stream()
                    .map(f -> f.begin() + ":" + f.end() + ":" + f.quantity() + ":" + f.quantityMax() + ":" + f.unit()
                            + ":" + f.term().name().toLowerCase(java.util.Locale.ROOT) + ":" + f.projected())
                    .sorted().toList();
            assertEquals(want, got, a.text());
            truth += want.size();
            a.figures().forEach(f -> terms.add(f.term()));
            projected += (int) a.figures().stream().filter(org.newsframe.generate.FigureSentences.Truth::projected).count();
        }
        assertTrue(truth > 4000, truth + " figures");
        assertTrue(projected > 50, projected + " projections");
        assertEquals(java.util.Set.of("damaged_housing", "destroyed_housing", "displaced", "evacuated", "fled", "homeless",
                "refugees", "returned", "sheltered", "stranded"), terms);
    }

    /** Random word soup from the extractor's own vocabulary: no exception, and every figure points at its text. */
    @Test
    void randomTextsNeverBreakTheExtractorAndOffsetsPointAtTheNumbers() {
        String[] words = {"1,005", "1.3", "million", "up", "to", "more", "than", "between", "and", "-", "(", ")", ".",
                ",", ";", "people", "families", "homes", "were", "displaced", "fled", "evacuated", "return", "of",
                "the", "killed", "could", "in", "Kabul", "Herat", "province", "Afghans", "Syrian", "refugees", "said",
                "He", "according", "since", "May", "15", "August", "2014", "$", "%", "thousands", "tens", "half", "a",
                "quarter", "three", "another", "others", "or", "IDPs", "of", "whom", "forced", "flee", "left",
                "homeless", "trapped", "rubble", "toll", "lakh", "crore", "1.3m", "260", "000", "'s", "\n\n"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        int figures = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(1, 40);
            for (int w = 0; w < n; w++) {
                if (w > 0 && random.nextInt(5) > 0) {
                    sb.append(' ');
                }
                sb.append(words[random.nextInt(words.length)]);
            }
            String text = sb.toString();
            for (Figure f : annotator.annotate(text, List.of(), LocalDate.of(2021, 10, 9)).figures()) {
                assertEquals(f.quantityText(), text.substring(f.begin(), f.end()), text);
                assertTrue(f.quantity() > 0, text);
                figures++;
            }
        }
        assertTrue(figures > 100, "the soup makes figures too: " + figures);
    }

    /** Inputs that once were quadratic or overflowed: each must come back, with the figures it holds. */
    @Test
    void chainsOfNumberWordsParenthesesAndAlternativesStayLinear() {
        assertEquals(0, annotator.annotate("zero ".repeat(200_000) + "people fled.").figures().size());
        // the last family, and the one before it across one parenthesis
        assertEquals(2, annotator.annotate("(1 family) ".repeat(50_000) + "were evacuated.").figures().size());
        String alternatives = "10 people" + " or 4 poor rural families".repeat(30_000) + " were evacuated.";
        assertTrue(annotator.annotate(alternatives).figures().size() >= 1);
        assertEquals(40_000, annotator.annotate("500 people were displaced, ".repeat(40_000) + "the UN) said.")
                .figures().size());
        assertEquals(0, annotator.annotate("a " + "hundred ".repeat(10) + "people were displaced.").figures().stream()
                .filter(f -> f.quantity() < 0).count());
        Figure big = annotator.annotate("Floods displaced three quarters of a million people.").figures().get(0);
        assertEquals(750_000, big.quantity());
        assertTrue(annotator.annotate("The war killed three quarters of a million refugees.").figures().isEmpty());
    }
}
