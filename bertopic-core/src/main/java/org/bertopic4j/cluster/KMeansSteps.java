package org.bertopic4j.cluster;

import java.util.Random;

/** The steps of mini-batch k-means: greedy k-means++ seeding, nearest centres and the count-weighted update. */
final class KMeansSteps {
    private KMeansSteps() {
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return s;
    }

    /** Index of the nearest centre (ties: the smallest index). */
    static int nearest(double[] point, double[][] centers) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centers.length; c++) {
            double d = squaredDistance(point, centers[c]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Sum of squared distances of the points to their nearest centres. */
    static double inertia(double[][] points, double[][] centers) {
        double sum = 0;
        for (double[] p : points) {
            sum += squaredDistance(p, centers[nearest(p, centers)]);
        }
        return sum;
    }

    /**
     * scikit-learn's greedy k-means++: the first centre uniformly, then each next centre the best of
     * {@code 2 + ln k} candidates drawn with probability proportional to the squared distance.
     */
    static double[][] kMeansPlusPlus(double[][] points, int k, Random random) {
        int n = points.length;
        int trials = 2 + (int) Math.log(k);
        double[][] centers = new double[k][];
        centers[0] = points[random.nextInt(n)].clone();
        double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = squaredDistance(points[i], centers[0]);
            potential += closest[i];
        }
        for (int c = 1; c < k; c++) {
            int bestCandidate = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] bestClosest = null;
            for (int t = 0; t < trials; t++) {
                int candidate = sample(closest, potential, random);
                double[] next = new double[n];
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    next[i] = Math.min(closest[i], squaredDistance(points[i], points[candidate]));
                    sum += next[i];
                }
                if (sum < bestPotential) {
                    bestPotential = sum;
                    bestCandidate = candidate;
                    bestClosest = next;
                }
            }
            centers[c] = points[bestCandidate].clone();
            closest = bestClosest;
            potential = bestPotential;
        }
        return centers;
    }

    private static int sample(double[] weights, double total, Random random) {
        if (total <= 0) {
            return random.nextInt(weights.length);
        }
        double r = random.nextDouble() * total;
        double cumulative = 0;
        for (int i = 0; i < weights.length; i++) {
            cumulative += weights[i];
            if (r < cumulative) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * One mini-batch step (scikit-learn's {@code _mini_batch_step} without random reassignment): each
     * centre moves to the count-weighted mean of its old position and its batch points, and its count
     * grows by the number of those points. Updates {@code centers} and {@code counts} in place.
     *
     * @return the batch's inertia before the update
     */
    static double step(double[][] batch, double[][] centers, double[] counts) {
        int k = centers.length;
        int d = centers[0].length;
        double[][] sums = new double[k][d];
        int[] batchCounts = new int[k];
        double inertia = 0;
        for (double[] p : batch) {
            int c = nearest(p, centers);
            inertia += squaredDistance(p, centers[c]);
            batchCounts[c]++;
            for (int j = 0; j < d; j++) {
                sums[c][j] += p[j];
            }
        }
        for (int c = 0; c < k; c++) {
            if (batchCounts[c] == 0) {
                continue;
            }
            double total = counts[c] + batchCounts[c];
            for (int j = 0; j < d; j++) {
                centers[c][j] = (centers[c][j] * counts[c] + sums[c][j]) / total;
            }
            counts[c] = total;
        }
        return inertia;
    }
}
