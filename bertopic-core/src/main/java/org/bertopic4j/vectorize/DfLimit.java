package org.bertopic4j.vectorize;

/**
 * A document-frequency bound of {@link CountVectorizer} ({@code min_df} / {@code max_df}), which sklearn
 * reads in two ways: an integer is an absolute number of documents, a float a proportion of the
 * documents ({@code value * nDocs}, not rounded). {@code 1} therefore means "one document" and
 * {@code 1.0} "all documents".
 *
 * @param value the count or the proportion
 * @param fraction whether {@code value} is a proportion in [0, 1]
 */
public record DfLimit(double value, boolean fraction) {

    /** Checks the value against its kind. */
    public DfLimit {
        if (fraction && !(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("a document-frequency proportion must be in [0, 1], got " + value
                    + "; give an int for an absolute number of documents");
        }
        if (!fraction && (value < 0 || value != Math.rint(value))) {
            throw new IllegalArgumentException("a document count must be a whole number >= 0, got " + value);
        }
    }

    /** An absolute number of documents (sklearn: an int). */
    public static DfLimit count(int documents) {
        if (documents < 0) {
            throw new IllegalArgumentException("a document count must be >= 0, got " + documents
                    + "; give a double in [0, 1] for a proportion");
        }
        return new DfLimit(documents, false);
    }

    /** A proportion of the documents in [0, 1] (sklearn: a float). */
    public static DfLimit fraction(double proportion) {
        return new DfLimit(proportion, true);
    }

    /** The bound in documents for a corpus of {@code nDocs} documents, as sklearn computes it. */
    public double documents(int nDocs) {
        return fraction ? value * nDocs : value;
    }

    /** The value as Python would print it: {@code 2} for a count, {@code 0.5} for a proportion. */
    @Override
    public String toString() {
        return fraction ? Double.toString(value) : Long.toString((long) value);
    }
}
