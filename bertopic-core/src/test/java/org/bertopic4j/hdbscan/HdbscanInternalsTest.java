package org.bertopic4j.hdbscan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The steps against slow, obviously correct references: KD-tree neighbours against brute force, the
 * Boruvka tree against Prim's on the same mutual-reachability graph (every metric, alpha, duplicate
 * points), merge heights against hdbscan's per-cluster walk, NumPy's argsort emulation, and
 * thread-count independence on a data set large enough to
 * keep several threads busy.
 */
class HdbscanInternalsTest {

    private static double[][] randomPoints(int n, int d, long seed, boolean withDuplicates) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            if (withDuplicates && i > 0 && random.nextInt(5) == 0) {
                x[i] = x[random.nextInt(i)].clone();
                continue;
            }
            int blob = random.nextInt(4);
            for (int j = 0; j < d; j++) {
                x[i][j] = 3.0 * blob + Math.round(random.nextDouble(-1, 1) * 100) / 100.0;
            }
        }
        return x;
    }

    @Test
    void kdTreeNeighboursEqualBruteForce() {
        double[][] x = randomPoints(700, 3, 1, true);
        for (Hdbscan.Metric metric : Hdbscan.Metric.values()) {
            MetricSpace space = MetricSpace.of(x, metric);
            int k = 9;
            int[] rows = new int[k];
            double[] dist = new double[k];
            for (int q = 0; q < x.length; q += 7) {
                space.knn(space.coords, q * space.d, k, rows, dist);
                Integer[] order = new Integer[x.length];
                double[] all = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    order[i] = i;
                    all[i] = space.distance(space.tree.rdist(space.coords, q * space.d, i));
                }
                Arrays.sort(order, (a, b) -> all[a] != all[b] ? Double.compare(all[a], all[b]) : a - b);
                for (int m = 0; m < k; m++) {
                    assertEquals(order[m], rows[m], metric + " query " + q + " neighbour " + m);
                    assertEquals(all[order[m]], dist[m], 0.0);
                }
            }
        }
    }

    @Test
    void boruvkaTreeWeighsTheSameAsPrims() {
        double[][] x = randomPoints(500, 4, 2, true);
        for (Hdbscan.Metric metric : Hdbscan.Metric.values()) {
            for (double alpha : new double[] {1.0, 1.7}) {
                Hdbscan.Builder b = Hdbscan.builder().minClusterSize(8).minSamples(6).metric(metric).alpha(alpha);
                double[] boruvka = b.algorithm(Hdbscan.Algorithm.BORUVKA_KDTREE).build().fit(x).spanningTreeWeights();
                double[] prim = b.algorithm(Hdbscan.Algorithm.GENERIC).build().fit(x).spanningTreeWeights();
                for (int e = 0; e < prim.length; e++) {
                    assertEquals(prim[e], boruvka[e], 1e-9 * Math.max(1, prim[e]), metric + " alpha " + alpha + " edge " + e);
                }
            }
        }
    }

    @Test
    void mergeHeightsEqualHdbscansWalkPerCluster() {
        double[][] x = randomPoints(1500, 3, 5, false);
        Hdbscan config = Hdbscan.builder().minClusterSize(5).clusterSelectionMethod(Hdbscan.SelectionMethod.LEAF)
                .build();
        MetricSpace space = MetricSpace.of(x, config.metric());
        CoreDistances neighbours = CoreDistances.neighbours(space, 7, 1);
        double[] weights = new double[x.length - 1];
        int[][] mst = BoruvkaMst.compute(space, neighbours, neighbours.core(6), 1.0, 1, weights);
        CondensedTree t = CondensedTree.condense(SingleLinkage.fromMst(x.length, mst[0], mst[1], weights), 5);
        PredictionData data = new PredictionData(t, config, neighbours.core(5));
        assertTrue(data.clusters.length > 20, "want a deep tree with many leaves, got " + data.clusters.length);
        for (int c = t.n; c < t.clusterEnd; c++) {
            double pointLambda = 0.5 + c;
            double[] fast = data.mergeHeights.of(c, pointLambda);
            for (int j = 0; j < data.clusters.length; j++) {
                assertEquals(walk(t, c, data.clusters[j], pointLambda), fast[j], 0.0, "cluster " + c + " vs " + j);
            }
        }
    }

    /** hdbscan's merge_height walk for one pair: move the larger id up until the two meet. */
    private static double walk(CondensedTree t, int pointCluster, int cluster, double pointLambda) {
        int l = pointCluster;
        int r = cluster;
        boolean movedLeft = false;
        boolean movedRight = false;
        int last = -1;
        while (l != r) {
            if (l > r) {
                movedLeft = true;
                last = l;
                l = t.parentOf(l);
            } else {
                movedRight = true;
                last = r;
                r = t.parentOf(r);
            }
        }
        return movedLeft && movedRight ? t.birth(last) : pointLambda;
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        double[][] x = randomPoints(6000, 5, 4, true);
        HdbscanModel one = Hdbscan.builder().minClusterSize(15).threads(1).build().fit(x);
        HdbscanModel four = Hdbscan.builder().minClusterSize(15).threads(4).build().fit(x);
        assertArrayEquals(one.singleLinkageTree(), four.singleLinkageTree());
        assertArrayEquals(one.labels(), four.labels());
        assertArrayEquals(one.strengths(), four.strengths());
        assertArrayEquals(one.outlierScores(), four.outlierScores());
        assertArrayEquals(one.membershipVectors(), four.membershipVectors());
        double[][] q = Arrays.copyOf(x, 500);
        assertArrayEquals(one.predict(q).labels(), four.predict(q).labels());
        assertArrayEquals(one.membershipVectors(q), four.membershipVectors(q));
        assertEquals(one.condensedTree(), four.condensedTree());
    }
}
