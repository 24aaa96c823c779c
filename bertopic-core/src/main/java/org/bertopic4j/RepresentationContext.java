package org.bertopic4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bertopic4j.matrix.CsrMatrix;

/**
 * The fitted state a {@link RepresentationModel} may read: the documents and their topics, the
 * c-TF-IDF matrix and the vectorizer that built it, embeddings, images and the embedding backend.
 * Rows are always addressed by document row id (position in the corpus), never by text.
 */
public interface RepresentationContext {

    /** The documents (for image-only corpora: the captions), one per row. */
    List<String> documents();

    /** The topic of each document row; a fresh copy. */
    int[] topics();

    /** The images aligned with {@link #documents()}, when the corpus has images. */
    Optional<List<ImageSource>> images();

    /** The document embeddings aligned with {@link #documents()}, when known. */
    Optional<float[][]> embeddings();

    /** The embedding backend, when the model has one (needed to embed candidate words). */
    Optional<EmbeddingBackend> embeddingBackend();

    /** The topic x term c-TF-IDF matrix; row {@code i} belongs to topic {@code cTfIdfTopics()[i]}. */
    CsrMatrix cTfIdf();

    /** The topic id of each c-TF-IDF row, ascending ({@code -1} first when outliers exist). */
    int[] cTfIdfTopics();

    /** The fitted vectorizer whose vocabulary indexes the c-TF-IDF columns. */
    FittedVectorizer vectorizer();

    /** The c-TF-IDF of arbitrary texts under the fitted vectorizer and idf weights (one row per text). */
    CsrMatrix cTfIdfOf(List<String> texts);

    /**
     * The representative document rows of each topic (BERTopic's {@code _extract_representative_docs}
     * with this library's fixes: sampling without replacement, row ids, sorted by similarity).
     *
     * @param nrSamples documents sampled per topic before ranking (BERTopic: 500)
     * @param nrDocs documents kept per topic
     * @return topic id -> row ids, most representative first
     */
    Map<Integer, List<Integer>> representativeRows(int nrSamples, int nrDocs);

    /** The model's seed, for representation models that sample. */
    long seed();
}
