package org.bertopic4j.hdbscan;

/**
 * hdbscan's {@code approximate_predict}: a new point joins the condensed tree next to its nearest
 * mutual-reachability neighbour; when it would join later (at a smaller lambda) than that neighbour
 * left its cluster, it climbs to the ancestor cluster still alive at its lambda. The label is the
 * selected cluster above that cluster (else noise) and the strength {@code min(lambda, lambda_max) /
 * lambda_max} for the selected cluster's largest lambda {@code lambda_max}.
 */
final class ApproximatePredict {
    private ApproximatePredict() {
    }

    /** Writes the label and strength of {@code point} (already transformed) into slot {@code i}. */
    static void predict(CondensedTree t, MetricSpace space, PredictionData data, double[] point, int i,
            int[] labels, double[] strengths) {
        if (t.clusterCount() <= 1) {
            labels[i] = -1;
            strengths[i] = 0.0;
            return;
        }
        NearestReachable nr = NearestReachable.find(space, data, point);
        int row = t.pointRow[nr.neighbor()];
        int cluster = t.parent[row];
        if (t.lambda[row] > nr.lambda()) {
            while (cluster > t.root() && t.birth(cluster) >= nr.lambda()) {
                cluster = t.parentOf(cluster);
            }
        }
        int label = data.labelOf[cluster - t.n];
        labels[i] = label;
        if (label < 0) {
            strengths[i] = 0.0;
            return;
        }
        double max = data.maxLambda[cluster - t.n];
        strengths[i] = max > 0.0 ? Math.min(max, nr.lambda()) / max : 1.0;
    }
}
