package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** NN-descent with RP-tree seeding, forced onto the 3000 fixture embeddings (normally used from 4096 points). */
class NnDescentTest {

    private static KnnGraph approximate(int threads, long seed) {
        return approximate(UmapFixtures.embeddings(), threads, seed);
    }

    private static KnnGraph approximate(float[][] x, int threads, long seed) {
        try (Workers workers = new Workers(threads)) {
            return NnDescent.run(new PointDistance(x, Umap.Metric.COSINE), true, 15, false, seed, workers);
        }
    }

    @Test
    void recallAgainstExactIsAtLeast95PercentWithSortedTrueDistances() {
        KnnGraph exact = UmapFixtures.knn(15);
        KnnGraph approx = approximate(2, 7L);
        long hits = 0;
        for (int i = 0; i < exact.n(); i++) {
            Set<Integer> truth = new HashSet<>();
            for (int j = 1; j < 15; j++) {
                truth.add(exact.index(i, j));
            }
            assertEquals(i, approx.index(i, 0), "column 0 is the point itself");
            for (int j = 1; j < 15; j++) {
                hits += truth.contains(approx.index(i, j)) ? 1 : 0;
            }
        }
        double recall = hits / (double) (exact.n() * 14);
        assertTrue(recall >= 0.95, "recall " + recall);
        PointDistance pd = new PointDistance(UmapFixtures.embeddings(), Umap.Metric.COSINE);
        for (int i = 0; i < approx.n(); i += 7) {
            for (int j = 1; j < 15; j++) {
                assertTrue(approx.distance(i, j - 1) <= approx.distance(i, j), "sorted row " + i);
                assertEquals(pd.between(i, approx.index(i, j)), approx.distance(i, j), 1e-6, "distance in row " + i);
            }
        }
    }

    @Test
    void sameSeedSameGraphOnOneOrFourThreads() {
        float[][] x = java.util.Arrays.copyOf(UmapFixtures.embeddings(), 1200);
        KnnGraph one = approximate(x, 1, 11L);
        KnnGraph four = approximate(x, 4, 11L);
        assertArrayEquals(one.indices(), four.indices());
        assertArrayEquals(one.distances(), four.distances());
    }
}
