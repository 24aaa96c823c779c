package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.bertopic4j.BERTopic;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.linkage.Linkage;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.vectorize.TopWords;
import org.bertopic4j.vectorize.TopicDocuments;

/**
 * The topic hierarchy (BERTopic's {@code hierarchical_topics}, SPEC §2.20): Ward linkage with optimal leaf
 * ordering on {@code 1 - cosine} of the topics' c-TF-IDF rows (outliers excluded); equal merge heights are
 * made distinct with noise below 1e-7 as upstream (seeded here: the model's seed, or 42); every merge is
 * named by the top five c-TF-IDF words of its topics' summed bag of words. Rows come last merge first, as
 * upstream sorts by {@code Parent_ID} descending. {@link #tree} prints the text tree of
 * {@code get_topic_tree}.
 *
 * <p>Parent names use the c-TF-IDF words only; upstream also runs the main representation models on every
 * merge (see docs/differences.md).
 */
public final class HierarchicalTopics {
    private static final double NOISE = 1e-7;
    private static final int NAME_WORDS = 5;

    private HierarchicalTopics() {
    }

    /**
     * The merges of the model's topics.
     *
     * @throws IllegalArgumentException when the model has fewer than two topics
     */
    public static List<HierarchyRow> of(TopicModel model) {
        Objects.requireNonNull(model, "model");
        List<Integer> topics = TopicRows.realTopics(model);
        int n = topics.size();
        if (n < 2) {
            throw new IllegalArgumentException("a hierarchy needs at least two topics, the model has " + n);
        }
        if (!topics.equals(java.util.stream.IntStream.range(0, n).boxed().toList())) {
            throw new IllegalArgumentException("hierarchicalTopics needs topics numbered 0.." + (n - 1) + ", got "
                    + topics + "; renumber them (for example with mergeTopics or reduceTopics) first");
        }
        CsrMatrix ctfidf = TopicRows.realCtfidf(model);
        double[][] sims = Matrices.cosineSimilarity(ctfidf, ctfidf);
        double[][] distances = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                distances[i][j] = i == j ? 0 : Math.max(0, 1 - sims[i][j]);
            }
        }
        double[][] z = Linkage.optimalLeafOrdering(Linkage.linkage(distances, Linkage.Method.WARD), distances);
        makeHeightsUnique(z, model.config().seed().orElse(BERTopic.REPRESENTATIVE_DOCS_SEED));
        CsrMatrix bow = topicBagOfWords(model);
        List<HierarchyRow> rows = new ArrayList<>(n - 1);
        for (int i = 0; i < z.length; i++) {
            int[] leaves = Linkage.leavesOf(z, n + i);
            Arrays.sort(leaves);
            rows.add(new HierarchyRow(n + i, name(model, bow, leaves), Arrays.stream(leaves).boxed().toList(),
                    (int) z[i][0], childName(model, rows, (int) z[i][0], n), (int) z[i][1],
                    childName(model, rows, (int) z[i][1], n), z[i][2]));
        }
        List<HierarchyRow> out = new ArrayList<>(rows);
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }

    /**
     * The hierarchy as BERTopic's {@code get_topic_tree} prints it.
     *
     * @param maxDistance merges above this distance are not labelled with their topic (null: all are)
     * @param tightLayout narrower indentation
     */
    public static String tree(List<HierarchyRow> hierarchy, Double maxDistance, boolean tightLayout) {
        return TopicTree.render(hierarchy, maxDistance, tightLayout);
    }

    /** BERTopic's {@code get_unique_distances}: a repeated height is raised by uniform noise below 1e-7. */
    private static void makeHeightsUnique(double[][] z, long seed) {
        double[] original = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            original[i] = z[i][2];
        }
        Random random = new Random(seed);
        for (int i = 0; i < z.length - 1; i++) {
            if (original[i] == original[i + 1]) {
                double next = original[i] + NOISE;
                for (int j = i + 1; j < z.length; j++) {
                    if (original[j] != original[i]) {
                        next = original[j];
                        break;
                    }
                }
                double low = z[i][2];
                double high = Math.min(z[i][2] + NOISE, next);
                z[i + 1][2] = low + random.nextDouble() * (high - low);
            }
        }
    }

    /** Per topic the term counts of its joined, cleaned documents (BERTopic's {@code bow}). */
    private static CsrMatrix topicBagOfWords(TopicModel model) {
        List<String> docs = model.corpus().documents().orElseThrow(() -> new IllegalArgumentException(
                "hierarchicalTopics needs the model's documents, and its corpus has none"));
        TopicDocuments joined = TopicDocuments.join(docs, model.topics(), model.config().englishCleaning());
        int from = joined.topics()[0] == -1 ? 1 : 0;
        List<String> perTopic = joined.documents().subList(from, joined.documents().size());
        return model.vectorizer().transform(perTopic);
    }

    private static String name(TopicModel model, CsrMatrix bow, int[] leaves) {
        double[] sum = new double[bow.cols()];
        for (int t : leaves) {
            for (int k = bow.rowStart(t); k < bow.rowEnd(t); k++) {
                sum[bow.indexAt(k)] += bow.valueAt(k);
            }
        }
        CsrMatrix c = model.classTfidf().transform(CsrMatrix.fromDense(new double[][] {sum}, bow.cols()));
        List<WordScore> words = TopWords.extract(c, model.vectorizer().vocabulary(), model.config().topN()).get(0);
        return join(words);
    }

    private static String childName(TopicModel model, List<HierarchyRow> rows, int id, int n) {
        return id < n ? join(model.topic(id)) : rows.get(id - n).parentName();
    }

    private static String join(List<WordScore> words) {
        List<String> w = new ArrayList<>();
        for (WordScore ws : words.subList(0, Math.min(NAME_WORDS, words.size()))) {
            w.add(ws.word());
        }
        return String.join("_", w);
    }
}
