package org.bertopic4j.umap;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from a seed and a position (epoch, chunk, tree, ...), so each
 * fixed piece of work draws the same numbers whichever thread runs it.
 */
final class Seeds {
    private Seeds() {
    }

    /** SplitMix64's finaliser: a bijective, well-mixing hash of a 64-bit value. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash of the seed and the given coordinates. */
    static long derive(long seed, long... parts) {
        long h = mix(seed + 0x9e3779b97f4a7c15L);
        for (long p : parts) {
            h = mix(h ^ (p * 0x9e3779b97f4a7c15L + 0x632be59bd9b4e019L));
        }
        return h;
    }

    /**
     * A uniform integer in [0, bound) by Lemire's multiply-shift: no division, unlike
     * {@link SplittableRandom#nextInt(int)}; the bias (below bound / 2^32) is far smaller than
     * umap-learn's own modulo draw.
     */
    static int below(SplittableRandom rng, int bound) {
        return (int) (((rng.nextLong() >>> 32) * bound) >>> 32);
    }

    /** A random stream for the given seed and coordinates. */
    static SplittableRandom stream(long seed, long... parts) {
        return new SplittableRandom(derive(seed, parts));
    }
}
