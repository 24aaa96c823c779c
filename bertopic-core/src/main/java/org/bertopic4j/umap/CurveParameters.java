package org.bertopic4j.umap;

import org.apache.commons.math3.analysis.MultivariateMatrixFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;

/**
 * umap-learn's {@code find_ab_params}: fits {@code 1 / (1 + a x^(2b))} by least squares to the
 * target curve that is 1 below {@code minDist} and {@code exp(-(x - minDist) / spread)} above, on
 * 300 points of {@code [0, 3 * spread]}, starting from (1, 1) as scipy's {@code curve_fit} does.
 */
final class CurveParameters {
    private static final int POINTS = 300;

    /** The fitted curve parameters. */
    record AB(double a, double b) {
    }

    private CurveParameters() {
    }

    static AB fit(double spread, double minDist) {
        double[] x = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[i] = spread * 3 * i / (POINTS - 1);
            y[i] = x[i] < minDist ? 1.0 : Math.exp(-(x[i] - minDist) / spread);
        }
        MultivariateVectorFunction model = p -> {
            double[] out = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                out[i] = 1.0 / (1.0 + p[0] * Math.pow(x[i], 2 * p[1]));
            }
            return out;
        };
        MultivariateMatrixFunction jacobian = p -> {
            double[][] out = new double[POINTS][2];
            for (int i = 0; i < POINTS; i++) {
                if (x[i] == 0) {
                    continue;
                }
                double powered = Math.pow(x[i], 2 * p[1]);
                double denom = 1.0 + p[0] * powered;
                double common = -1.0 / (denom * denom);
                out[i][0] = common * powered;
                out[i][1] = common * p[0] * powered * 2 * Math.log(x[i]);
            }
            return out;
        };
        LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-15)
                .withParameterRelativeTolerance(1e-15)
                .optimize(new LeastSquaresBuilder()
                        .start(new double[] {1.0, 1.0})
                        .model(model, jacobian)
                        .target(y)
                        .maxEvaluations(10_000)
                        .maxIterations(10_000)
                        .build());
        double[] p = optimum.getPoint().toArray();
        return new AB(p[0], p[1]);
    }
}
