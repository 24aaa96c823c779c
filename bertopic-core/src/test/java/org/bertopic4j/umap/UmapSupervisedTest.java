package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Supervised and semi-supervised UMAP on the fixture embeddings with their 34 fortune categories:
 * label information must make embedded neighbourhoods purer, as umap-learn's categorical target does.
 */
class UmapSupervisedTest {
    private static final int N = 1500;

    private static double neighbourLabelAgreement(double[][] y, int[] labels) {
        long agree = 0;
        long total = 0;
        for (int i = 0; i < y.length; i++) {
            double[] d = new double[y.length];
            Integer[] order = new Integer[y.length];
            for (int j = 0; j < y.length; j++) {
                double s = 0;
                for (int c = 0; c < y[i].length; c++) {
                    s += (y[i][c] - y[j][c]) * (y[i][c] - y[j][c]);
                }
                d[j] = j == i ? Double.POSITIVE_INFINITY : s;
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
            for (int r = 0; r < 10; r++) {
                agree += labels[order[r]] == labels[i] ? 1 : 0;
                total++;
            }
        }
        return agree / (double) total;
    }

    @Test
    void labelsMakeNeighbourhoodsPurerAndUnlabelledRowsCountLess() {
        float[][] x = Arrays.copyOf(UmapFixtures.embeddings(), N);
        int[] labels = Arrays.copyOf(UmapFixtures.npy("labels.npy").toIntArray(), N);
        Umap umap = Umap.builder().nEpochs(200).seed(5L).build();
        double unsupervised = neighbourLabelAgreement(umap.fit(x).embedding(), labels);
        double supervised = neighbourLabelAgreement(umap.fit(x, labels).embedding(), labels);
        int[] half = labels.clone();
        for (int i = 0; i < N; i += 2) {
            half[i] = -1;
        }
        double semi = neighbourLabelAgreement(umap.fit(x, half).embedding(), labels);
        assertTrue(supervised > unsupervised + 0.2, "supervised " + supervised + " vs unsupervised " + unsupervised);
        assertTrue(semi > unsupervised + 0.05 && semi < supervised,
                "semi-supervised " + semi + " between " + unsupervised + " and " + supervised);
    }
}
