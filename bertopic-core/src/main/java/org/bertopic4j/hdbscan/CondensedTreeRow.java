package org.bertopic4j.hdbscan;

/**
 * One row of HDBSCAN's condensed tree ({@code condensed_tree_.to_numpy()}): a point or a cluster
 * ({@code child}) leaving cluster {@code parent} at density {@code lambda} (1 / distance).
 * Points are {@code 0..n-1}; clusters are numbered from {@code n}, the root being {@code n}.
 *
 * @param parent the cluster left
 * @param child the point or cluster leaving
 * @param lambda 1 / the mutual-reachability distance of the split (infinite at distance 0)
 * @param childSize 1 for a point, the cluster's size otherwise
 */
public record CondensedTreeRow(int parent, int child, double lambda, int childSize) {
}
