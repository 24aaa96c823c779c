package org.bertopic4j.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.bertopic4j.Clustering;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.online.IncrementalClustering;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Mini-batch k-means on separated blobs and on the real 5-d fortune embeddings, batch and online. */
class MiniBatchKMeansTest {

    /** Four well-separated Gaussian blobs in 3-d, 100 points each, blob = index / 100. */
    private static double[][] blobs(long seed) {
        Random r = new Random(seed);
        double[][] centres = {{0, 0, 0}, {20, 0, 0}, {0, 20, 0}, {0, 0, 20}};
        double[][] points = new double[400][3];
        for (int i = 0; i < 400; i++) {
            for (int j = 0; j < 3; j++) {
                points[i][j] = centres[i / 100][j] + r.nextGaussian();
            }
        }
        return points;
    }

    private static int[] blobLabels() {
        int[] truth = new int[400];
        for (int i = 0; i < 400; i++) {
            truth[i] = i / 100;
        }
        return truth;
    }

    @Test
    void findsSeparatedBlobsExactly() {
        Clustering c = MiniBatchKMeans.builder().clusters(4).batchSize(64).seed(1).build().fit(blobs(7));
        assertEquals(1.0, ClusterAgreement.adjustedRandIndex(blobLabels(), c.labels()), 1e-12);
        assertEquals(4, c.clusterCount());
        assertArrayEquals(c.labels(), c.predict(blobs(7)).labels(), "prediction of the training points");
    }

    @Test
    void partialFitLearnsTheBlobsBatchByBatch() {
        double[][] points = blobs(11);
        int[] order = new int[400];
        for (int i = 0; i < 400; i++) {
            order[i] = (i % 4) * 100 + i / 4; // interleaved, so each batch sees every blob
        }
        MiniBatchKMeans kmeans = MiniBatchKMeans.builder().clusters(4).seed(5).build();
        IncrementalClustering state = null;
        for (int b = 0; b < 4; b++) {
            double[][] batch = new double[100][];
            for (int i = 0; i < 100; i++) {
                batch[i] = points[order[b * 100 + i]];
            }
            state = state == null ? kmeans.partialFit(batch) : state.partialFit(batch);
            assertEquals(100, state.labels().length, "labels are the last batch's");
        }
        assertEquals(1.0, ClusterAgreement.adjustedRandIndex(blobLabels(), state.predict(points).labels()), 1e-12);
    }

    @Test
    void sameSeedSameClustersOnRealEmbeddings() {
        double[][] points = Matrices.toDouble(Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix());
        MiniBatchKMeans kmeans = MiniBatchKMeans.builder().clusters(20).seed(42).build();
        int[] a = kmeans.fit(points).labels();
        assertArrayEquals(a, kmeans.fit(points).labels());
        assertEquals(20, Arrays.stream(a).distinct().count());
        // the 5-d UMAP space has dense clusters: the clustering agrees with HDBSCAN's topics far above chance
        int[] hdbscan = Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray();
        double nmi = ClusterAgreement.normalizedMutualInformation(hdbscan, a);
        assertTrue(nmi > 0.42, "NMI with HDBSCAN topics " + nmi); // measured 0.469; HDBSCAN's outliers cap it
    }

    @Test
    void badSettingsAndInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> MiniBatchKMeans.builder().clusters(0));
        assertThrows(IllegalArgumentException.class, () -> MiniBatchKMeans.builder().batchSize(0));
        assertThrows(IllegalArgumentException.class, () -> MiniBatchKMeans.builder().maxIter(0));
        assertThrows(IllegalArgumentException.class, () -> MiniBatchKMeans.builder().nInit(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MiniBatchKMeans.builder().clusters(5).build().fit(new double[][] {{1}, {2}}));
        assertTrue(e.getMessage().contains("at least as many points as clusters"), e.getMessage());
        IncrementalClustering state = MiniBatchKMeans.builder().clusters(2).build().partialFit(blobs(1));
        assertThrows(IllegalArgumentException.class, () -> state.partialFit(new double[][] {{1, 2}}));
    }
}
