package org.bertopic4j.cluster;

import org.bertopic4j.Clusterer;
import org.bertopic4j.contract.ClustererContract;

/** The clusterer contract for the nearest-centroid classifier, trained on the blobs' own labels. */
class NearestCentroidContractTest extends ClustererContract {
    @Override
    protected Clusterer clusterer(int threads) {
        return new NearestCentroidClassifier();
    }

    @Override
    protected int[] fitLabels(double[][] points) {
        int[] labels = new int[points.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
        }
        return labels;
    }
}
