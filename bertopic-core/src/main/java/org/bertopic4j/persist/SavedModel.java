package org.bertopic4j.persist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bertopic4j.Clustering;
import org.bertopic4j.Reduction;
import org.bertopic4j.Representation;
import org.bertopic4j.WordScore;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.CountVectorizer;

/**
 * The content of a saved model directory, as read or about to be written by {@link ModelStore}: BERTopic's
 * files ({@code config.json}, {@code topics.json}, {@code topic_embeddings.safetensors}, the optional
 * c-TF-IDF pair and {@code images/}) plus this library's optional extension. Arrays are held as given (no
 * copies); treat them as read-only.
 *
 * @param settings the constructor parameters of {@code config.json}
 * @param topics the content of {@code topics.json}
 * @param topicEmbeddings one row per topic in ascending topic id order ({@code -1} first when present)
 * @param ctfidf the c-TF-IDF files, or null when not saved
 * @param state the Java extension, or null when not saved (always null for a model saved by Python)
 */
public record SavedModel(Settings settings, Topics topics, double[][] topicEmbeddings, Ctfidf ctfidf, JavaState state) {
    /** Checks the required parts. */
    public SavedModel {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(topicEmbeddings, "topicEmbeddings");
    }

    /**
     * BERTopic's constructor parameters kept in {@code config.json}.
     *
     * @param topN {@code top_n_words}
     * @param ngramMin {@code n_gram_range[0]}
     * @param ngramMax {@code n_gram_range[1]}
     * @param minTopicSize {@code min_topic_size}
     * @param calculateProbabilities {@code calculate_probabilities}
     * @param language {@code language}, or null
     * @param embeddingModel the Hugging Face id of the embedding model, or null
     */
    public record Settings(int topN, int ngramMin, int ngramMax, int minTopicSize, boolean calculateProbabilities,
                           String language, String embeddingModel) {
    }

    /**
     * The content of {@code topics.json}.
     *
     * @param topics the topic of every training document
     * @param representations topic id -> words, ascending ids
     * @param labels topic id -> generated label ({@code topic_labels})
     * @param customLabels topic id -> custom label, empty for none
     * @param mapper the topic mapper's rows (raw label, then each renumbering)
     * @param aspects aspect name -> topic id -> representation; a picture aspect is saved as {@code images/}
     */
    public record Topics(int[] topics, Map<Integer, List<WordScore>> representations, Map<Integer, String> labels,
                         Map<Integer, String> customLabels, List<int[]> mapper,
                         Map<String, Map<Integer, Representation>> aspects) {
        /** Makes the maps unmodifiable. */
        public Topics {
            Objects.requireNonNull(topics, "topics");
            representations = Collections.unmodifiableMap(new LinkedHashMap<>(representations));
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            customLabels = Collections.unmodifiableMap(new LinkedHashMap<>(customLabels));
            mapper = List.copyOf(mapper);
            aspects = Collections.unmodifiableMap(new LinkedHashMap<>(aspects));
        }
    }

    /**
     * The c-TF-IDF files ({@code ctfidf.safetensors} and {@code ctfidf_config.json}).
     *
     * @param matrix topic x term c-TF-IDF, rows in ascending topic id order
     * @param idf the idf diagonal ({@code diag})
     * @param bm25Weighting the c-TF-IDF model's {@code bm25_weighting}
     * @param reduceFrequentWords the c-TF-IDF model's {@code reduce_frequent_words}
     * @param vectorizer the CountVectorizer configuration, or null when its parameters have no equivalent here
     * @param vocabulary the terms in column order
     */
    public record Ctfidf(CsrMatrix matrix, double[] idf, boolean bm25Weighting, boolean reduceFrequentWords,
                         CountVectorizer vectorizer, List<String> vocabulary) {
        /** Copies the vocabulary. */
        public Ctfidf {
            Objects.requireNonNull(matrix, "matrix");
            Objects.requireNonNull(idf, "idf");
            vocabulary = List.copyOf(vocabulary);
        }
    }

    /**
     * The Java extension ({@code bertopic4j.json} and {@code bertopic4j_state.safetensors}), which Python
     * ignores: what a Java model needs beyond BERTopic's files.
     *
     * @param documents the training documents, or null when not saved
     * @param strengths each document's membership strength, or null when unknown (a model loaded from Python)
     * @param probabilityMatrix documents x topics soft memberships, or null
     * @param representativeRows topic id -> representative document rows (empty lists without documents)
     * @param seed the configuration's seed, or null
     * @param englishCleaning whether English cleaning applied before c-TF-IDF
     * @param representativeDocs representative documents kept per topic
     * @param reduction the fitted reduction, or null when it cannot be saved
     * @param clustering the fitted clustering, or null when it cannot be saved
     */
    public record JavaState(List<String> documents, double[] strengths, double[][] probabilityMatrix,
                            Map<Integer, List<Integer>> representativeRows, Long seed, boolean englishCleaning,
                            int representativeDocs, Reduction reduction, Clustering clustering) {
        /** Copies the collections. */
        public JavaState {
            documents = documents == null ? null : List.copyOf(documents);
            representativeRows = Collections.unmodifiableMap(new LinkedHashMap<>(representativeRows));
        }
    }
}
