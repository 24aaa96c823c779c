package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Seeded UMAP is bit-identical on any thread count through every parallel step (NN-descent, Lanczos
 * spectral init, SGD layout, transform); unseeded fits draw fresh randomness.
 */
class UmapDeterminismTest {
    private static final float[][] X = Arrays.copyOf(UmapFixtures.embeddings(), 1000);

    private static Umap.Builder config() {
        return Umap.builder().forceApproximateKnn(true).nEpochs(100);
    }

    @Test
    void oneThreadAndFourThreadsGiveBitIdenticalEmbeddingsAndTransforms() {
        UmapModel one = config().seed(42L).threads(1).build().fit(X);
        UmapModel four = config().seed(42L).threads(4).build().fit(X);
        assertTrue(Arrays.deepEquals(one.embedding(), four.embedding()), "fit differs between 1 and 4 threads");
        float[][] fresh = Arrays.copyOfRange(UmapFixtures.embeddings(), 2000, 2100);
        assertTrue(Arrays.deepEquals(one.transform(fresh), four.transform(fresh)),
                "transform differs between 1 and 4 threads");
    }

    @Test
    void withoutASeedTwoFitsDiffer() {
        Umap unseeded = config().threads(2).build();
        assertFalse(Arrays.deepEquals(unseeded.fit(X).embedding(), unseeded.fit(X).embedding()));
    }
}
