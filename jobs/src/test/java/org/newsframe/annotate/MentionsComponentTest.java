package org.newsframe.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsframe.Annotators;
import org.newsframe.actors.Mention;

/** The default mentions: dictionary first, then the shipped name tagger, then the heuristic. Texts written here. */
class MentionsComponentTest {

    private static String mentions(ArticleAnnotator annotator, String text) {
        return annotator.annotate(text).mentions().stream()
                .map(m -> m.text() + "=" + m.actorId() + "/" + m.source()).collect(Collectors.joining(", "));
    }

    @Test
    void theTaggerFindsNamesNoDictionaryKnowsAndTheDictionaryKeepsItsOwn() {
        String text = "Laura Chen visited Oslo on Monday with officials of the Taliban.";
        assertEquals("Laura Chen=PER_LAURA_CHEN/tagger, Oslo=LOC_OSLO/dictionary, Taliban=TALIBAN/dictionary",
                mentions(Annotators.standard(), text));
        assertEquals("Oslo=LOC_OSLO/dictionary, Taliban=TALIBAN/dictionary", mentions(Annotators.with("actors.tagger=none"), text),
                "without the tagger no cue finds her");
    }

    @Test
    void aTaggedNameThatIsAKnownPlaceTakesItsCountry() {
        List<Mention> ms = Annotators.standard().annotate("Fighting spread to Kunduz on Monday, residents said.").mentions();
        Mention kunduz = ms.stream().filter(m -> m.text().equals("Kunduz")).findFirst().orElseThrow();
        assertEquals(Mention.TAGGER, kunduz.source());
        assertEquals("LOC_KUNDUZ", kunduz.actorId());
        assertEquals("AFG", kunduz.country());
    }

    @Test
    void aPossessiveWithoutItsApostropheIsTheDictionaryActor() {
        List<Mention> ms = Annotators.standard().annotate("Officials said Syrias army shelled the town on Monday.").mentions();
        Mention syria = ms.stream().filter(m -> m.text().equals("Syrias")).findFirst().orElseThrow(() -> new AssertionError(ms.toString()));
        assertEquals("SYR", syria.actorId());
    }

    @Test
    void aPlaceTheGazetteerConfirmsStaysAPlace() {
        List<Mention> ms = Annotators.standard().annotate("Deir Ezzor said the bridge was closed.").mentions();
        assertEquals("Deir Ezzor", ms.get(0).text());
        assertEquals("SYR", ms.get(0).country());
    }

    @Test
    void anOrganisationNamedAfterACountryIsMoreThanTheCountryButTheCountrysArmyIsTheCountry() {
        String text = "Members of the Yemeni Medical Union were detained, and the Yemeni army denied it.";
        String found = mentions(Annotators.standard(), text);
        assertEquals("Yemeni Medical Union=ORG_YEMENI_MEDICAL_UNION/tagger, Yemeni=YEM/dictionary", found);
    }

    @Test
    void anArticleInAnotherLanguageIsNotReadButItsSizesAreCounted() {
        String french = "Plus de 2 000 personnes sont victimes des inondations dans la ville de Kalemie, selon les autorités"
                + " locales qui ont fait le point avec la Croix-Rouge et des habitants.";
        ArticleDoc fr = Annotators.standard().annotate("fr1", null, french, "fr", List.of());
        assertEquals(List.of(), fr.mentions(), "language.annotate = [en]: French is passed by");
        assertEquals(List.of(), fr.figures());
        assertEquals(1, fr.text().sentences().size(), "the text is still analysed, for article_stats");
        ArticleDoc und = Annotators.standard().annotate("u1", null, "Taliban enter Kabul", "und", List.of());
        assertEquals("Taliban", und.mentions().get(0).text(), "und (too little prose to tell) is read");
    }

    @Test
    void theDictionaryReadsPossessivesThatLostTheirApostrophe() {
        assertEquals("Israels=ISR/dictionary, PKKs=PKK/dictionary, Syria=SYR/dictionary",
                mentions(Annotators.with("actors.tagger=none"), "Officials said Israels army and PKKs fighters crossed from Syria."));
    }
}
