package org.bertopic4j.cluster;

import java.util.Arrays;
import java.util.TreeSet;
import org.bertopic4j.Clusterer;
import org.bertopic4j.Clustering;
import java.util.Map;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.persist.PersistableStage;
import org.bertopic4j.persist.Tensor;

/**
 * A clusterer that takes the labels it is given as the clusters (BERTopic's {@code BaseCluster}):
 * the skip step for manual topic modelling, where documents already carry their topics. Labels may
 * be any integers; {@code -1} stays noise and the others are renumbered {@code 0..k-1} in ascending
 * order. It cannot predict new points: a topic model using it assigns new documents by topic-embedding
 * similarity, as BERTopic does.
 *
 * <pre>{@code
 * BERTopic manual = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).build();
 * TopicModel model = manual.fit(Corpus.of(docs).withEmbeddings(vectors).withLabels(topics));
 * }</pre>
 */
public final class GivenLabelsClusterer implements Clusterer {
    /** The kind under which a fitted given-labels clustering is saved (see {@link PersistableStage}). */
    public static final String KIND = "given_labels";

    /**
     * Uses {@code labels} as the clustering.
     *
     * @throws IllegalArgumentException when labels are missing or not one per point
     */
    @Override
    public Clustering fit(double[][] points, int[] labels) {
        Matrices.requireFinite("points", points);
        if (labels == null) {
            throw new IllegalArgumentException("labels is null: GivenLabelsClusterer needs one label per point "
                    + "(give them with Corpus.withLabels)");
        }
        Matrices.requireLabels("labels", labels, points.length);
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int l : labels) {
            if (l < -1) {
                throw new IllegalArgumentException("labels holds " + l + ": labels must be >= -1 (-1 = outlier)");
            }
            if (l >= 0) {
                distinct.add(l);
            }
        }
        int[] dense = new int[labels.length];
        Integer[] order = distinct.toArray(new Integer[0]);
        for (int i = 0; i < labels.length; i++) {
            dense[i] = labels[i] < 0 ? -1 : Arrays.binarySearch(order, labels[i]);
        }
        return new Given(dense, order.length);
    }

    /**
     * Rebuilds a fitted given-labels clustering saved as a {@link PersistableStage}.
     *
     * @throws IllegalArgumentException when the saved labels are missing or not dense {@code -1..k-1}
     */
    public static Clustering restore(Map<String, Tensor> tensors, Map<String, Object> params) {
        Tensor t = tensors.get("labels");
        if (t == null || t.shape().length != 1) {
            throw new IllegalArgumentException("given-labels clustering state needs a 1-D tensor 'labels', got " + t);
        }
        int[] labels = t.toIntArray();
        int k = Arrays.stream(labels).max().orElse(-1) + 1;
        boolean[] seen = new boolean[k];
        for (int l : labels) {
            if (l < -1) {
                throw new IllegalArgumentException("saved given labels hold " + l + "; labels must be >= -1");
            }
            if (l >= 0) {
                seen[l] = true;
            }
        }
        for (int c = 0; c < k; c++) {
            if (!seen[c]) {
                throw new IllegalArgumentException("saved given labels skip cluster " + c + "; expected dense labels 0.." + (k - 1));
            }
        }
        return new Given(labels, k);
    }

    @Override
    public String toString() {
        return "GivenLabelsClusterer";
    }

    private record Given(int[] dense, int clusterCount) implements Clustering, PersistableStage {
        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public Map<String, Tensor> tensors() {
            return Map.of("labels", Tensor.i32(dense));
        }

        @Override
        public Map<String, Object> params() {
            return Map.of();
        }

        @Override
        public int[] labels() {
            return dense.clone();
        }

        @Override
        public double[] strengths() {
            double[] s = new double[dense.length];
            for (int i = 0; i < dense.length; i++) {
                s[i] = dense[i] < 0 ? 0.0 : 1.0;
            }
            return s;
        }
    }
}
