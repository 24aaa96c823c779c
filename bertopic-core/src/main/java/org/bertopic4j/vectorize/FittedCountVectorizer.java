package org.bertopic4j.vectorize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.FittedVectorizer;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * A fitted {@link CountVectorizer}: its vocabulary ({@code get_feature_names_out()}) and the counting of
 * terms in new documents ({@code transform}). Immutable and thread-safe; {@link #transform} analyses
 * ranges of documents in parallel and returns the same matrix on any number of threads.
 */
public final class FittedCountVectorizer implements FittedVectorizer {
    private final TermAnalyzer analyzer;
    private final List<String> vocabulary;
    private final Map<String, Integer> columns;

    FittedCountVectorizer(TermAnalyzer analyzer, List<String> vocabulary) {
        this.analyzer = analyzer;
        this.vocabulary = Collections.unmodifiableList(new ArrayList<>(vocabulary));
        this.columns = new HashMap<>(vocabulary.size() * 2);
        for (int j = 0; j < vocabulary.size(); j++) {
            columns.put(vocabulary.get(j), j);
        }
    }

    /** The terms in column order: alphabetical by code point, or the fixed vocabulary's order. Unmodifiable. */
    @Override
    public List<String> vocabulary() {
        return vocabulary;
    }

    /** The column of {@code term}, or {@code -1} when it is not in the vocabulary. */
    public int columnOf(String term) {
        Integer j = columns.get(term);
        return j == null ? -1 : j;
    }

    /**
     * Term counts of {@code documents} (sklearn's {@code transform}): one row per document, one column per
     * vocabulary term, values are counts; terms outside the vocabulary are ignored.
     *
     * @throws IllegalArgumentException when {@code documents} is null, empty or holds null
     */
    @Override
    public CsrMatrix transform(List<String> documents) {
        CountVectorizer.requireDocuments(documents);
        List<SparseRows> blocks = Chunks.map(documents, (from, to) -> {
            SparseRows rows = new SparseRows();
            for (int d = from; d < to; d++) {
                analyzer.terms(documents.get(d), term -> {
                    Integer j = columns.get(term);
                    if (j != null) {
                        rows.add(j);
                    }
                });
                rows.endRow();
            }
            return rows;
        });
        return SparseRows.concat(blocks, vocabulary.size());
    }

    /**
     * The tokens of {@code document} after preprocessing (lower-casing when configured), before stop words
     * and n-grams: sklearn's {@code build_tokenizer()(build_preprocessor()(document))}.
     *
     * @throws IllegalArgumentException when {@code document} is null
     */
    @Override
    public List<String> tokenize(String document) {
        if (document == null) {
            throw new IllegalArgumentException("document is null: give a string");
        }
        return Collections.unmodifiableList(analyzer.tokenize(document));
    }

    /**
     * The terms of {@code document} as they are counted, in sklearn's order (all n-grams of the smallest n
     * first), repeated as often as they occur, including terms outside the vocabulary: sklearn's
     * {@code build_analyzer()(document)}.
     *
     * @throws IllegalArgumentException when {@code document} is null
     */
    public List<String> analyze(String document) {
        if (document == null) {
            throw new IllegalArgumentException("document is null: give a string");
        }
        List<String> terms = new ArrayList<>();
        analyzer.terms(document, terms::add);
        return Collections.unmodifiableList(terms);
    }

    @Override
    public String toString() {
        return "FittedCountVectorizer[" + vocabulary.size() + " terms]";
    }
}
