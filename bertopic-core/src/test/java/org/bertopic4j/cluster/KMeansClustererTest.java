package org.bertopic4j.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.bertopic4j.Clustering;
import org.bertopic4j.contract.ClustererContract;
import org.junit.jupiter.api.Test;

/** k-means behaviour: separated blobs recovered, nearest-centre prediction, degenerate input. */
class KMeansClustererTest {

    private static double[][] blobs(int perBlob, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[3 * perBlob][2];
        for (int i = 0; i < x.length; i++) {
            int b = i / perBlob;
            x[i][0] = 20 * b + random.nextDouble(-1, 1);
            x[i][1] = -20 * b + random.nextDouble(-1, 1);
        }
        return x;
    }

    @Test
    void recoversSeparatedBlobsWithoutOutliers() {
        double[][] x = blobs(50, 1);
        Clustering c = KMeansClusterer.builder().nClusters(3).build().fit(x);
        assertEquals(3, c.clusterCount());
        int[] labels = c.labels();
        for (int b = 0; b < 3; b++) {
            for (int i = b * 50; i < (b + 1) * 50; i++) {
                assertEquals(labels[b * 50], labels[i], "blob " + b + " split");
            }
        }
        assertNotEquals(labels[0], labels[50]);
        assertNotEquals(labels[50], labels[100]);
        for (double s : c.strengths()) {
            assertEquals(1.0, s);
        }
        Clustering.Prediction p = c.predict(new double[][] {{0.2, 0.1}, {40.5, -39.5}});
        assertEquals(labels[0], p.labels()[0]);
        assertEquals(labels[100], p.labels()[1]);
        assertArrayEquals(new double[] {1, 1}, p.strengths());
    }

    @Test
    void sameSeedSameResultAndTheSeedIsUsed() {
        double[][] x = blobs(40, 2);
        KMeansClusterer a = KMeansClusterer.builder().nClusters(7).nInit(1).seed(1).build();
        assertArrayEquals(a.fit(x).labels(), a.fit(x).labels());
        boolean differs = false;
        for (long seed = 2; seed < 12 && !differs; seed++) {
            int[] other = KMeansClusterer.builder().nClusters(7).nInit(1).seed(seed).build().fit(x).labels();
            differs = !Arrays.equals(a.fit(x).labels(), other);
        }
        assertTrue(differs, "ten seeds gave the same 7-means of 3 blobs: the seed is not used");
    }

    @Test
    void moreClustersThanPointsIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KMeansClusterer.builder().nClusters(5).build().fit(new double[3][2]));
        assertTrue(e.getMessage().contains("nClusters is 5"), e.getMessage());
    }

    @Test
    void fewerDistinctPointsThanClustersStillGiveLabelsWithoutGaps() {
        double[][] x = {{0, 0}, {0, 0}, {0, 0}, {1, 1}, {1, 1}};
        Clustering c = KMeansClusterer.builder().nClusters(4).build().fit(x);
        ClustererContract.assertValidOutput(c, x.length);
        assertTrue(c.clusterCount() >= 2 && c.clusterCount() <= 4);
        assertNotEquals(c.labels()[0], c.labels()[3]);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> KMeansClusterer.builder().nClusters(0));
        assertThrows(IllegalArgumentException.class, () -> KMeansClusterer.builder().nInit(0));
        assertThrows(IllegalArgumentException.class, () -> KMeansClusterer.builder().maxIter(0));
        assertThrows(IllegalArgumentException.class, () -> KMeansClusterer.builder().tol(-1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KMeansClusterer.builder().threads(0));
        assertEquals("threads must be >= 1, got 0", e.getMessage());
    }
}
