package org.bertopic4j.umap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.persist.Tensor;

/**
 * The saved form of a {@link UmapModel}: the training points and their embedding as float32 arrays (as
 * fitted), the neighbour count used, the curve parameters and the configuration as plain values. Transform
 * searches the training points exactly, so nothing else is needed to place new points as before.
 */
final class UmapState {
    private UmapState() {
    }

    static Map<String, Tensor> tensors(float[][] training, float[] layout, int dim) {
        int n = training.length;
        float[][] rows = new float[n][dim];
        for (int i = 0; i < n; i++) {
            System.arraycopy(layout, i * dim, rows[i], 0, dim);
        }
        return Map.of("training", Tensor.f32(training), "embedding", Tensor.f32(rows));
    }

    static Map<String, Object> params(Umap c, int nNeighborsUsed, CurveParameters.AB ab) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n_neighbors", c.nNeighbors());
        p.put("n_components", c.nComponents());
        p.put("min_dist", c.minDist());
        p.put("spread", c.spread());
        p.put("metric", c.metric().name());
        p.put("n_epochs", c.nEpochs());
        p.put("learning_rate", c.learningRate());
        p.put("negative_sample_rate", c.negativeSampleRate());
        p.put("repulsion_strength", c.repulsionStrength());
        p.put("local_connectivity", c.localConnectivity());
        p.put("set_op_mix_ratio", c.setOpMixRatio());
        p.put("init", c.init().name());
        p.put("seed", c.seed());
        p.put("transform_seed", c.transformSeed());
        p.put("target_weight", c.targetWeight());
        p.put("low_memory", c.lowMemory());
        p.put("force_approximate_knn", c.forceApproximateKnn());
        p.put("threads", c.threads());
        p.put("n_neighbors_used", nNeighborsUsed);
        p.put("a", ab.a());
        p.put("b", ab.b());
        return p;
    }

    static UmapModel restore(Map<String, Tensor> t, Map<String, Object> p) {
        Tensor training = t.get("training");
        Tensor embedding = t.get("embedding");
        if (training == null || training.shape().length != 2 || embedding == null || embedding.shape().length != 2
                || training.shape()[0] != embedding.shape()[0] || training.shape()[0] == 0) {
            throw new IllegalArgumentException("umap state needs 2-D tensors 'training' and 'embedding' with one row per "
                    + "training point, got " + training + " and " + embedding);
        }
        Umap config = config(p);
        float[][] points = training.toFloatMatrix();
        float[][] rows = embedding.toFloatMatrix();
        Matrices.requireFinite("saved umap training points", points);
        Matrices.requireFinite("saved umap embedding", rows, config.nComponents());
        int dim = config.nComponents();
        float[] layout = new float[rows.length * dim];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, layout, i * dim, dim);
        }
        int used = number(p, "n_neighbors_used").intValue();
        if (used < 1 || used > points.length) {
            throw new IllegalArgumentException("umap state: n_neighbors_used " + used + " is outside [1, " + points.length + "]");
        }
        return new UmapModel(config, points, used, layout,
                new CurveParameters.AB(number(p, "a").doubleValue(), number(p, "b").doubleValue()), Map.of());
    }

    private static Umap config(Map<String, Object> p) {
        try {
            Object epochs = p.get("n_epochs");
            Object seed = p.get("seed");
            return Umap.builder()
                    .nNeighbors(number(p, "n_neighbors").intValue())
                    .nComponents(number(p, "n_components").intValue())
                    .minDist(number(p, "min_dist").doubleValue())
                    .spread(number(p, "spread").doubleValue())
                    .metric(Umap.Metric.valueOf((String) p.get("metric")))
                    .nEpochs(epochs == null ? null : ((Number) epochs).intValue())
                    .learningRate(number(p, "learning_rate").doubleValue())
                    .negativeSampleRate(number(p, "negative_sample_rate").doubleValue())
                    .repulsionStrength(number(p, "repulsion_strength").doubleValue())
                    .localConnectivity(number(p, "local_connectivity").doubleValue())
                    .setOpMixRatio(number(p, "set_op_mix_ratio").doubleValue())
                    .init(Umap.Init.valueOf((String) p.get("init")))
                    .seed(seed == null ? null : ((Number) seed).longValue())
                    .transformSeed(number(p, "transform_seed").longValue())
                    .targetWeight(number(p, "target_weight").doubleValue())
                    .lowMemory((Boolean) p.get("low_memory"))
                    .forceApproximateKnn((Boolean) p.get("force_approximate_knn"))
                    .threads(number(p, "threads").intValue())
                    .build();
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("umap state: parameters " + p + " are missing or of the wrong type", e);
        }
    }

    private static Number number(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("umap state: parameter " + key + " must be a number, got " + v);
        }
        return n;
    }
}
