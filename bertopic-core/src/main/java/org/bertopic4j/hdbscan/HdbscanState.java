package org.bertopic4j.hdbscan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bertopic4j.persist.Tensor;

/**
 * The saved form of an {@link HdbscanModel}: the searched points, the single-linkage tree, the spanning-tree
 * weights and the prediction core distances as arrays, the configuration as plain values. Everything else
 * (condensed tree, selection, GLOSH scores, prediction data) is a deterministic function of these and is
 * recomputed on restore, with the fit's own code.
 */
final class HdbscanState {
    private HdbscanState() {
    }

    static Map<String, Tensor> tensors(MetricSpace space, double[][] singleLinkage, double[] mstWeights, double[] core) {
        int n = space.n;
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = java.util.Arrays.copyOfRange(space.coords, i * space.d, (i + 1) * space.d);
        }
        int[] left = new int[n - 1];
        int[] right = new int[n - 1];
        double[] distance = new double[n - 1];
        int[] size = new int[n - 1];
        for (int k = 0; k < n - 1; k++) {
            left[k] = (int) singleLinkage[k][0];
            right[k] = (int) singleLinkage[k][1];
            distance[k] = singleLinkage[k][2];
            size[k] = (int) singleLinkage[k][3];
        }
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put("points", Tensor.f64(points));
        t.put("slt_left", Tensor.i32(left));
        t.put("slt_right", Tensor.i32(right));
        t.put("slt_distance", Tensor.f64(distance));
        t.put("slt_size", Tensor.i32(size));
        t.put("mst_weights", Tensor.f64(mstWeights));
        if (core != null) {
            t.put("prediction_core", Tensor.f64(core));
        }
        return t;
    }

    static Map<String, Object> params(Hdbscan c) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("min_cluster_size", c.minClusterSize());
        p.put("min_samples", c.minSamples());
        p.put("metric", c.metric().name());
        p.put("alpha", c.alpha());
        p.put("cluster_selection_epsilon", c.clusterSelectionEpsilon());
        p.put("cluster_selection_method", c.clusterSelectionMethod().name());
        p.put("allow_single_cluster", c.allowSingleCluster());
        p.put("prediction_data", c.predictionData());
        p.put("algorithm", c.algorithm().name());
        p.put("threads", c.threads());
        return p;
    }

    static HdbscanModel restore(Map<String, Tensor> t, Map<String, Object> p) {
        Hdbscan config = config(p);
        double[][] points = require(t, "points", 2).toDoubleMatrix();
        int n = points.length;
        if (n < 2) {
            throw new IllegalArgumentException("hdbscan state has " + n + " points; at least 2 are fitted");
        }
        int d = points[0].length;
        double[] coords = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(points[i], 0, coords, i * d, d);
        }
        int[] left = require(t, "slt_left", 1).toIntArray();
        int[] right = require(t, "slt_right", 1).toIntArray();
        double[] distance = require(t, "slt_distance", 1).toDoubleArray();
        int[] size = require(t, "slt_size", 1).toIntArray();
        double[] weights = require(t, "mst_weights", 1).toDoubleArray();
        requireTree(n, left, right, distance, size, weights);
        MetricSpace space = MetricSpace.ofSearched(config.metric(), coords, n, d);
        SingleLinkage slt = SingleLinkage.of(n, left, right, distance, size);
        CondensedTree tree = CondensedTree.condense(slt, config.minClusterSize());
        ClusterSelection selection = ClusterSelection.select(tree, config);
        PredictionData prediction = null;
        if (config.predictionData()) {
            double[] core = require(t, "prediction_core", 1).toDoubleArray();
            if (core.length != n) {
                throw new IllegalArgumentException("hdbscan state has " + core.length + " core distances for " + n + " points");
            }
            prediction = new PredictionData(tree, config, core);
        }
        return new HdbscanModel(config, space, slt, weights, tree, selection, Glosh.scores(tree), prediction,
                new HdbscanModel.Timings(0, 0, 0, 0, 0));
    }

    private static void requireTree(int n, int[] left, int[] right, double[] distance, int[] size, double[] weights) {
        if (left.length != n - 1 || right.length != n - 1 || distance.length != n - 1 || size.length != n - 1
                || weights.length != n - 1) {
            throw new IllegalArgumentException("hdbscan state: the single-linkage tree and spanning-tree weights need "
                    + (n - 1) + " entries for " + n + " points");
        }
        for (int k = 0; k < n - 1; k++) {
            int node = n + k;
            if (left[k] < 0 || left[k] >= node || right[k] < 0 || right[k] >= node || size[k] < 2 || size[k] > n
                    || !(distance[k] >= 0) || k > 0 && distance[k] < distance[k - 1]) {
                throw new IllegalArgumentException("hdbscan state: single-linkage row " + k + " (" + left[k] + ", " + right[k]
                        + ", " + distance[k] + ", " + size[k] + ") is not a valid merge");
            }
        }
    }

    private static Tensor require(Map<String, Tensor> t, String name, int rank) {
        Tensor x = t.get(name);
        if (x == null || x.shape().length != rank) {
            throw new IllegalArgumentException("hdbscan state needs a " + rank + "-D tensor '" + name + "', got " + x);
        }
        return x;
    }

    private static Hdbscan config(Map<String, Object> p) {
        try {
            return Hdbscan.builder()
                    .minClusterSize(((Number) p.get("min_cluster_size")).intValue())
                    .minSamples(((Number) p.get("min_samples")).intValue())
                    .metric(Hdbscan.Metric.valueOf((String) p.get("metric")))
                    .alpha(((Number) p.get("alpha")).doubleValue())
                    .clusterSelectionEpsilon(((Number) p.get("cluster_selection_epsilon")).doubleValue())
                    .clusterSelectionMethod(Hdbscan.SelectionMethod.valueOf((String) p.get("cluster_selection_method")))
                    .allowSingleCluster((Boolean) p.get("allow_single_cluster"))
                    .predictionData((Boolean) p.get("prediction_data"))
                    .algorithm(Hdbscan.Algorithm.valueOf((String) p.get("algorithm")))
                    .threads(((Number) p.get("threads")).intValue())
                    .build();
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("hdbscan state: parameters " + p + " are missing or of the wrong type", e);
        }
    }
}
