package org.bertopic4j.persist;

import java.util.Map;
import org.bertopic4j.Clusterer;
import org.bertopic4j.Clustering;

/**
 * A small real clusterer for the stage-extension tests: takes the given labels as clusters and predicts new
 * points by the nearest cluster mean in the reduced space (strength {@code 1 / (1 + distance)}), so that a
 * model transforms differently from BERTopic's topic-embedding fallback. Saved as a {@link PersistableStage}.
 */
final class NearestMeanClusterer implements Clusterer {
    static final String KIND = "test_nearest_mean";

    /** Rebuilds a saved fitted clusterer (the loader registered for {@link #KIND}). */
    static Clustering restore(Map<String, Tensor> tensors, Map<String, Object> params) {
        return new Fitted(tensors.get("labels").toIntArray(), tensors.get("means").toDoubleMatrix());
    }

    @Override
    public Clustering fit(double[][] points, int[] labels) {
        int k = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        double[][] means = new double[k][points[0].length];
        int[] counts = new int[k];
        for (int i = 0; i < points.length; i++) {
            if (labels[i] >= 0) {
                counts[labels[i]]++;
                for (int j = 0; j < points[i].length; j++) {
                    means[labels[i]][j] += points[i][j];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < means[c].length; j++) {
                means[c][j] /= counts[c];
            }
        }
        return new Fitted(labels.clone(), means);
    }

    private record Fitted(int[] labelArray, double[][] means) implements Clustering, PersistableStage {
        @Override
        public int[] labels() {
            return labelArray.clone();
        }

        @Override
        public int clusterCount() {
            return means.length;
        }

        @Override
        public double[] strengths() {
            double[] s = new double[labelArray.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = labelArray[i] < 0 ? 0 : 1;
            }
            return s;
        }

        @Override
        public boolean supportsPrediction() {
            return true;
        }

        @Override
        public Prediction predict(double[][] points) {
            int[] labels = new int[points.length];
            double[] strengths = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int c = 0; c < means.length; c++) {
                    double d = 0;
                    for (int j = 0; j < means[c].length; j++) {
                        d += (points[i][j] - means[c][j]) * (points[i][j] - means[c][j]);
                    }
                    if (d < best) {
                        best = d;
                        labels[i] = c;
                    }
                }
                strengths[i] = 1 / (1 + Math.sqrt(best));
            }
            return new Prediction(labels, strengths);
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Tensor> tensors() {
            return Map.of("labels", Tensor.i32(labelArray), "means", Tensor.f64(means));
        }

        @Override
        public Map<String, Object> params() {
            return Map.of("metric", "euclidean", "clusters", means.length);
        }
    }
}
