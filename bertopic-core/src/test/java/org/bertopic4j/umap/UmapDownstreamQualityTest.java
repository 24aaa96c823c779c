package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.bertopic4j.evaluation.ClusterAgreement;
import org.bertopic4j.hdbscan.Hdbscan;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue-level quality check: HDBSCAN (BERTopic's default, min cluster size 10) on our UMAP's 5-d output
 * must agree with the gold labels (the fortune file of each of the 3000 documents) no worse than on
 * umap-learn 0.5.3's output of the same embeddings, beyond seed noise. Our ARI is averaged over 5 seeds;
 * seed noise is measured as the standard deviation across them.
 */
class UmapDownstreamQualityTest {

    @Test
    void hdbscanOnOurUmapAgreesWithGoldLabelsAsWellAsOnUmapLearns() {
        float[][] embeddings = Fixtures.npy("umap/embeddings.npy").toFloatMatrix();
        int[] gold = Fixtures.npy("umap/labels.npy").toIntArray();
        Hdbscan hdbscan = Hdbscan.builder().minClusterSize(10).build();
        double upstream = ari(gold, hdbscan.fit(Fixtures.npy("umap/umap5.npy").toDoubleMatrix()).labels());
        double[] ours = new double[5];
        for (int seed = 0; seed < ours.length; seed++) {
            double[][] reduced = Umap.builder().seed((long) seed).build().fit(embeddings).embedding();
            ours[seed] = ari(gold, hdbscan.fit(reduced).labels());
        }
        double mean = Arrays.stream(ours).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(ours).map(v -> (v - mean) * (v - mean)).sum() / (ours.length - 1));
        System.err.printf("downstream HDBSCAN ARI vs gold labels: umap-learn %.4f, ours mean %.4f (sd %.4f) %s%n",
                upstream, mean, sd, Arrays.toString(ours));
        assertTrue(mean >= upstream - 2 * Math.max(sd, 0.005),
                "ours " + mean + " (sd " + sd + ") vs umap-learn " + upstream);
        assertTrue(Arrays.stream(ours).allMatch(Double::isFinite));
        assertTrue(Matrices.norm(ours) > 0, "HDBSCAN found structure on our embedding");
    }

    private static double ari(int[] gold, int[] labels) {
        return ClusterAgreement.adjustedRandIndex(gold, labels);
    }
}
