package org.bertopic4j;

import java.util.List;
import org.bertopic4j.matrix.CsrMatrix;

/** A fitted {@link Vectorizer}: a fixed vocabulary and the counting of terms in any text. Thread-safe. */
public interface FittedVectorizer {

    /** The terms, in column order (alphabetical for CountVectorizer, as sklearn's {@code get_feature_names_out}). */
    List<String> vocabulary();

    /** Term counts, one row per document, one column per vocabulary term; unknown terms are ignored. */
    CsrMatrix transform(List<String> documents);

    /**
     * Splits one document into tokens as the vectorizer sees them before n-grams and stop words
     * (sklearn's {@code build_tokenizer()} after preprocessing); used by approximate distributions
     * and coherence metrics.
     */
    List<String> tokenize(String document);
}
