/**
 * Ports of numpy 1.24's unstable sort and selection routines ({@code argsort(kind="quicksort")},
 * {@code argpartition}), step for step, so that the order among tied values equals upstream's wherever a
 * reproduced library depends on it: scikit-learn's {@code max_features} cut-off, BERTopic's top-word
 * order, and hdbscan's order of tied spanning-tree edges.
 */
package org.bertopic4j.numpy;
