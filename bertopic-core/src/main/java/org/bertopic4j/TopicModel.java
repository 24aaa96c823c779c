package org.bertopic4j;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.io.IOException;
import java.nio.file.Path;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.operations.ApproximateDistribution;
import org.bertopic4j.operations.HierarchicalTopics;
import org.bertopic4j.operations.HierarchyRow;
import org.bertopic4j.operations.OutlierReduction;
import org.bertopic4j.operations.TopicClassRow;
import org.bertopic4j.operations.TopicDistribution;
import org.bertopic4j.operations.TopicMatch;
import org.bertopic4j.operations.TopicSearch;
import org.bertopic4j.operations.TopicTimeRow;
import org.bertopic4j.operations.TopicsOverTime;
import org.bertopic4j.operations.TopicsPerClass;
import org.bertopic4j.persist.ModelStore;
import org.bertopic4j.persist.SaveOptions;
import org.bertopic4j.vectorize.FittedClassTfidf;

/**
 * A fitted topic model: the topic of every document, each topic's words, aspects, representative
 * documents, embedding and size, and the fitted stages needed to assign new documents. Immutable and
 * thread-safe; operations that change topics return a new model.
 *
 * <pre>{@code
 * TopicModel model = BERTopic.defaults().fit(Corpus.of(docs).withEmbeddings(embeddings));
 * for (TopicInfo info : model.topicInfo()) {
 *     System.out.println(info.topic() + " " + info.count() + " " + info.name());
 * }
 * Assignments next = model.transform(Corpus.of(newDocs).withEmbeddings(newEmbeddings));
 * model.save(Path.of("my-model"));                 // BERTopic's safetensors directory, readable by Python
 * TopicModel again = TopicModel.load(Path.of("my-model"));
 * }</pre>
 */
public final class TopicModel {
    private final BERTopic config;
    private final Corpus corpus;
    private final List<String> documents;
    private final int[] topics;
    private final double[] strengths;
    private final double[][] matrix;
    private final TopicMapper mapper;
    private final int[] topicIds;
    private final Map<Integer, List<WordScore>> representations;
    private final Map<String, Map<Integer, Representation>> aspects;
    private final CsrMatrix ctfidf;
    private final FittedVectorizer vectorizer;
    private final FittedClassTfidf ctfidfModel;
    private final double[][] topicEmbeddings;
    private final Map<Integer, List<Integer>> representativeRows;
    private final Reduction reduction;
    private final Clustering clustering;
    private final Map<Integer, Integer> sizes;
    private final Set<Integer> representativeRowSet;
    private final Map<Integer, String> customLabels;
    private final Map<Integer, String> topicNames;

    TopicModel(BERTopic config, Corpus corpus, List<String> documents, int[] topics, double[] strengths,
               double[][] matrix, TopicMapper mapper, int[] topicIds, Map<Integer, List<WordScore>> representations,
               Map<String, Map<Integer, Representation>> aspects, CsrMatrix ctfidf, FittedVectorizer vectorizer,
               FittedClassTfidf ctfidfModel, double[][] topicEmbeddings, Map<Integer, List<Integer>> representativeRows,
               Reduction reduction, Clustering clustering) {
        this.config = config;
        this.corpus = corpus;
        this.documents = documents == null ? null : List.copyOf(documents);
        this.topics = topics.clone();
        this.strengths = strengths == null ? null : strengths.clone();
        this.matrix = matrix == null ? null : Matrices.copy(matrix);
        this.mapper = mapper;
        this.topicIds = topicIds.clone();
        this.representations = Collections.unmodifiableMap(new LinkedHashMap<>(representations));
        Map<String, Map<Integer, Representation>> a = new LinkedHashMap<>();
        aspects.forEach((k, v) -> a.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.aspects = Collections.unmodifiableMap(a);
        this.ctfidf = ctfidf;
        this.vectorizer = vectorizer;
        this.ctfidfModel = ctfidfModel;
        this.topicEmbeddings = topicEmbeddings == null ? null : Matrices.copy(topicEmbeddings);
        this.representativeRows = Collections.unmodifiableMap(new LinkedHashMap<>(representativeRows));
        this.reduction = reduction;
        this.clustering = clustering;
        Map<Integer, Integer> s = new TreeMap<>();
        for (int t : topics) {
            s.merge(t, 1, Integer::sum);
        }
        this.sizes = Collections.unmodifiableMap(s);
        Set<Integer> rows = new TreeSet<>();
        representativeRows.values().forEach(rows::addAll);
        this.representativeRowSet = Collections.unmodifiableSet(rows);
        this.customLabels = Map.of();
        this.topicNames = Map.of();
    }

    /** A copy of {@code base} with other topic embeddings, custom labels and topic names. */
    private TopicModel(TopicModel base, double[][] topicEmbeddings, Map<Integer, String> customLabels,
                       Map<Integer, String> topicNames) {
        this.config = base.config;
        this.corpus = base.corpus;
        this.documents = base.documents;
        this.topics = base.topics;
        this.strengths = base.strengths;
        this.matrix = base.matrix;
        this.mapper = base.mapper;
        this.topicIds = base.topicIds;
        this.representations = base.representations;
        this.aspects = base.aspects;
        this.ctfidf = base.ctfidf;
        this.vectorizer = base.vectorizer;
        this.ctfidfModel = base.ctfidfModel;
        this.topicEmbeddings = topicEmbeddings == null ? null : Matrices.copy(topicEmbeddings);
        this.representativeRows = base.representativeRows;
        this.reduction = base.reduction;
        this.clustering = base.clustering;
        this.sizes = base.sizes;
        this.representativeRowSet = base.representativeRowSet;
        this.customLabels = Collections.unmodifiableMap(new TreeMap<>(customLabels));
        this.topicNames = Collections.unmodifiableMap(new TreeMap<>(topicNames));
    }

    /** The configuration that fitted this model. */
    public BERTopic config() {
        return config;
    }

    /**
     * The corpus this model was fitted on.
     *
     * @throws IllegalStateException for a model loaded without its documents
     */
    public Corpus corpus() {
        return Loaded.require(corpus, "its documents");
    }

    /** The topic of each document ({@code -1} = outlier), topics numbered by size, largest 0. */
    public int[] topics() {
        return topics.clone();
    }

    /**
     * Each document's membership strength in its topic (HDBSCAN's {@code probabilities_}: 0 for
     * outliers), whether or not a probability matrix was computed.
     *
     * @throws IllegalStateException for a model loaded from a directory without them (BERTopic does not save them)
     */
    public double[] probabilities() {
        return Loaded.require(strengths, "document probabilities").clone();
    }

    /** Documents x topics soft memberships (columns = topics 0..k-1), when {@code calculateProbabilities} was on. */
    public Optional<double[][]> probabilityMatrix() {
        return Optional.ofNullable(matrix).map(Matrices::copy);
    }

    /** All topic ids in ascending order ({@code -1} first when there are outliers). */
    public List<Integer> topicIds() {
        List<Integer> out = new ArrayList<>(topicIds.length);
        for (int t : topicIds) {
            out.add(t);
        }
        return List.copyOf(out);
    }

    /** Number of topics, not counting the outlier topic. */
    public int topicCount() {
        return (int) java.util.Arrays.stream(topicIds).filter(t -> t >= 0).count();
    }

    /**
     * A topic's words and scores, best first (BERTopic's {@code get_topic}).
     *
     * @throws IllegalArgumentException when the topic does not exist
     */
    public List<WordScore> topic(int topic) {
        requireTopic(topic);
        return representations.get(topic);
    }

    /** Every topic's words (BERTopic's {@code get_topics}), by ascending topic id. */
    public Map<Integer, List<WordScore>> topicRepresentations() {
        return representations;
    }

    /** Every named aspect: aspect name -> topic id -> representation. */
    public Map<String, Map<Integer, Representation>> aspects() {
        return aspects;
    }

    /** Topic id -> number of documents, by ascending topic id. */
    public Map<Integer, Integer> topicSizes() {
        return sizes;
    }

    /**
     * The topic's name, {@code id_w1_w2_w3_w4} (BERTopic's {@code topic_labels_}); a zero-shot topic is
     * named by its zero-shot label.
     */
    public String name(int topic) {
        List<WordScore> words = topic(topic);
        String given = topicNames.get(topic);
        if (given != null) {
            return given;
        }
        StringBuilder sb = new StringBuilder().append(topic);
        for (int i = 0; i < Math.min(4, words.size()); i++) {
            sb.append('_').append(words.get(i).word());
        }
        return sb.toString();
    }

    /** One row per topic, by ascending topic id (BERTopic's {@code get_topic_info()}). */
    public List<TopicInfo> topicInfo() {
        List<TopicInfo> out = new ArrayList<>(topicIds.length);
        for (int t : topicIds) {
            out.add(topicInfo(t));
        }
        return List.copyOf(out);
    }

    /** The row of one topic. */
    public TopicInfo topicInfo(int topic) {
        requireTopic(topic);
        Map<String, Representation> a = new LinkedHashMap<>();
        aspects.forEach((name, reps) -> {
            Representation r = reps.get(topic);
            if (r != null) {
                a.put(name, r);
            }
        });
        return new TopicInfo(topic, sizes.get(topic), name(topic), words(topic), a, representativeDocs(topic),
                customLabels.get(topic));
    }

    /** The most representative documents of a topic, most representative first. */
    public List<String> representativeDocs(int topic) {
        requireTopic(topic);
        if (documents == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int row : representativeRows.get(topic)) {
            out.add(documents.get(row));
        }
        return List.copyOf(out);
    }

    /** The rows of a topic's representative documents, most representative first. */
    public List<Integer> representativeRows(int topic) {
        requireTopic(topic);
        return representativeRows.get(topic);
    }

    /**
     * One row per document (BERTopic's {@code get_document_info}).
     *
     * @throws IllegalStateException for a model loaded without its documents
     */
    public List<DocumentInfo> documentInfo() {
        Loaded.require(documents, "its documents");
        Loaded.require(strengths, "document probabilities");
        List<DocumentInfo> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            int t = topics[i];
            List<String> words = words(t);
            double p = strengths[i];
            if (matrix != null) {
                double max = 0;
                double sum = 0;
                for (double v : matrix[i]) {
                    max = Math.max(max, v);
                    sum += v;
                }
                p = t != -1 ? max : 1 - sum;
            }
            out.add(new DocumentInfo(i, documents.get(i), t, name(t), words, String.join(" - ", words), p,
                    representativeRowSet.contains(i)));
        }
        return List.copyOf(out);
    }

    /**
     * The topic embeddings, one row per topic in {@link #topicIds()} order: the mean embedding of each
     * topic's documents.
     *
     * @throws IllegalStateException when the model was fitted without embeddings
     */
    public double[][] topicEmbeddings() {
        if (topicEmbeddings == null) {
            throw new IllegalStateException("this model has no topic embeddings");
        }
        return Matrices.copy(topicEmbeddings);
    }

    /**
     * The topic x term c-TF-IDF matrix, rows in {@link #topicIds()} order.
     *
     * @throws IllegalStateException for a model loaded without c-TF-IDF files
     */
    public CsrMatrix cTfIdf() {
        return Loaded.require(ctfidf, "c-TF-IDF");
    }

    /**
     * The fitted vectorizer whose vocabulary indexes the c-TF-IDF columns.
     *
     * @throws IllegalStateException for a model loaded without c-TF-IDF files or with vectorizer parameters
     *     that have no equivalent here
     */
    public FittedVectorizer vectorizer() {
        return Loaded.require(vectorizer, "a usable vectorizer");
    }

    /**
     * The fitted c-TF-IDF weighting.
     *
     * @throws IllegalStateException for a model loaded without c-TF-IDF files
     */
    public FittedClassTfidf classTfidf() {
        return Loaded.require(ctfidfModel, "c-TF-IDF");
    }

    /** The topic-id history from raw cluster labels to current ids. */
    public TopicMapper topicMapper() {
        return mapper;
    }

    /**
     * The fitted reduction.
     *
     * @throws IllegalStateException for a model loaded without a saved reduction (then it transforms by
     *     topic-embedding similarity)
     */
    public Reduction reduction() {
        return Loaded.require(reduction, "a fitted reduction");
    }

    /**
     * The fitted clustering.
     *
     * @throws IllegalStateException for a model loaded without a saved clustering
     */
    public Clustering clustering() {
        return Loaded.require(clustering, "a fitted clustering");
    }

    /**
     * Assigns topics to new documents (BERTopic's {@code transform}): embeddings (given or from the
     * backend) are reduced and predicted by the clusterer; clusterers that cannot predict (given
     * labels) assign each document to the topic whose embedding is most cosine-similar, which can be
     * {@code -1}.
     *
     * @throws IllegalArgumentException when the corpus has no embeddings and the model has no backend,
     *     or the embeddings' width differs from the fitted width
     */
    public Assignments transform(Corpus newCorpus) {
        java.util.Objects.requireNonNull(newCorpus, "corpus");
        float[][] emb = TopicFitter.embeddings(newCorpus, config);
        if (reduction != null && clustering != null && clustering.supportsPrediction()) {
            Matrices.requireFinite("embeddings", emb, reduction.inputDimension());
            double[][] reduced = reduction.transform(emb);
            Clustering.Prediction p = clustering.predict(reduced);
            double[][] m = config.calculateProbabilities() && clustering.supportsMembership()
                    ? mapper.mapMembership(clustering.membershipVectors(reduced), topicCount()) : null;
            return new Assignments(mapper.mapLabels(p.labels()), p.strengths(), m);
        }
        return byCentroid(emb);
    }

    private Assignments byCentroid(float[][] emb) {
        Matrices.requireFinite("embeddings", emb, topicEmbeddings()[0].length);
        double[][] sims = Matrices.cosineSimilarity(Matrices.toDouble(emb), topicEmbeddings());
        int[] out = new int[emb.length];
        double[] best = new double[emb.length];
        double[][] m = config.calculateProbabilities() ? new double[emb.length][] : null;
        int offset = topicIds.length > 0 && topicIds[0] == -1 ? 1 : 0;
        for (int i = 0; i < emb.length; i++) {
            int arg = 0;
            for (int j = 1; j < sims[i].length; j++) {
                if (sims[i][j] > sims[i][arg]) {
                    arg = j;
                }
            }
            out[i] = topicIds[arg];
            best[i] = sims[i][arg];
            if (m != null) {
                m[i] = java.util.Arrays.copyOfRange(sims[i], offset, sims[i].length);
            }
        }
        return new Assignments(out, best, m);
    }

    /**
     * Saves this model to a directory in BERTopic's safetensors format with {@link SaveOptions#defaults()}
     * (c-TF-IDF and the Java extension included); Python's {@code BERTopic.load(dir)} reads it.
     *
     * @throws IllegalArgumentException when {@code dir} exists and is not a saved model directory
     * @throws IOException when writing fails; {@code dir} is then left as it was
     */
    public void save(Path dir) throws IOException {
        save(dir, SaveOptions.defaults());
    }

    /**
     * Saves this model to a directory in BERTopic's safetensors format (see {@link ModelStore}).
     *
     * @throws IllegalArgumentException when {@code dir} exists and is not a saved model directory
     * @throws IOException when writing fails; {@code dir} is then left as it was
     */
    public void save(Path dir, SaveOptions options) throws IOException {
        ModelStore.write(ModelSnapshots.capture(this), dir, options);
    }

    /**
     * Loads a model saved by Python BERTopic ({@code serialization="safetensors"}) or by {@link #save}. Without
     * the Java extension the model assigns new documents by topic-embedding similarity (as BERTopic's loaded
     * models do) and needs embeddings in the corpus; with it, it transforms as the saved model did.
     *
     * @throws IllegalArgumentException when a file is missing or malformed (the message names it)
     * @throws IOException when a file cannot be read
     */
    public static TopicModel load(Path dir) throws IOException {
        return ModelSnapshots.restore(ModelStore.read(dir), null);
    }

    /** {@link #load(Path)} with an embedding backend for documents given without embeddings. */
    public static TopicModel load(Path dir, EmbeddingBackend backend) throws IOException {
        return ModelSnapshots.restore(ModelStore.read(dir), java.util.Objects.requireNonNull(backend, "backend"));
    }

    /** The parts a loaded model may lack, for saving; null where absent. */
    ModelSnapshots.Parts parts() {
        return new ModelSnapshots.Parts(documents, strengths, matrix, representativeRows, ctfidf, vectorizer, ctfidfModel,
                reduction, clustering);
    }

    // ---- topic operations (each returns a new model or a result; this model never changes) ----

    /**
     * Merges similar topics until {@code nrTopics} topics remain, counting the outlier topic as BERTopic
     * does (so 5 gives 4 topics plus {@code -1} when there are outliers): average-linkage agglomerative
     * clustering on {@code 1 - cosine} of the topic embeddings (BERTopic's {@code reduce_topics}).
     *
     * @throws IllegalArgumentException when {@code nrTopics} is not below the current number of topics
     *     (BERTopic silently re-describes the topics then) or leaves no topic
     */
    public TopicModel reduceTopics(int nrTopics) {
        return TopicReducer.toCount(this, nrTopics, false);
    }

    /** {@link #reduceTopics(int)} on the c-TF-IDF rows instead of the topic embeddings when {@code useCtfidf}. */
    public TopicModel reduceTopics(int nrTopics, boolean useCtfidf) {
        return TopicReducer.toCount(this, nrTopics, useCtfidf);
    }

    /**
     * BERTopic's {@code nr_topics="auto"}: clusters the L2-normalised topic embeddings with
     * {@code topicClusterer} (BERTopic: HDBSCAN with {@code min_cluster_size=2}) and merges the topics of
     * each cluster; unclustered topics stay.
     */
    public TopicModel reduceTopicsAuto(Clusterer topicClusterer) {
        return TopicReducer.auto(this, topicClusterer);
    }

    /**
     * BERTopic's {@code nr_topics="auto"} with its clusterer: HDBSCAN with {@code min_cluster_size=2},
     * euclidean, EOM, on the L2-normalised topic embeddings.
     */
    public TopicModel reduceTopicsAuto() {
        return reduceTopicsAuto(org.bertopic4j.hdbscan.Hdbscan.builder().minClusterSize(2).build());
    }

    /**
     * Merges each listed topic into the first one listed (BERTopic's {@code merge_topics([a, b, c])}).
     *
     * @throws IllegalArgumentException for unknown or repeated ids, {@code -1}, or fewer than two topics
     */
    public TopicModel mergeTopics(int... topics) {
        return TopicMerger.merge(this, List.of(java.util.Arrays.stream(topics).boxed().toList()));
    }

    /** Merges each group into its first topic (BERTopic's {@code merge_topics([[a, b], [c, d]])}). */
    public TopicModel mergeTopics(List<List<Integer>> groups) {
        return TopicMerger.merge(this, groups);
    }

    /**
     * Moves the documents of these topics to the outliers and renumbers the rest by size, keeping the
     * other topics' words (BERTopic's {@code delete_topics}).
     *
     * @throws IllegalArgumentException for unknown ids or {@code -1}
     */
    public TopicModel deleteTopics(int... topics) {
        return TopicDeleter.delete(this, topics);
    }

    /**
     * New topics for the outlier documents (BERTopic's {@code reduce_outliers}); this model is unchanged,
     * apply the result with {@link #updateTopics(int[])}.
     */
    public int[] reduceOutliers(OutlierReduction reduction) {
        return java.util.Objects.requireNonNull(reduction, "reduction").apply(this);
    }

    /**
     * Re-describes the topics for new assignments (BERTopic's {@code update_topics(docs, topics=...)}),
     * keeping this model's vectorizer, c-TF-IDF weighting, representation models and {@code topN}.
     */
    public TopicModel updateTopics(int[] topics) {
        return TopicUpdater.update(this, topics, UnaryOperator.identity());
    }

    /**
     * {@link #updateTopics(int[])} with some describing stages replaced, for example
     * {@code model.updateTopics(topics, b -> b.vectorizer(v).topN(5))}; stages not set stay as they are.
     */
    public TopicModel updateTopics(int[] topics, UnaryOperator<BERTopic.Builder> changes) {
        return TopicUpdater.update(this, topics, changes);
    }

    /** The topic hierarchy, one row per merge, last merge first (BERTopic's {@code hierarchical_topics}). */
    public List<HierarchyRow> hierarchicalTopics() {
        return HierarchicalTopics.of(this);
    }

    /** Topic words per timestamp with BERTopic's defaults (see {@link TopicsOverTime}). */
    public List<TopicTimeRow> topicsOverTime(List<Instant> timestamps) {
        return TopicsOverTime.defaults().apply(this, timestamps);
    }

    /** Topic words per class, tuned towards the global words (BERTopic's {@code topics_per_class}). */
    public List<TopicClassRow> topicsPerClass(List<String> classes) {
        return TopicsPerClass.of(this, classes, true);
    }

    /** The {@code topN} topics most similar to a search term, via the embedding backend (BERTopic's {@code find_topics}). */
    public List<TopicMatch> findTopics(String term, int topN) {
        return TopicSearch.byText(this, term, topN);
    }

    /** The {@code topN} topics most similar to an image, via the backend's image embeddings. */
    public List<TopicMatch> findTopics(ImageSource image, int topN) {
        return TopicSearch.byImage(this, image, topN);
    }

    /** Topic distributions of documents with BERTopic's defaults (window 4, stride 1, minimum similarity 0.1). */
    public TopicDistribution approximateDistribution(List<String> documents) {
        return ApproximateDistribution.defaults().apply(this, documents);
    }

    /**
     * This model with custom topic labels (BERTopic's {@code set_topic_labels} with a dict): shown as
     * {@link TopicInfo#customName()}; topics not named keep their generated name as custom label.
     *
     * @throws IllegalArgumentException for unknown topic ids or null labels
     */
    public TopicModel withTopicLabels(Map<Integer, String> labels) {
        return new TopicModel(this, topicEmbeddings, CustomLabels.complete(this, labels), topicNames);
    }

    /**
     * This model with one custom label per topic in {@link #topicIds()} order, {@code -1} included
     * (BERTopic's {@code set_topic_labels} with a list).
     *
     * @throws IllegalArgumentException when the list's length differs from the number of topics
     */
    public TopicModel withTopicLabels(List<String> labels) {
        return withTopicLabels(CustomLabels.byPosition(this, labels));
    }

    /** The custom labels, by topic id; empty when none were set. */
    public Map<Integer, String> customLabels() {
        return customLabels;
    }

    // ---- package-private views for the operations in this package ----

    List<String> documentList() {
        return documents;
    }

    double[] strengthsView() {
        return strengths;
    }

    double[][] matrixView() {
        return matrix;
    }

    Map<Integer, List<Integer>> representativeRowMap() {
        return representativeRows;
    }

    double[][] topicEmbeddingsView() {
        return topicEmbeddings;
    }

    TopicModel withTopicEmbeddings(double[][] embeddings) {
        return new TopicModel(this, embeddings, customLabels, topicNames);
    }

    TopicModel withTopicNames(Map<Integer, String> names) {
        return new TopicModel(this, topicEmbeddings, customLabels, names);
    }

    private List<String> words(int topic) {
        List<String> out = new ArrayList<>();
        for (WordScore w : representations.get(topic)) {
            out.add(w.word());
        }
        return out;
    }

    private void requireTopic(int topic) {
        if (!sizes.containsKey(topic)) {
            throw new IllegalArgumentException("unknown topic " + topic + "; this model's topics are " + sizes.keySet());
        }
    }

    @Override
    public String toString() {
        return "TopicModel[" + topicCount() + " topics, " + topics.length + " documents, outliers="
                + sizes.getOrDefault(-1, 0) + "]";
    }
}
