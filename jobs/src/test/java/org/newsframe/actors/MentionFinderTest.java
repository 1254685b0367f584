package org.newsframe.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.schema.ActorType;
import org.newsframe.text.TextAnalyzer;

/** Sentences written for these tests, in the shapes news uses. */
class MentionFinderTest {

    private static final MentionFinder FINDER = new MentionFinder(DictionaryLoader.builtin());

    private static List<Mention> find(String text) {
        List<Mention> ms = FINDER.find(TextAnalyzer.analyze(text));
        for (Mention m : ms) {
            assertEquals(m.text(), text.substring(m.begin(), m.end()), "offsets point at the mention");
        }
        return ms;
    }

    private static List<String> ids(String text) {
        return find(text).stream().map(Mention::actorId).toList();
    }

    private static String found(String text) {
        return String.join(" ", find(text).stream().map(m -> m.text() + "=" + m.actorId()).toList());
    }

    @Test
    void countriesGroupsAndMetonymsWithOffsets() {
        String text = "The Afghan Taliban refused to work with the United States against ISIS-K, and U.S. officials"
                + " said Washington would act alone.";
        List<Mention> ms = find(text);
        assertEquals("Afghan Taliban=TALIBAN United States=USA ISIS-K=ISKP U.S.=USA Washington=USA",
                found(text));
        Mention washington = ms.get(4);
        assertTrue(washington.metonym());
        assertEquals(ActorType.COUNTRY, washington.actorType());
        assertEquals(text.indexOf("Washington"), washington.begin());
        assertEquals("AFG", ms.get(0).country());
        assertEquals(ActorType.ARMED_GROUP, ms.get(2).actorType());
    }

    @Test
    void everySpellingOfTheKhorasanBranchIsOneActor() {
        for (String s : List.of("ISIS-K", "ISIS K", "ISKP", "IS-K", "ISIS-Khorasan", "Islamic State Khorasan Province",
                "Islamic State Khorasan")) {
            assertEquals(List.of("ISKP"), ids("A claim by " + s + " followed the attack."), s);
        }
        assertEquals(List.of("ISIS"), ids("A claim by the Islamic State followed."));
        assertEquals(List.of("ISIS", "ISIS"), ids("ISIS said Daesh fighters attacked."));
    }

    @Test
    void caseRulesKeepPronounsAndVerbsOut() {
        assertEquals(List.of(), ids("Let us go, it is what it is, said nobody."));
        assertEquals(List.of(), ids("They ate turkey and drank from china cups."));
    }

    @Test
    void capitalsAreLocationsWhenUsedAsPlaces() {
        List<Mention> ms = find("Delegates met in the Qatari capital, Doha, and later in Islamabad.");
        assertEquals("Qatari=QAT Doha=LOC_DOHA Islamabad=LOC_ISLAMABAD",
                String.join(" ", ms.stream().map(m -> m.text() + "=" + m.actorId()).toList()));
        assertEquals(ActorType.LOCATION, ms.get(1).actorType());
        assertEquals("QAT", ms.get(1).country());
        assertEquals("Doha=LOC_DOHA", found("They attended the Doha talks."));
    }

    @Test
    void ambiguousCountryNamesNeedContext() {
        assertEquals(List.of(), ids("Michael Jordan scored again."));
        assertEquals(List.of("TCD"), ids("Thousands fled to Chad last year."));
        assertEquals(List.of(), ids("Jordan said it would wait."));
        assertEquals(List.of("JOR", "JOR"), ids("Jordan said it would wait. Jordanian officials agreed."));
        assertEquals(List.of("TUR"), ids("Turkey's parliament voted."));
    }

    @Test
    void aCapitalisedWordOpeningTheSentenceDoesNotMakeAnAmbiguousAliasPartOfAName() {
        // "The RSF said": the sentence-initial "The" is no name word, so the corroborated acronym stays the actor
        assertEquals(List.of("RSF_SUDAN", "RSF_SUDAN"),
                ids("The Rapid Support Forces advanced on Tuesday. The RSF said it held the east of the city."));
        assertEquals(List.of("TCD", "TCD"), ids("Refugees crossed into Chad. In Chad, camps are full."));
        assertEquals(List.of(), ids("The Chad Smith Band played."));
    }

    @Test
    void anArmedGroupsAcronymIsCorroboratedByItsHomeCountry() {
        assertEquals(List.of("SDN", "RSF_SUDAN"), ids("Refugees fled Sudan. The RSF denied attacking them."));
        assertEquals(List.of("SAF", "RSF_SUDAN"), ids("The Sudanese army said RSF fighters attacked the town."));
        assertEquals(List.of(), ids("RSF said the journalist was detained."), "no Sudan: the press-freedom group is as likely");
        assertEquals(List.of("SYR"), ids("Syria rejected the report. RSF said two reporters were held."),
                "another country does not corroborate it");
    }

    @Test
    void peopleFoundByTitlesRolesAndSpeechWithShortForms() {
        String text = "Taliban spokesperson Suhail Shaheen told reporters the group was ready. U.S. Deputy Secretary"
                + " of State Wendy Sherman arrived. Michael Kugelman, Deputy Director of the Asia Program at the"
                + " Wilson Center, disagreed. Later Shaheen said talks would go on.";
        assertEquals("Taliban=TALIBAN Suhail Shaheen=PER_SUHAIL_SHAHEEN U.S.=USA Wendy Sherman=PER_WENDY_SHERMAN"
                + " Michael Kugelman=PER_MICHAEL_KUGELMAN Asia Program=ORG_ASIA_PROGRAM Wilson Center=WILSON_CENTER"
                + " Shaheen=PER_SUHAIL_SHAHEEN", found(text));
        Mention shaheen = find(text).get(7);
        assertEquals(Mention.HEURISTIC, shaheen.source());
        assertEquals(3, shaheen.sentenceIndex());
    }

    @Test
    void heuristicOrganisationsAndMonthsThatAreNotNames() {
        assertEquals("Global Peace Institute=ORG_GLOBAL_PEACE_INSTITUTE",
                found("Researchers at the Global Peace Institute disagreed."));
        assertEquals("", found("In May, officials met again."));
        assertEquals("Theresa May=PER_THERESA_MAY", found("Prime Minister Theresa May said no."));
    }

    @Test
    void populationsAndPossessives() {
        List<Mention> ms = find("Shia clerics and the Uyghurs said the Taliban's promises to Afghans were empty.");
        assertEquals("Shia=POP_SHIA Uyghurs=POP_UYGHURS Taliban=TALIBAN Afghans=POP_AFG",
                String.join(" ", ms.stream().map(m -> m.text() + "=" + m.actorId()).toList()));
        assertEquals(ActorType.POPULATION, ms.get(0).actorType());
        assertFalse(ms.get(2).text().contains("'"));
    }

    @Test
    void aWouldBePersonThatIsAKnownPlaceIsAPlace() {
        PlaceNames places = (tokens, from, to) -> to - from == 2 && tokens.get(from).key().equals("deir")
                && tokens.get(from + 1).key().equals("ezzor") ? "SYR" : null;
        MentionFinder finder = new MentionFinder(DictionaryLoader.builtin(), places);
        String text = "Deir Ezzor said the bridge was closed. Ahmad Karimi said nothing.";
        List<Mention> ms = finder.find(TextAnalyzer.analyze(text));
        Mention place = ms.stream().filter(m -> m.text().equals("Deir Ezzor")).findFirst().orElseThrow();
        assertEquals(ActorType.LOCATION, place.actorType());
        assertEquals("LOC_DEIR_EZZOR", place.actorId());
        assertEquals("SYR", place.country());
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Ahmad Karimi") && m.actorType() == ActorType.PERSON));
        // the built-in gazetteer provides the same through the article annotator
        List<Mention> annotated = org.newsframe.Annotators.standard().annotate(text).mentions();
        assertTrue(annotated.stream().anyMatch(m -> m.text().equals("Deir Ezzor") && m.actorType() == ActorType.LOCATION
                && "SYR".equals(m.country())), annotated.toString());
        assertEquals(ActorType.PERSON, FINDER.find(TextAnalyzer.analyze(text)).stream()
                .filter(m -> m.text().equals("Deir Ezzor")).findFirst().orElseThrow().actorType(), "without places");
    }
}
