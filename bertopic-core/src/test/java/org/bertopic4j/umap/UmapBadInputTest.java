package org.bertopic4j.umap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** UMAP's bad-input and edge-case behaviour (the list plus one test per invalid parameter). */
class UmapBadInputTest {

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                Arguments.of("nNeighbors", (Consumer<Umap.Builder>) b -> b.nNeighbors(1), "1"),
                Arguments.of("nComponents", (Consumer<Umap.Builder>) b -> b.nComponents(0), "0"),
                Arguments.of("minDist", (Consumer<Umap.Builder>) b -> b.minDist(-0.1), "-0.1"),
                Arguments.of("spread", (Consumer<Umap.Builder>) b -> b.spread(0), "0.0"),
                Arguments.of("nEpochs", (Consumer<Umap.Builder>) b -> b.nEpochs(-1), "-1"),
                Arguments.of("learningRate", (Consumer<Umap.Builder>) b -> b.learningRate(0), "0.0"),
                Arguments.of("negativeSampleRate", (Consumer<Umap.Builder>) b -> b.negativeSampleRate(-1), "-1.0"),
                Arguments.of("repulsionStrength", (Consumer<Umap.Builder>) b -> b.repulsionStrength(Double.NaN), "NaN"),
                Arguments.of("localConnectivity", (Consumer<Umap.Builder>) b -> b.localConnectivity(-1), "-1.0"),
                Arguments.of("setOpMixRatio", (Consumer<Umap.Builder>) b -> b.setOpMixRatio(1.5), "1.5"),
                Arguments.of("targetWeight", (Consumer<Umap.Builder>) b -> b.targetWeight(2), "2.0"),
                Arguments.of("threads", (Consumer<Umap.Builder>) b -> b.threads(0), "0"),
                Arguments.of("minDist (0.5) must not exceed spread (0.25)",
                        (Consumer<Umap.Builder>) b -> b.minDist(0.5).spread(0.25).build(), "0.5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSettings")
    void invalidSettingsAreRejectedNamingTheParameterAndValue(String name, Consumer<Umap.Builder> set, String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.accept(Umap.builder()));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void fewerRowsThanNeighboursAdaptsAsUmapLearn() {
        float[][] x = DataSets.blobs(9, 6, 3, 1);
        UmapModel model = Umap.builder().nComponents(2).seed(1L).build().fit(x);
        assertEquals(8, model.nNeighborsUsed());
        assertFinite(model.embedding(), 9, 2);
        assertFinite(model.transform(DataSets.blobs(4, 6, 3, 2)), 4, 2);
    }

    @Test
    void oneRowEmbedsAtTheOrigin() {
        UmapModel model = Umap.builder().seed(1L).build().fit(new float[][] {{1f, 2f, 3f}});
        assertEquals(0.0, model.embedding()[0][0]);
        assertFinite(model.transform(new float[][] {{1f, 2f, 4f}}), 1, 5);
    }

    @Test
    void nComponentsNotBelowTheRowCountIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Umap.builder().nComponents(5).build().fit(DataSets.blobs(5, 4, 2, 1)));
        assertTrue(e.getMessage().contains("nComponents (5)") && e.getMessage().contains("rows (5)"), e.getMessage());
    }

    @Test
    void constantDataGivesFiniteOutput() {
        float[][] x = new float[40][8];
        for (float[] row : x) {
            java.util.Arrays.fill(row, 0.5f);
        }
        for (Umap.Metric metric : Umap.Metric.values()) {
            UmapModel model = Umap.builder().metric(metric).nEpochs(50).seed(3L).build().fit(x);
            assertFinite(model.embedding(), 40, 5);
            assertFinite(model.transform(x), 40, 5);
        }
    }

    @Test
    void zeroRowsUnderCosineGiveFiniteOutput() {
        float[][] x = DataSets.blobs(60, 8, 3, 4);
        x[0] = new float[8];
        x[1] = new float[8];
        UmapModel model = Umap.builder().nEpochs(50).seed(3L).build().fit(x);
        assertFinite(model.embedding(), 60, 5);
    }

    @Test
    void labelsBelowMinusOneAreRejected() {
        int[] labels = new int[30];
        labels[12] = -2;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Umap.builder().build().fit(DataSets.blobs(30, 4, 2, 1), labels));
        assertTrue(e.getMessage().contains("labels[12]") && e.getMessage().contains("-2"), e.getMessage());
    }

    @Test
    void disconnectedGraphFallsBackToRandomInitialisation() {
        float[][] x = DataSets.farApartPairsOfClusters(80, 6);
        UmapModel model = Umap.builder().nNeighbors(5).metric(Umap.Metric.EUCLIDEAN).nEpochs(30).seed(9L)
                .build().fit(x);
        assertFinite(model.embedding(), 80, 5);
    }

    static void assertFinite(double[][] m, int rows, int cols) {
        assertEquals(rows, m.length);
        for (double[] row : m) {
            assertEquals(cols, row.length);
            for (double v : row) {
                assertTrue(Double.isFinite(v), "non-finite " + v);
            }
        }
    }
}
