package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.TopicModel;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.TopWords;
import org.bertopic4j.vectorize.TopicDocuments;

/**
 * The c-TF-IDF of a subset of the documents under the model's fitted vectorizer and weighting
 * (BERTopic's {@code _c_tf_idf(..., fit=False)}), optionally L1-normalised and averaged with the global
 * (L1-normalised) topic rows, and the top five words of each topic in it. Rows stay sparse.
 */
final class SubsetWords {
    /** Words shown per row, as upstream ({@code [:5]}). */
    static final int WORDS = 5;

    private SubsetWords() {
    }

    /** One subset's topics in ascending id order, their document counts and (possibly tuned) c-TF-IDF rows. */
    record Subset(int[] topics, int[] counts, CsrMatrix ctfidf) {
        /** The same topics with other rows. */
        Subset with(CsrMatrix rows) {
            return new Subset(topics, counts, rows);
        }
    }

    static Subset ctfidf(TopicModel model, List<String> docs, List<Integer> topics, boolean normalise) {
        int[] t = topics.stream().mapToInt(Integer::intValue).toArray();
        TopicDocuments joined = TopicDocuments.join(docs, t, model.config().englishCleaning());
        int[] ids = joined.topics();
        int[] counts = new int[ids.length];
        for (int topic : t) {
            counts[java.util.Arrays.binarySearch(ids, topic)]++;
        }
        CsrMatrix c = model.classTfidf().transform(model.vectorizer().transform(joined.documents()));
        return new Subset(ids, counts, normalise ? TopicRows.l1(c) : c);
    }

    /** Averages each row with the L1-normalised global row of its topic: {@code (global + local) / 2}. */
    static Subset tuneGlobally(TopicModel model, Subset subset, CsrMatrix globalL1) {
        List<Integer> ids = model.topicIds();
        int[] partner = new int[subset.topics().length];
        for (int r = 0; r < partner.length; r++) {
            partner[r] = ids.indexOf(subset.topics()[r]);
        }
        return subset.with(TopicRows.averageRows(subset.ctfidf(), globalL1, partner));
    }

    /** The top words of each row joined with {@code ", "}, keyed by topic. */
    static Map<Integer, String> words(TopicModel model, Subset subset) {
        List<List<WordScore>> top = TopWords.extract(subset.ctfidf(), model.vectorizer().vocabulary(), WORDS);
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int r = 0; r < subset.topics().length; r++) {
            List<String> w = new ArrayList<>();
            for (WordScore ws : top.get(r).subList(0, Math.min(WORDS, top.get(r).size()))) {
                w.add(ws.word());
            }
            out.put(subset.topics()[r], String.join(", ", w));
        }
        return out;
    }

    /** The model's c-TF-IDF, L1-normalised per row. */
    static CsrMatrix globalL1(TopicModel model) {
        return TopicRows.l1(model.cTfIdf());
    }
}
