package org.bertopic4j.report;

/**
 * Maps data coordinates onto a pixel box, keeping the aspect ratio of the data and flipping y so that
 * larger values are drawn higher, as in a plot.
 */
final class Scale {
    private final double minX;
    private final double minY;
    private final double factor;
    private final double left;
    private final double bottom;
    private final double padX;
    private final double padY;

    private Scale(double minX, double minY, double factor, double left, double bottom, double padX, double padY) {
        this.minX = minX;
        this.minY = minY;
        this.factor = factor;
        this.left = left;
        this.bottom = bottom;
        this.padX = padX;
        this.padY = padY;
    }

    /** A scale fitting every {x, y} point into [left, right] x [top, bottom], centred. */
    static Scale fit(double[][] xy, double left, double right, double top, double bottom) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : xy) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        double factor = Math.min((right - left) / spanX, (bottom - top) / spanY);
        double padX = ((right - left) - spanX * factor) / 2;
        double padY = ((bottom - top) - spanY * factor) / 2;
        return new Scale(minX, minY, factor, left, bottom, padX, padY);
    }

    double x(double v) {
        return left + padX + (v - minX) * factor;
    }

    double y(double v) {
        return bottom - padY - (v - minY) * factor;
    }
}
