package org.bertopic4j.representation;

import java.util.ArrayList;
import java.util.List;
import org.bertopic4j.matrix.Matrices;

/**
 * Maximal marginal relevance (BERTopic's {@code mmr}): picks items that are similar to a query and
 * dissimilar to the items already picked. The first pick is the candidate most cosine-similar to the
 * query; each next pick maximises {@code (1 - diversity) * sim(candidate, query) - diversity * max sim(candidate, picked)}.
 * Ties go to the earlier candidate. Used by {@link MaximalMarginalRelevance} (words around a topic)
 * and {@link VisualRepresentation} (images around a topic centroid).
 */
public final class Mmr {
    private Mmr() {
    }

    /**
     * Selects up to {@code topN} candidates.
     *
     * @param query the query embedding (a topic, a document)
     * @param candidates the candidate embeddings, one row each, same width as {@code query}
     * @param topN how many to pick; fewer when there are fewer candidates
     * @param diversity 0 = pure relevance, 1 = pure diversity
     * @return the picked candidate indices, in pick order (most relevant first)
     * @throws IllegalArgumentException on empty, ragged or non-finite input, {@code topN < 1} or diversity outside [0, 1]
     */
    public static int[] select(double[] query, double[][] candidates, int topN, double diversity) {
        if (query == null || candidates == null) {
            throw new IllegalArgumentException("query and candidates must not be null");
        }
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be >= 1, got " + topN);
        }
        if (!(diversity >= 0 && diversity <= 1)) {
            throw new IllegalArgumentException("diversity must be in [0, 1], got " + diversity);
        }
        Matrices.requireFinite("query", new double[][] {query});
        if (candidates.length == 0) {
            return new int[0];
        }
        Matrices.requireFinite("candidates", candidates, query.length);
        double[] relevance = column(Matrices.cosineSimilarity(candidates, new double[][] {query}));
        int n = candidates.length;
        int picks = Math.min(topN, n);
        double[][] pairwise = picks > 1 ? Matrices.cosineSimilarity(candidates, candidates) : null;
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remaining.add(i);
        }
        int[] picked = new int[picks];
        double[] maxSimToPicked = new double[n];
        java.util.Arrays.fill(maxSimToPicked, Double.NEGATIVE_INFINITY);
        for (int p = 0; p < picks; p++) {
            int bestPos = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int pos = 0; pos < remaining.size(); pos++) {
                int c = remaining.get(pos);
                double score = p == 0 ? relevance[c] : (1 - diversity) * relevance[c] - diversity * maxSimToPicked[c];
                if (score > bestScore) {
                    bestScore = score;
                    bestPos = pos;
                }
            }
            int chosen = remaining.remove(bestPos);
            picked[p] = chosen;
            if (pairwise != null) {
                for (int c : remaining) {
                    maxSimToPicked[c] = Math.max(maxSimToPicked[c], pairwise[c][chosen]);
                }
            }
        }
        return picked;
    }

    private static double[] column(double[][] m) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][0];
        }
        return c;
    }
}
