package org.bertopic4j;

import java.util.List;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * Turns text into a bag of terms (sklearn's {@code CountVectorizer} by default). BERTopic fits it on one
 * joined document per topic, so document-frequency limits count topics. An immutable configuration;
 * {@link #fit} returns the {@link FittedVectorizer}.
 */
public interface Vectorizer {

    /**
     * Learns the vocabulary of {@code documents}.
     *
     * @throws IllegalArgumentException when {@code documents} is null or empty, or when no term survives
     */
    FittedVectorizer fit(List<String> documents);

    /**
     * Fits on {@code documents} and counts them (sklearn's {@code fit_transform}); implementations
     * may do this in one pass. The default fits, then transforms.
     */
    default TrainingCounts fitTransform(List<String> documents) {
        FittedVectorizer fitted = fit(documents);
        CsrMatrix counts = fitted.transform(documents);
        return new TrainingCounts() {
            @Override
            public FittedVectorizer vectorizer() {
                return fitted;
            }

            @Override
            public CsrMatrix counts() {
                return counts;
            }
        };
    }

    /** A fitted vectorizer with the term counts of the documents it was fitted on. */
    interface TrainingCounts {
        /** The fitted vectorizer. */
        FittedVectorizer vectorizer();

        /** The counts of the training documents, one row per document. */
        CsrMatrix counts();
    }
}
