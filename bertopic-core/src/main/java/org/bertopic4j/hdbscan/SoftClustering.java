package org.bertopic4j.hdbscan;

/**
 * Soft cluster membership as hdbscan's {@code all_points_membership_vectors} and
 * {@code membership_vector} compute it. Both mix a distance part (normalised inverse distance to the
 * nearest exemplar of each cluster) with an outlier part (from the lambda at which the point merges
 * with each cluster, softmax-normalised), renormalise, and scale by the probability of being in some
 * cluster. The two entry points differ as in hdbscan: all points use {@code dist * outlier} with
 * score {@code exp(-lambda_max / height)} and a softmax shifted by the global maximum; new points use
 * {@code dist^0.5 * outlier^2} with score {@code lambda_max / (lambda_max - height)} and a lambda
 * rounded to float32. Where coinciding points make lambdas infinite, infinite ratios and softmax
 * inputs take their limits instead of hdbscan's NaN.
 */
final class SoftClustering {
    private final CondensedTree t;
    private final MetricSpace space;
    private final PredictionData data;

    SoftClustering(CondensedTree t, MetricSpace space, PredictionData data) {
        this.t = t;
        this.space = space;
        this.data = data;
    }

    /** Membership of every fitted point, n x k. */
    double[][] allPoints(int threads) {
        int k = data.clusters.length;
        double[][] out = new double[t.n][k];
        if (k == 0) {
            return out;
        }
        double[][] scores = new double[t.n][];
        double[] inCluster = new double[t.n];
        Parallel.forEach(threads, t.n, i -> {
            int row = t.pointRow[i];
            int pc = t.parent[row];
            double pl = t.lambda[row];
            double[] h = data.mergeHeights.of(pc, pl);
            double max = data.leafMaxLambda[pc - t.n] + 1e-8;
            double[] s = new double[k];
            for (int j = 0; j < k; j++) {
                s[j] = Math.exp(-ratio(max, h[j]));
            }
            scores[i] = s;
            out[i] = distanceVector(space.coords, i * space.d);
            int arg = argmax(h);
            inCluster[i] = ratio(h[arg], Math.max(data.leafMaxLambda[data.clusters[arg] - t.n], pl));
        });
        double globalMax = Double.NEGATIVE_INFINITY;
        for (double[] s : scores) {
            for (double v : s) {
                if (!Double.isNaN(v)) {
                    globalMax = Math.max(globalMax, v);
                }
            }
        }
        double shift = globalMax;
        Parallel.forEach(threads, t.n, i -> {
            double[] outlier = scores[i];
            for (int j = 0; j < k; j++) {
                outlier[j] = Math.exp(outlier[j] - shift);
            }
            normalise(outlier);
            double[] r = out[i];
            for (int j = 0; j < k; j++) {
                r[j] *= outlier[j];
            }
            normalise(r);
            for (int j = 0; j < k; j++) {
                r[j] *= inCluster[i];
            }
        });
        return out;
    }

    /** Membership of one new point (already transformed), a row of k values. */
    double[] newPoint(double[] point) {
        int k = data.clusters.length;
        if (k == 0) {
            return new double[0];
        }
        NearestReachable nr = NearestReachable.find(space, data, point);
        int row = t.pointRow[nr.neighbor()];
        double lambda = Math.min(nr.lambda(), t.lambda[row]);
        int pc = t.parent[row];
        double[] dist = distanceVector(point, 0);
        double max = data.leafMaxLambda[pc - t.n];
        double[] h = data.mergeHeights.of(pc, (float) lambda);
        double[] outlier = new double[k];
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double denominator = max - h[j];
            outlier[j] = ratio(max, denominator > 0 ? denominator : 1e-8);
            top = Math.max(top, outlier[j]);
        }
        for (int j = 0; j < k; j++) {
            outlier[j] = top == Double.POSITIVE_INFINITY ? (outlier[j] == top ? 1.0 : 0.0)
                    : Math.exp(outlier[j] - top);
        }
        normalise(outlier);
        double[] r = new double[k];
        for (int j = 0; j < k; j++) {
            r[j] = Math.sqrt(dist[j]) * outlier[j] * outlier[j];
        }
        normalise(r);
        double[] heights = data.mergeHeights.of(pc, lambda);
        int arg = argmax(heights);
        double prob = ratio(heights[arg], Math.max(lambda, data.leafMaxLambda[data.clusters[arg] - t.n]) + 1e-8);
        for (int j = 0; j < k; j++) {
            r[j] *= prob;
        }
        return r;
    }

    /** Normalised inverse distance to the nearest exemplar of each cluster. */
    private double[] distanceVector(double[] q, int qo) {
        int k = data.clusters.length;
        double[] v = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double nearestReduced = Double.MAX_VALUE;
            for (int e : data.exemplars[j]) {
                nearestReduced = Math.min(nearestReduced, space.tree.rdist(q, qo, e));
            }
            // distance() is monotone in the reduced distance, so converting only the minimum gives the same value
            double nearest = space.distance(nearestReduced);
            v[j] = nearest != 0 ? 1.0 / nearest : Double.MAX_VALUE / k;
            sum += v[j];
        }
        for (int j = 0; j < k; j++) {
            v[j] /= sum;
        }
        return v;
    }

    /**
     * {@code a / b}, except 1 when both are infinite: lambdas are infinite where points coincide
     * (distance 0), and hdbscan's NaN there is replaced by the limit (see docs/differences.md).
     */
    private static double ratio(double a, double b) {
        return Double.isInfinite(a) && Double.isInfinite(b) ? 1.0 : a / b;
    }

    private static int argmax(double[] v) {
        int a = 0;
        for (int j = 1; j < v.length; j++) {
            if (v[j] > v[a]) {
                a = j;
            }
        }
        return a;
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        for (int j = 0; j < v.length; j++) {
            v[j] /= s;
        }
    }
}
