package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** UMAP's transform on held-out fixture embeddings: new points land among their input-space neighbours. */
class UmapTransformTest {

    @Test
    void heldOutPointsLandNearTheirInputNeighbours() {
        float[][] all = UmapFixtures.embeddings();
        float[][] train = Arrays.copyOf(all, 2000);
        float[][] test = Arrays.copyOfRange(all, 2000, 2300);
        UmapModel model = Umap.builder().nEpochs(200).seed(1L).build().fit(train);
        double[][] placed = model.transform(test);
        double[][] trained = model.embedding();
        double heldOut = overlap(train, trained, test, placed, -1);
        double inSample = overlap(train, trained, Arrays.copyOf(train, 300), Arrays.copyOf(trained, 300), 0);
        assertTrue(heldOut > 0.8 * inSample && heldOut > 30 * 15.0 / train.length,
                "neighbour overlap of held-out points " + heldOut + " vs training points " + inSample);
    }

    /**
     * Mean fraction of each query's 15 input-space nearest training points that are also among the
     * 15 nearest training embeddings of its placement; {@code selfOffset} 0 skips a query that is
     * itself a training point (its own row).
     */
    private static double overlap(float[][] train, double[][] trained, float[][] queries, double[][] placed,
            int selfOffset) {
        PointDistance pd = new PointDistance(train, Umap.Metric.COSINE);
        int extra = selfOffset >= 0 ? 1 : 0;
        KnnGraph inputNeighbours;
        try (Workers workers = new Workers(2)) {
            inputNeighbours = ExactKnn.ofQueries(pd, queries, 15 + extra, workers);
        }
        double overlap = 0;
        for (int i = 0; i < queries.length; i++) {
            Set<Integer> truth = new HashSet<>();
            for (int j = 0; j < 15 + extra; j++) {
                truth.add(inputNeighbours.index(i, j));
            }
            truth.remove(selfOffset >= 0 ? i : -1);
            int[] nn = nearest(trained, placed[i], 15 + extra);
            for (int r = extra; r < nn.length; r++) {
                overlap += truth.contains(nn[r]) ? 1 : 0;
            }
        }
        return overlap / (queries.length * 15.0);
    }

    @Test
    void transformingTrainingPointsKeepsThemCloseToTheirEmbedding() {
        float[][] train = Arrays.copyOf(UmapFixtures.embeddings(), 1000);
        UmapModel model = Umap.builder().nEpochs(100).seed(2L).build().fit(train);
        double[][] again = model.transform(Arrays.copyOf(train, 200));
        double[][] fitted = model.embedding();
        int close = 0;
        for (int i = 0; i < 200; i++) {
            int[] nn = nearest(fitted, again[i], 10);
            for (int j : nn) {
                close += j == i ? 1 : 0;
            }
        }
        assertTrue(close >= 150, "transformed training points near their own embedding: " + close + " of 200");
    }

    private static int[] nearest(double[][] points, double[] q, int k) {
        Integer[] order = new Integer[points.length];
        double[] d = new double[points.length];
        for (int j = 0; j < points.length; j++) {
            order[j] = j;
            for (int c = 0; c < q.length; c++) {
                d[j] += (points[j][c] - q[c]) * (points[j][c] - q[c]);
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
        int[] out = new int[k];
        for (int r = 0; r < k; r++) {
            out[r] = order[r];
        }
        return out;
    }
}
