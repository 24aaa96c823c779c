package org.bertopic4j.numpy;

/**
 * {@code numpy.argpartition(v, kth)} for one {@code kth} as numpy 1.24 computes it (introselect: median-of-
 * three quickselect, falling back to median-of-medians-of-five pivots after {@code 2 * floor(log2 n)}
 * rounds, and an O(n * kth) selection when {@code kth} is within 3 of the range start). The order of the
 * elements on each side of {@code kth}, and thus BERTopic's choice among tied top words, depends on these
 * exact steps.
 */
public final class NumpyArgpartition {
    private NumpyArgpartition() {
    }

    /**
     * The index permutation after partitioning {@code v} around position {@code kth}: every element before
     * it is not greater, every element after it not smaller.
     */
    public static int[] argpartition(double[] v, int kth) {
        if (kth < 0 || kth >= v.length) {
            throw new IllegalArgumentException("kth=" + kth + " is out of bounds for " + v.length + " elements");
        }
        int[] idx = new int[v.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        introselect(NumpyOrder.of(v), idx, 0, v.length, kth);
        return idx;
    }

    /** numpy's {@code introselect_} (without the pivot cache, which only serves several kth) on {@code idx[off .. off + num)}. */
    private static void introselect(NumpyOrder less, int[] idx, int off, int num, int kth) {
        int low = 0;
        int high = num - 1;
        if (kth - low < 3) {
            dumbSelect(less, idx, off + low, high - low + 1, kth - low);
            return;
        }
        if (kth == num - 1) {
            int maxIdx = low;
            for (int k = low + 1; k < num; k++) {
                if (!less.test(idx[off + k], idx[off + maxIdx])) {
                    maxIdx = k;
                }
            }
            NumpyArgsort.swap(idx, off + kth, off + maxIdx);
            return;
        }
        int depthLimit = 2 * NumpyOrder.msb(num);
        while (low + 1 < high) {
            int ll = low + 1;
            int hh = high;
            if (depthLimit > 0 || hh - ll < 5) {
                median3Swap(less, idx, off, low, low + (high - low) / 2, high);
            } else {
                int mid = ll + medianOfMedian5(less, idx, off + ll, hh - ll);
                NumpyArgsort.swap(idx, off + mid, off + low);
                ll--;
                hh++;
            }
            depthLimit--;
            int pivot = idx[off + low];
            while (true) {
                do {
                    ll++;
                } while (less.test(idx[off + ll], pivot));
                do {
                    hh--;
                } while (less.test(pivot, idx[off + hh]));
                if (hh < ll) {
                    break;
                }
                NumpyArgsort.swap(idx, off + ll, off + hh);
            }
            NumpyArgsort.swap(idx, off + low, off + hh);
            if (hh >= kth) {
                high = hh - 1;
            }
            if (hh <= kth) {
                low = ll;
            }
        }
        if (high == low + 1 && less.test(idx[off + high], idx[off + low])) {
            NumpyArgsort.swap(idx, off + high, off + low);
        }
    }

    /** Median of {@code low, mid, high} moved to {@code low}, the smallest to {@code low + 1}. */
    private static void median3Swap(NumpyOrder less, int[] idx, int off, int low, int mid, int high) {
        if (less.test(idx[off + high], idx[off + mid])) {
            NumpyArgsort.swap(idx, off + high, off + mid);
        }
        if (less.test(idx[off + high], idx[off + low])) {
            NumpyArgsort.swap(idx, off + high, off + low);
        }
        if (less.test(idx[off + low], idx[off + mid])) {
            NumpyArgsort.swap(idx, off + low, off + mid);
        }
        NumpyArgsort.swap(idx, off + mid, off + low + 1);
    }

    /** Selection sort of the first {@code kth + 1} positions of {@code idx[off .. off + num)}. */
    private static void dumbSelect(NumpyOrder less, int[] idx, int off, int num, int kth) {
        for (int i = 0; i <= kth; i++) {
            int minPos = i;
            for (int k = i + 1; k < num; k++) {
                if (less.test(idx[off + k], idx[off + minPos])) {
                    minPos = k;
                }
            }
            NumpyArgsort.swap(idx, off + i, off + minPos);
        }
    }

    /** Position (relative to {@code off}) of the median of medians of groups of five. */
    private static int medianOfMedian5(NumpyOrder less, int[] idx, int off, int num) {
        int nmed = num / 5;
        for (int i = 0, sub = 0; i < nmed; i++, sub += 5) {
            int m = median5(less, idx, off + sub);
            NumpyArgsort.swap(idx, off + sub + m, off + i);
        }
        if (nmed > 2) {
            introselect(less, idx, off, nmed, nmed / 2);
        }
        return nmed / 2;
    }

    /** numpy's {@code median5_}: partially sorts five elements and returns the median's position (1-3). */
    private static int median5(NumpyOrder less, int[] idx, int o) {
        if (less.test(idx[o + 1], idx[o])) {
            NumpyArgsort.swap(idx, o + 1, o);
        }
        if (less.test(idx[o + 4], idx[o + 3])) {
            NumpyArgsort.swap(idx, o + 4, o + 3);
        }
        if (less.test(idx[o + 3], idx[o])) {
            NumpyArgsort.swap(idx, o + 3, o);
        }
        if (less.test(idx[o + 4], idx[o + 1])) {
            NumpyArgsort.swap(idx, o + 4, o + 1);
        }
        if (less.test(idx[o + 2], idx[o + 1])) {
            NumpyArgsort.swap(idx, o + 2, o + 1);
        }
        if (less.test(idx[o + 3], idx[o + 2])) {
            return less.test(idx[o + 3], idx[o + 1]) ? 1 : 3;
        }
        return 2;
    }
}
