package org.bertopic4j.reduce;

import org.bertopic4j.DimensionReducer;
import org.bertopic4j.Reduction;
import org.bertopic4j.matrix.Matrices;

/**
 * A reducer that keeps the embeddings as they are (BERTopic's {@code BaseDimensionalityReduction}):
 * the skip step for embeddings that are already low-dimensional, and for manual or supervised
 * topic modelling. Labels are ignored.
 */
public final class IdentityReducer implements DimensionReducer {

    @Override
    public Reduction fit(float[][] embeddings, int[] labels) {
        int d = Matrices.requireFinite("embeddings", embeddings);
        Matrices.requireLabels("labels", labels, embeddings.length);
        return new Identity(Matrices.toDouble(embeddings), d);
    }

    @Override
    public String toString() {
        return "IdentityReducer";
    }

    private record Identity(double[][] points, int width) implements Reduction {
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
