package org.newsframe.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpikesTest {

    @Test
    void aJumpOverAFlatHistoryIsScoredAgainstItsPoissonSpread() {
        // median 1, MAD 0: the scale falls back to sqrt(1 + 1)
        assertEquals(9 / Math.sqrt(2), Spikes.score(10, List.of(1L, 1L, 1L, 1L)), 1e-12);
        assertEquals(0.0, Spikes.score(1, List.of(1L, 1L, 1L, 1L)), 1e-12);
    }

    @Test
    void theMadScalesAVariedHistoryAndAnEarlierSpikeDoesNotHideTheNext() {
        // median 5, deviations 3 1 1 3 → MAD 2 → scale 1.4826 × 2 = 2.9652 (above sqrt(6))
        assertEquals(0.0, Spikes.score(5, List.of(2L, 4L, 6L, 8L)), 1e-12);
        assertEquals(10 / 2.9652, Spikes.score(15, List.of(2L, 4L, 6L, 8L)), 1e-9);
        // one earlier spike of 100 moves the median of 2, 2, 3, 3, 100 only to 3
        assertEquals((40 - 3) / 2.0, Spikes.score(40, List.of(2L, 3L, 100L, 2L, 3L)), 1e-9);
    }

    @Test
    void tooLittleHistoryGivesNoScore() {
        assertNull(Spikes.score(50, List.of(1L, 2L, 3L)));
        assertNull(Spikes.score(50, List.of()));
    }
}
