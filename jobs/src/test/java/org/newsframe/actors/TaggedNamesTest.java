package org.newsframe.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.schema.ActorType;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.TextAnalyzer;

/** Linking the tagger's names: places first, titles out, short forms to their person, countries from places. */
class TaggedNamesTest {

    private static final PlaceNames PLACES = (tokens, from, to) -> null;

    /** Knows "Hader" (SYR) and "Golan Heights" (SYR), one word or more. */
    private static final PlaceNames GAZETTEER = new PlaceNames() {
        @Override
        public String countryOf(List<org.newsframe.text.Token> tokens, int from, int to) {
            return null;
        }

        @Override
        public String countryOfPlace(List<org.newsframe.text.Token> tokens, int from, int to) {
            String name = tokens.subList(from, to).stream().map(org.newsframe.text.Token::key).reduce((a, b) -> a + " " + b).orElse("");
            return name.equals("hader") || name.equals("golan heights") ? "SYR" : null;
        }
    };

    private static Mention tagged(AnalyzedText t, String text, ActorType type, String id) {
        int b = t.text().indexOf(text);
        return new Mention(0, b, b + text.length(), text, id, text, type, null, Mention.TAGGER, false, Mention.NAME);
    }

    @Test
    void aPersonOrALongOrganisationThatIsAKnownPlaceIsThatPlaceWithItsCountry() {
        AnalyzedText t = TextAnalyzer.analyze("Shelling hit Hader near the Golan Heights, said Leeds Council and Leeds.");
        List<Mention> linked = TaggedNames.link(t, List.of(
                tagged(t, "Hader", ActorType.PERSON, "PER_HADER"),
                tagged(t, "Golan Heights", ActorType.ORGANIZATION, "ORG_GOLAN_HEIGHTS"),
                tagged(t, "Leeds Council", ActorType.ORGANIZATION, "ORG_LEEDS_COUNCIL")), GAZETTEER);
        assertEquals("LOC_HADER LOCATION SYR", linked.get(0).actorId() + " " + linked.get(0).actorType() + " " + linked.get(0).country());
        assertEquals("LOC_GOLAN_HEIGHTS LOCATION SYR", linked.get(1).actorId() + " " + linked.get(1).actorType() + " " + linked.get(1).country());
        assertEquals("ORG_LEEDS_COUNCIL ORGANIZATION null", linked.get(2).actorId() + " " + linked.get(2).actorType() + " " + linked.get(2).country());
    }

    @Test
    void titlesAreNoNamesAndAShortFormIsItsPerson() {
        AnalyzedText t = TextAnalyzer.analyze("Suhail Shaheen met the Deputy Director. Shaheen said talks went well.");
        Mention full = new Mention(0, 0, 14, "Suhail Shaheen", "PER_SUHAIL_SHAHEEN", "Suhail Shaheen", ActorType.PERSON, null,
                Mention.HEURISTIC, false, Mention.NAME);
        List<Mention> linked = TaggedNames.link(t, List.of(full,
                tagged(t, "Deputy Director", ActorType.PERSON, "PER_DEPUTY_DIRECTOR"),
                tagged(t, "Shaheen", ActorType.PERSON, "PER_SHAHEEN")), PLACES);
        assertEquals(2, linked.size(), linked.toString());
        assertEquals("PER_SUHAIL_SHAHEEN", linked.get(1).actorId());
        assertEquals(Mention.SHORT, linked.get(1).form());
    }

    @Test
    void aLastNameTypedAsAnOrganisationIsThePersonAndAWordWrittenInLowerCaseIsNoName() {
        AnalyzedText t = TextAnalyzer.analyze("Bashar al-Assad spoke. Assad said the lines were cut. Lines of people waited; Rice arrived.");
        Mention full = new Mention(0, 0, 15, "Bashar al-Assad", "SYR_ASSAD", "Bashar al-Assad", ActorType.PERSON, "SYR",
                Mention.DICTIONARY, false, Mention.NAME);
        List<Mention> linked = TaggedNames.link(t, List.of(full,
                new Mention(0, t.text().indexOf("Assad said"), t.text().indexOf("Assad said") + 5, "Assad", "ORG_ASSAD", "Assad",
                        ActorType.ORGANIZATION, null, Mention.TAGGER, false, Mention.NAME),
                tagged(t, "Lines", ActorType.ORGANIZATION, "ORG_LINES"),
                tagged(t, "Rice", ActorType.PERSON, "PER_RICE")), PLACES);
        assertEquals("SYR_ASSAD SYR_ASSAD PER_RICE", linked.stream().map(Mention::actorId).reduce((a, b) -> a + " " + b).orElse(""),
                "'Lines' is dropped ('lines' in lower case), 'Rice' kept (no lower-case 'rice')");
        assertEquals(ActorType.PERSON, linked.get(1).actorType());
        assertEquals(Mention.SHORT, linked.get(1).form());
    }

    @Test
    void roadsGulchesAndForestsAreAPlace() {
        AnalyzedText t = TextAnalyzer.analyze("Evacuations along Scott River Road, Joyland Gulch and Klamath National Forest.");
        List<Mention> linked = TaggedNames.link(t, List.of(
                tagged(t, "Scott River Road", ActorType.PERSON, "PER_SCOTT_RIVER_ROAD"),
                tagged(t, "Joyland Gulch", ActorType.PERSON, "PER_JOYLAND_GULCH"),
                tagged(t, "Klamath National Forest", ActorType.ORGANIZATION, "ORG_KLAMATH_NATIONAL_FOREST")), PLACES);
        assertEquals("LOC_SCOTT_RIVER_ROAD LOC_JOYLAND_GULCH LOC_KLAMATH_NATIONAL_FOREST",
                linked.stream().map(Mention::actorId).reduce((a, b) -> a + " " + b).orElse(""));
    }

    @Test
    void wordsInOrAroundANameThatSayItIsAPlaceMakeItOne() {
        AnalyzedText t = TextAnalyzer.analyze("Rain flooded Liandu District and Salah Eddin neighborhood, then reached the town of Ataybah."
                + " Manchester City and the State Department said little.");
        List<Mention> linked = TaggedNames.link(t, List.of(
                tagged(t, "Liandu District", ActorType.PERSON, "PER_LIANDU_DISTRICT"),
                tagged(t, "Salah Eddin", ActorType.PERSON, "PER_SALAH_EDDIN"),
                tagged(t, "Ataybah", ActorType.ORGANIZATION, "ORG_ATAYBAH"),
                tagged(t, "Manchester City", ActorType.ORGANIZATION, "ORG_MANCHESTER_CITY"),
                tagged(t, "State Department", ActorType.ORGANIZATION, "ORG_STATE_DEPARTMENT")), PLACES);
        assertEquals("LOC_LIANDU_DISTRICT LOC_SALAH_EDDIN LOC_ATAYBAH ORG_MANCHESTER_CITY ORG_STATE_DEPARTMENT",
                linked.stream().map(Mention::actorId).reduce((a, b) -> a + " " + b).orElse(""));
        assertEquals(ActorType.LOCATION, linked.get(2).actorType());
    }
}
