package org.newsframe.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.SharedSpark;

/** Word2Vec + k-means on a generated corpus: words used alike share a cluster, others do not; same seed, same clusters. */
class ClusterTrainerTest {

    private static final String[] CITIES = {"Kisumu", "Tromso", "Recife", "Sapporo", "Gdansk", "Quito"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"};

    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        java.util.Random r = new java.util.Random(3);
        for (int d = 0; d < 200; d++) {
            StringBuilder t = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                String city = CITIES[r.nextInt(CITIES.length)];
                String day = DAYS[r.nextInt(DAYS.length)];
                t.append(switch (s % 3) {
                    case 0 -> "Families fled the fighting in " + city + " and reached the border on " + day + ". ";
                    case 1 -> "On " + day + " morning the council met, as it does every " + day + " evening. ";
                    default -> "Aid convoys left " + city + " for the camps near " + city + " at dawn. ";
                });
            }
            out.add(t.toString());
        }
        return out;
    }

    @Test
    void wordsUsedAlikeShareAClusterAndTheSameSeedGivesTheSameClusters() {
        ClusterTrainer.Settings settings = new ClusterTrainer.Settings(16, 3, 5, 5, new int[] {2, 4}, 7L);
        WordClusters a = ClusterTrainer.train(SharedSpark.get(), texts(), settings, line -> {});
        for (String city : CITIES) {
            assertEquals(a.cluster("kisumu", 0), a.cluster(city.toLowerCase(java.util.Locale.ROOT), 0), city);
        }
        for (String day : DAYS) {
            assertEquals(a.cluster("monday", 0), a.cluster(day.toLowerCase(java.util.Locale.ROOT), 0), day);
        }
        assertNotEquals(a.cluster("kisumu", 0), a.cluster("monday", 0));
        assertEquals(-1, a.cluster("zebra", 0));

        WordClusters b = ClusterTrainer.train(SharedSpark.get(), texts(), settings, line -> {});
        for (String w : List.of("kisumu", "monday", "fled", "camps", "the", "0")) {
            assertEquals(a.cluster(w, 1), b.cluster(w, 1), w);
        }
        assertEquals(a.words(), b.words());
    }

    @Test
    void sentencesAreWordKeysWithNumbersAsZero() {
        assertEquals(List.of(List.of("some", "0", "people", "fled", "kisumu"), List.of("they", "returned")),
                ClusterTrainer.sentences("Some 1,200 people fled Kisumu. They returned."));
    }
}
