package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Step-by-step parity with umap-learn 0.5.3 on the fixture's 3000 MiniLM embeddings. */
class UmapParityTest {

    @Test
    void exactKnnEqualsFixture() {
        KnnGraph expected = UmapFixtures.knn(15);
        try (Workers workers = new Workers(2)) {
            KnnGraph actual = ExactKnn.ofTraining(new PointDistance(UmapFixtures.embeddings(), Umap.Metric.COSINE),
                    15, workers);
            assertArrayEquals(expected.indices(), actual.indices());
            assertArrayEquals(expected.distances(), actual.distances(), 1e-6f);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 15})
    void fuzzyGraphMatchesFixtureGivenTheSameKnn(int k) {
        FuzzySimplicialSet.Result result = FuzzySimplicialSet.of(UmapFixtures.knn(k), 1.0, 1.0);
        String dir = "fuzzy_k" + k + "/";
        int[] rows = UmapFixtures.npy(dir + "graph_rows.npy").toIntArray();
        int[] cols = UmapFixtures.npy(dir + "graph_cols.npy").toIntArray();
        double[] vals = UmapFixtures.npy(dir + "graph_vals.npy").flat();
        SparseGraph g = result.graph();
        assertEquals(vals.length, g.nnz(), "nnz");
        double maxDiff = 0;
        for (int e = 0; e < vals.length; e++) {
            int i = rows[e];
            int p = g.rowStart[i] + (e - firstOfRow(rows, e));
            assertEquals(cols[e], g.columns[p], "column of entry " + e);
            maxDiff = Math.max(maxDiff, Math.abs(g.values[p] - vals[e]));
        }
        assertEquals(0.0, maxDiff, 1e-5, "max |graph - umap-learn graph|");
        assertArrayEquals(toFloat(UmapFixtures.npy(dir + "sigmas.npy").flat()), result.smoothing().sigmas(), 1e-5f);
        assertArrayEquals(toFloat(UmapFixtures.npy(dir + "rhos.npy").flat()), result.smoothing().rhos(), 1e-6f);
    }

    private static int firstOfRow(int[] rows, int e) {
        int f = e;
        while (f > 0 && rows[f - 1] == rows[e]) {
            f--;
        }
        return f;
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) v[i];
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1.0, 0.0, 1.9328083975546724, 0.7904949734010681",
        "1.0, 0.1, 1.5769434601962196, 0.8950608779914887",
        "1.0, 0.5, 0.583030020479462, 1.3341669929263487"})
    void abParametersMatchFindAbParams(double spread, double minDist, double a, double b) {
        CurveParameters.AB ab = CurveParameters.fit(spread, minDist);
        assertEquals(a, ab.a(), 1e-6);
        assertEquals(b, ab.b(), 1e-6);
    }

    @ParameterizedTest
    @CsvSource({"5, 0.9025429477848692", "2, 0.8240310006344941"})
    void trustworthinessMatchesUmapLearn(int components, double reference) {
        float[][] x = UmapFixtures.embeddings();
        UmapModel model = Umap.builder().nComponents(components).seed(42L).build().fit(x);
        double t = Trustworthiness.of(x, model.embedding(), 15);
        assertEquals(reference, t, 0.01, "trustworthiness@15 vs umap-learn's");
    }

    /** Wider embeddings take the layout's array kernel; they must keep neighbourhoods at least as well as 5-d. */
    @Test
    void eightComponentsKeepNeighbourhoodsLikeFive() {
        float[][] x = UmapFixtures.embeddings();
        double t = Trustworthiness.of(x, Umap.builder().nComponents(8).seed(42L).build().fit(x).embedding(), 15);
        System.out.printf("trustworthiness@15 with 8 components: %.4f%n", t);
        assertTrue(t >= 0.9025429477848692 - 0.01, "trustworthiness@15 with 8 components: " + t);
    }

    @Test
    void phasesAreReported() {
        UmapModel model = Umap.builder().nEpochs(5).seed(1L).build().fit(subset(UmapFixtures.embeddings(), 300));
        Map<String, Double> phases = model.phaseSeconds();
        assertEquals(java.util.List.of("knn", "graph", "init", "layout"), java.util.List.copyOf(phases.keySet()));
    }

    static float[][] subset(float[][] x, int n) {
        return java.util.Arrays.copyOf(x, n);
    }
}
