package org.bertopic4j.hdbscan;

/**
 * GLOSH outlier scores as hdbscan 0.8.40 computes them: {@code (lambda_max - lambda_p) / lambda_max},
 * where {@code lambda_p} is the lambda at which the point leaves the condensed tree and
 * {@code lambda_max} the largest lambda among the direct children of the cluster it leaves (0 when
 * that maximum is 0 or the point's lambda is infinite). hdbscan means to propagate the maximum up
 * from descendant clusters, but its loop stops at the first point row, before any propagation, on
 * every tree we tested; this class computes what hdbscan returns (see docs/differences.md).
 */
final class Glosh {
    private Glosh() {
    }

    static double[] scores(CondensedTree t) {
        double[] deaths = t.directMaxLambda();
        double[] out = new double[t.n];
        for (int i = 0; i < t.n; i++) {
            int r = t.pointRow[i];
            double max = deaths[t.parent[r] - t.n];
            double lam = t.lambda[r];
            out[i] = max == 0.0 || !Double.isFinite(lam) ? 0.0 : (max - lam) / max;
        }
        return out;
    }
}
