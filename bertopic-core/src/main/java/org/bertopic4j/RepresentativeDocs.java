package org.bertopic4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.matrix.Matrices;

/**
 * Chooses each topic's representative documents (BERTopic's {@code _extract_representative_docs}) with
 * the fixes listed in docs/differences.md: rows are sampled without replacement from a seeded random
 * stream of their own per topic, kept by row id (never matched by text), and the top documents are
 * sorted by their c-TF-IDF cosine similarity to the topic (ties: lower row first).
 */
final class RepresentativeDocs {
    private RepresentativeDocs() {
    }

    /**
     * @param topics the topic of each row
     * @param topicIds the c-TF-IDF row order
     * @param topicCtfidf topic x term c-TF-IDF
     * @param documents the documents
     * @param ctfidfOf the c-TF-IDF of arbitrary texts under the fitted vectorizer
     * @param nrSamples rows sampled per topic
     * @param nrDocs rows kept per topic
     * @param seed the sampling seed
     * @return topic id -> representative rows, best first, for every topic of {@code topicIds}
     */
    static Map<Integer, List<Integer>> select(int[] topics, int[] topicIds, CsrMatrix topicCtfidf, List<String> documents,
                                              Function<List<String>, CsrMatrix> ctfidfOf, int nrSamples, int nrDocs,
                                              long seed) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int id : topicIds) {
            members.put(id, new ArrayList<>());
        }
        for (int row = 0; row < topics.length; row++) {
            members.get(topics[row]).add(row);
        }
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        for (int t = 0; t < topicIds.length; t++) {
            int topic = topicIds[t];
            List<Integer> rows = new ArrayList<>(members.get(topic));
            if (rows.size() > nrSamples) {
                Collections.shuffle(rows, new Random(seed * 1_000_003L + topic));
                rows = new ArrayList<>(rows.subList(0, nrSamples));
                Collections.sort(rows);
            }
            List<String> texts = new ArrayList<>(rows.size());
            for (int r : rows) {
                texts.add(documents.get(r));
            }
            double[] sims = column(Matrices.cosineSimilarity(ctfidfOf.apply(texts), topicCtfidf.selectRows(new int[] {t})));
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                order.add(i);
            }
            final List<Integer> sampled = rows;
            order.sort((a, b) -> sims[a] != sims[b] ? Double.compare(sims[b], sims[a])
                    : Integer.compare(sampled.get(a), sampled.get(b)));
            List<Integer> best = new ArrayList<>();
            for (int i = 0; i < Math.min(nrDocs, order.size()); i++) {
                best.add(sampled.get(order.get(i)));
            }
            out.put(topic, List.copyOf(best));
        }
        return out;
    }

    private static double[] column(double[][] m) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][0];
        }
        return c;
    }
}
