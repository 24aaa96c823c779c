package org.bertopic4j.testing;

import org.bertopic4j.Clustering;
import org.bertopic4j.matrix.Matrices;

/**
 * A clustering recorded elsewhere (for example from Python hdbscan), returned as a fitted {@link Clustering}
 * with its soft memberships, so tests can start BERTopic from exactly upstream's clustering. Accessors return
 * copies.
 */
public final class RecordedClustering implements Clustering {
    private final int[] labels;
    private final double[] strengths;
    private final double[][] membership;

    /**
     * @param labels cluster per point, -1 for noise
     * @param strengths each point's strength in its cluster
     * @param membership points x clusters membership vectors
     */
    public RecordedClustering(int[] labels, double[] strengths, double[][] membership) {
        this.labels = labels.clone();
        this.strengths = strengths.clone();
        this.membership = Matrices.copy(membership);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public int clusterCount() {
        return membership[0].length;
    }

    @Override
    public double[] strengths() {
        return strengths.clone();
    }

    @Override
    public boolean supportsMembership() {
        return true;
    }

    @Override
    public double[][] membershipVectors() {
        return Matrices.copy(membership);
    }
}
