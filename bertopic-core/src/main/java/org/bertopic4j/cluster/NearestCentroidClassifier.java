package org.bertopic4j.cluster;

import java.util.Arrays;
import java.util.TreeSet;
import org.bertopic4j.Clusterer;
import org.bertopic4j.Clustering;
import org.bertopic4j.matrix.Matrices;

/**
 * A nearest-centroid classifier used as the clusterer of supervised topic modelling (scikit-learn's
 * {@code NearestCentroid} with the euclidean metric, which BERTopic's documentation uses as
 * {@code hdbscan_model}). Fitting takes the given labels as the clusters and learns one centroid per label;
 * new points get the label of the nearest centroid (ties: the smallest label). Label {@code -1} is learned
 * as a class of its own, so new points near the outliers become outliers, as with a scikit-learn
 * classifier trained on {@code y} holding {@code -1}.
 *
 * <p>Any {@link Clusterer} that learns from the labels passed to {@link Clusterer#fit(double[][], int[])}
 * and predicts new points works for supervised topic modelling; this one is exact and has no parameters.
 *
 * <pre>{@code
 * BERTopic supervised = BERTopic.builder()
 *         .reducer(new IdentityReducer())
 *         .clusterer(new NearestCentroidClassifier())
 *         .build();
 * TopicModel model = supervised.fit(Corpus.of(docs).withEmbeddings(vectors).withLabels(classes));
 * Assignments predicted = model.transform(Corpus.of(newDocs).withEmbeddings(newVectors)); // classifier's predict
 * }</pre>
 */
public final class NearestCentroidClassifier implements Clusterer {

    /**
     * Learns one centroid per label.
     *
     * @throws IllegalArgumentException when labels are missing, not one per point, or below {@code -1}
     */
    @Override
    public Clustering fit(double[][] points, int[] labels) {
        int d = Matrices.requireFinite("points", points);
        if (labels == null) {
            throw new IllegalArgumentException("labels is null: NearestCentroidClassifier is trained on one label "
                    + "per document (give them with Corpus.withLabels)");
        }
        Matrices.requireLabels("labels", labels, points.length);
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int l : labels) {
            if (l < -1) {
                throw new IllegalArgumentException("labels holds " + l + ": labels must be >= -1 (-1 = outlier)");
            }
            distinct.add(l);
        }
        int[] classes = distinct.stream().mapToInt(Integer::intValue).toArray();
        int offset = classes[0] == -1 ? 1 : 0;
        double[][] centroids = new double[classes.length][d];
        int[] counts = new int[classes.length];
        int[] dense = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            int c = Arrays.binarySearch(classes, labels[i]);
            counts[c]++;
            for (int j = 0; j < d; j++) {
                centroids[c][j] += points[i][j];
            }
            dense[i] = c - offset;
        }
        for (int c = 0; c < classes.length; c++) {
            for (int j = 0; j < d; j++) {
                centroids[c][j] /= counts[c];
            }
        }
        return new Fitted(dense, centroids, offset);
    }

    @Override
    public String toString() {
        return "NearestCentroidClassifier";
    }

    /** Dense labels ({@code -1} kept) and the centroids, row {@code c} = dense label {@code c - offset}. */
    private record Fitted(int[] dense, double[][] centroids, int offset) implements Clustering {
        @Override
        public int[] labels() {
            return dense.clone();
        }

        @Override
        public int clusterCount() {
            return centroids.length - offset;
        }

        @Override
        public double[] strengths() {
            double[] s = new double[dense.length];
            for (int i = 0; i < dense.length; i++) {
                s[i] = dense[i] < 0 ? 0.0 : 1.0;
            }
            return s;
        }

        @Override
        public boolean supportsPrediction() {
            return true;
        }

        @Override
        public Prediction predict(double[][] points) {
            Matrices.requireFinite("points", points, centroids[0].length);
            int[] out = new int[points.length];
            double[] strengths = new double[points.length];
            for (int i = 0; i < points.length; i++) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < centroids.length; c++) {
                    double sum = 0;
                    for (int j = 0; j < centroids[c].length; j++) {
                        double diff = points[i][j] - centroids[c][j];
                        sum += diff * diff;
                    }
                    if (sum < bestDistance) {
                        bestDistance = sum;
                        best = c;
                    }
                }
                out[i] = best - offset;
                strengths[i] = out[i] < 0 ? 0.0 : 1.0;
            }
            return new Prediction(out, strengths);
        }
    }
}
