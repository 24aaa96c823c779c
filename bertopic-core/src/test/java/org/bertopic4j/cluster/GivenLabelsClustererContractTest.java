package org.bertopic4j.cluster;

import org.bertopic4j.Clusterer;
import org.bertopic4j.contract.ClustererContract;

/** The clusterer contract for the given-labels clusterer (labels 0, 1, 2, -1 repeating). */
class GivenLabelsClustererContractTest extends ClustererContract {
    @Override
    protected Clusterer clusterer(int threads) {
        return new GivenLabelsClusterer();
    }

    @Override
    protected int[] fitLabels(double[][] points) {
        int[] labels = new int[points.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 4 == 3 ? -1 : i % 4;
        }
        return labels;
    }
}
