package org.bertopic4j.reduce;

import org.bertopic4j.DimensionReducer;
import org.bertopic4j.Reduction;
import java.util.Map;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.persist.PersistableStage;
import org.bertopic4j.persist.Tensor;

/**
 * A reducer that keeps the embeddings as they are (BERTopic's {@code BaseDimensionalityReduction}):
 * the skip step for embeddings that are already low-dimensional, and for manual or supervised
 * topic modelling. Labels are ignored.
 */
public final class IdentityReducer implements DimensionReducer {
    /** The kind under which a fitted identity reduction is saved (see {@link PersistableStage}). */
    public static final String KIND = "identity";

    @Override
    public Reduction fit(float[][] embeddings, int[] labels) {
        int d = Matrices.requireFinite("embeddings", embeddings);
        Matrices.requireLabels("labels", labels, embeddings.length);
        return new Identity(Matrices.toDouble(embeddings), d);
    }

    /**
     * Rebuilds a fitted identity reduction saved as a {@link PersistableStage}.
     *
     * @throws IllegalArgumentException when the saved points are missing, not 2-D or not finite
     */
    public static Reduction restore(Map<String, Tensor> tensors, Map<String, Object> params) {
        Tensor points = tensors.get("embedding");
        if (points == null || points.shape().length != 2) {
            throw new IllegalArgumentException("identity reduction state needs a 2-D tensor 'embedding', got " + points);
        }
        double[][] p = points.toDoubleMatrix();
        int width = (int) points.shape()[1];
        Matrices.requireFinite("saved identity embedding", p, width);
        return new Identity(p, width);
    }

    @Override
    public String toString() {
        return "IdentityReducer";
    }

    private record Identity(double[][] points, int width) implements Reduction, PersistableStage {
        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Tensor> tensors() {
            return Map.of("embedding", Tensor.f64(points));
        }

        @Override
        public Map<String, Object> params() {
            return Map.of();
        }

        @Override
        public int inputDimension() {
            return width;
        }

        @Override
        public int outputDimension() {
            return width;
        }

        @Override
        public double[][] embedding() {
            return Matrices.copy(points);
        }

        @Override
        public double[][] transform(float[][] embeddings) {
            Matrices.requireFinite("embeddings", embeddings, width);
            return Matrices.toDouble(embeddings);
        }
    }
}
