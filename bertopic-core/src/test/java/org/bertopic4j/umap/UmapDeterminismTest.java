package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded UMAP is bit-identical on any thread count through every parallel step (NN-descent, Lanczos
 * spectral init, SGD layout, transform); unseeded fits draw fresh randomness.
 */
class UmapDeterminismTest {
    private static final float[][] X = Arrays.copyOf(UmapFixtures.embeddings(), 1000);

    private static Umap.Builder config() {
        return Umap.builder().forceApproximateKnn(true).nEpochs(100);
    }

    /** 2 and 5 components run the layout's register kernel (padded to 5 lanes), 8 the array kernel. */
    @ParameterizedTest
    @ValueSource(ints = {2, 5, 8})
    void oneThreadAndFourThreadsGiveBitIdenticalEmbeddingsAndTransforms(int components) {
        UmapModel one = config().nComponents(components).seed(42L).threads(1).build().fit(X);
        UmapModel four = config().nComponents(components).seed(42L).threads(4).build().fit(X);
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
