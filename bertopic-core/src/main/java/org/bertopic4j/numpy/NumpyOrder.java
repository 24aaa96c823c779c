package org.bertopic4j.numpy;

/**
 * numpy's {@code Tag::less} on the elements of an array, addressed by their original index: the comparison
 * the ported numpy sort and selection routines ({@link NumpyArgsort}, {@link NumpyArgpartition}) are
 * written against.
 */
@FunctionalInterface
public interface NumpyOrder {
    /** Whether element {@code a} sorts strictly before element {@code b}. */
    boolean test(int a, int b);

    /** numpy's float64 order: ascending, NaN after every number ({@code a < b || (b != b && a == a)}). */
    static NumpyOrder of(double[] v) {
        return (a, b) -> v[a] < v[b] || (Double.isNaN(v[b]) && !Double.isNaN(v[a]));
    }

    /** numpy's {@code npy_get_msb}: {@code floor(log2(n))} for {@code n >= 1}. */
    static int msb(int n) {
        return 31 - Integer.numberOfLeadingZeros(n);
    }
}
