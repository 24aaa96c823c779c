package org.bertopic4j.vectorize;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Python's {@code str} ordering: lexicographic by Unicode code point. Java's {@link String#compareTo}
 * compares UTF-16 code units instead, which puts supplementary characters (stored as surrogates
 * {@code U+D800..U+DFFF}) before {@code U+E000..U+FFFF}; this comparator corrects that.
 */
final class CodePointOrder implements Comparator<String> {
    /** The shared instance (stateless). */
    static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {
    }

    /**
     * Sorts {@code terms} in code-point order. When no term holds a surrogate, UTF-16 order is code-point
     * order and the faster {@link String#compareTo} is used.
     */
    static void sort(String[] terms) {
        boolean surrogates = false;
        for (int t = 0; t < terms.length && !surrogates; t++) {
            String s = terms[t];
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    surrogates = true;
                    break;
                }
            }
        }
        if (surrogates) {
            Arrays.parallelSort(terms, INSTANCE);
        } else {
            Arrays.parallelSort(terms);
        }
    }

    @Override
    public int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return Integer.compare(rank(x), rank(y));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Moves surrogates above the rest of the BMP so that code-unit order becomes code-point order. */
    private static int rank(char c) {
        if (c >= 0xE000) {
            return c - 0x800;
        }
        return c >= 0xD800 ? c + 0x2000 : c;
    }
}
