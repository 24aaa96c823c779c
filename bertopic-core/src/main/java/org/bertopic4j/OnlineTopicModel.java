package org.bertopic4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.matrix.Matrices;
import org.bertopic4j.online.IncrementalClusterer;
import org.bertopic4j.online.IncrementalClustering;
import org.bertopic4j.online.IncrementalReducer;
import org.bertopic4j.online.IncrementalReduction;
import org.bertopic4j.online.OnlineCountVectorizer;
import org.bertopic4j.vectorize.FittedClassTfidf;
import org.bertopic4j.vectorize.TopWords;
import org.bertopic4j.vectorize.TopicDocuments;

/**
 * Online topic modelling (BERTopic's {@code partial_fit}, SPEC section 2.22): a topic model that learns
 * batch by batch with an incremental reducer ({@link org.bertopic4j.reduce.IncrementalPCA}), an incremental
 * clusterer ({@link org.bertopic4j.cluster.MiniBatchKMeans}) and an {@link OnlineCountVectorizer} whose
 * decayed bag of words carries the topics' words across batches. Each batch's new cluster labels become new
 * topics after the known ones (the topic mapper grows), topics missing from a batch keep their row,
 * sizes accumulate, and topic embeddings are the c-TF-IDF-weighted means of the topic words' embeddings when
 * the configuration has an embedding backend, else the running mean of the documents' embeddings.
 * Immutable: {@link #partialFit(Corpus)} returns the next state, this one stays usable.
 *
 * <pre>{@code
 * BERTopic config = BERTopic.builder()
 *         .reducer(IncrementalPCA.builder().components(5).build())
 *         .clusterer(MiniBatchKMeans.builder().clusters(20).seed(42).build())
 *         .vectorizer(OnlineCountVectorizer.builder().decay(0.01).build())
 *         .build();
 * OnlineTopicModel model = OnlineTopicModel.start(config);
 * for (Corpus batch : batches) {
 *     model = model.partialFit(batch);
 * }
 * model.topicSizes();
 * }</pre>
 */
public final class OnlineTopicModel {
    private final BERTopic config;
    private final IncrementalReducer reducer;
    private final IncrementalClusterer clusterer;
    private final OnlineCountVectorizer vectorizer;
    private final State state;

    /** Everything learned so far; null before the first batch. */
    private record State(IncrementalReduction reduction, IncrementalClustering clustering, TopicMapper mapper,
                         OnlineCountVectorizer.Bow bow, FittedClassTfidf ctfidfModel, CsrMatrix ctfidf, int[] topicIds,
                         Map<Integer, List<WordScore>> words, Map<Integer, Integer> sizes, double[][] topicEmbeddings,
                         int[] lastTopics) {
    }

    private OnlineTopicModel(BERTopic config, IncrementalReducer reducer, IncrementalClusterer clusterer,
                             OnlineCountVectorizer vectorizer, State state) {
        this.config = config;
        this.reducer = reducer;
        this.clusterer = clusterer;
        this.vectorizer = vectorizer;
        this.state = state;
    }

    /**
     * An online model that has learned nothing yet.
     *
     * @throws IllegalArgumentException when the configuration's reducer, clusterer or vectorizer cannot learn
     *     batch by batch, or it asks for zero-shot topics or representation models, which online fitting does
     *     not run
     */
    public static OnlineTopicModel start(BERTopic config) {
        Objects.requireNonNull(config, "config");
        if (!(config.reducer() instanceof IncrementalReducer r)) {
            throw new IllegalArgumentException("reducer " + config.reducer() + " cannot learn batch by batch: "
                    + "partialFit needs an IncrementalReducer such as IncrementalPCA");
        }
        if (!(config.clusterer() instanceof IncrementalClusterer c)) {
            throw new IllegalArgumentException("clusterer " + config.clusterer() + " cannot learn batch by batch: "
                    + "partialFit needs an IncrementalClusterer such as MiniBatchKMeans");
        }
        if (!(config.vectorizer() instanceof OnlineCountVectorizer v)) {
            throw new IllegalArgumentException("vectorizer " + config.vectorizer() + " cannot learn batch by batch: "
                    + "partialFit needs an OnlineCountVectorizer");
        }
        if (!config.zeroShotTopics().isEmpty()) {
            throw new IllegalArgumentException("zeroShotTopics is set: zero-shot topic modelling needs the whole "
                    + "corpus and does not work with partialFit; fit with BERTopic.fit instead");
        }
        if (!config.representation().isEmpty() || !config.aspects().isEmpty()) {
            throw new IllegalArgumentException("representation models are set: partialFit keeps c-TF-IDF words; "
                    + "fit without them and apply them to a model fitted with BERTopic.fit");
        }
        return new OnlineTopicModel(config, r, c, v, null);
    }

    /**
     * Learns from one more batch and returns the new state.
     *
     * @throws IllegalArgumentException when the batch has no documents, no embeddings and no backend, or
     *     embeddings of another width than earlier batches
     */
    public OnlineTopicModel partialFit(Corpus batch) {
        Objects.requireNonNull(batch, "batch");
        List<String> documents = batch.documents().orElseThrow(() -> new IllegalArgumentException(
                "batch has no documents: online topic modelling describes topics by their words"));
        float[][] embeddings = TopicFitter.embeddings(batch, config);
        if (state != null) {
            Matrices.requireFinite("embeddings", embeddings, state.reduction().inputDimension());
        }
        if (!config.seedTopicList().isEmpty()) {
            embeddings = GuidedTopics.apply(embeddings, config.seedTopicList(), config.embeddingBackend().orElseThrow())
                    .embeddings();
        }
        IncrementalReduction reduction = state == null ? reducer.partialFit(embeddings)
                : state.reduction().partialFit(embeddings);
        IncrementalClustering clustering = state == null ? clusterer.partialFit(reduction.embedding())
                : state.clustering().partialFit(reduction.embedding());
        int[] raw = clustering.labels();
        TopicMapper mapper = state == null ? TopicMapper.of(raw) : grow(state.mapper(), raw);
        int[] topics = mapper.mapLabels(raw);

        List<String> withMissing = new ArrayList<>(documents);
        List<Integer> topicList = new ArrayList<>();
        Arrays.stream(topics).forEach(topicList::add);
        if (state != null) {
            TreeSet<Integer> missing = new TreeSet<>(state.words().keySet());
            Arrays.stream(topics).forEach(missing::remove);
            for (int t : missing) {
                withMissing.add(" ");
                topicList.add(t);
            }
        }
        TopicDocuments joined = TopicDocuments.join(withMissing, topicList.stream().mapToInt(Integer::intValue)
                .toArray(), config.englishCleaning());
        OnlineCountVectorizer.Bow bow = vectorizer.partialFit(state == null ? null : state.bow(), joined.documents());
        double[] multiplier = config.ctfidf().idfMultiplier(bow.vocabulary(), config.seedTopicList());
        FittedClassTfidf ctfidfModel = config.ctfidf().fit(bow.counts(), multiplier);
        CsrMatrix ctfidf = ctfidfModel.transform(bow.counts());
        List<List<WordScore>> candidates = TopWords.extract(ctfidf, bow.vocabulary(), config.topN());
        int[] topicIds = joined.topics();
        Map<Integer, List<WordScore>> words = new LinkedHashMap<>();
        for (int i = 0; i < topicIds.length; i++) {
            List<WordScore> top = candidates.get(i);
            words.put(topicIds[i], List.copyOf(top.subList(0, Math.min(config.topN(), top.size()))));
        }
        Map<Integer, Integer> sizes = new TreeMap<>(state == null ? Map.of() : state.sizes());
        Arrays.stream(topics).forEach(t -> sizes.merge(t, 1, Integer::sum));
        double[][] topicEmbeddings = config.embeddingBackend().isPresent()
                ? OnlineEmbeddings.fromWords(config.embeddingBackend().get(), topicIds, words)
                : OnlineEmbeddings.runningMeans(state == null ? null : state.topicEmbeddings(),
                        state == null ? null : state.topicIds(), state == null ? Map.of() : state.sizes(), topicIds,
                        embeddings, topics);
        State next = new State(reduction, clustering, mapper, bow, ctfidfModel, ctfidf, topicIds,
                Collections.unmodifiableMap(words), Collections.unmodifiableMap(sizes), topicEmbeddings, topics);
        return new OnlineTopicModel(config, reducer, clusterer, vectorizer, next);
    }

    /** New raw labels get ids after the largest known id, in ascending label order (BERTopic's {@code add_new_topics}). */
    private static TopicMapper grow(TopicMapper mapper, int[] raw) {
        Map<Integer, Integer> known = mapper.originalToCurrent();
        int max = known.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        Map<Integer, Integer> added = new LinkedHashMap<>();
        Arrays.stream(raw).distinct().sorted().filter(l -> !known.containsKey(l))
                .forEach(l -> added.put(l, max + 1 + added.size()));
        return added.isEmpty() ? mapper : mapper.withNewTopics(added);
    }

    /**
     * Assigns topics to new documents: reduced by the fitted reducer and predicted by the clusterer.
     *
     * @throws IllegalStateException before the first batch
     */
    public Assignments transform(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        State s = requireState();
        float[][] emb = TopicFitter.embeddings(corpus, config);
        Matrices.requireFinite("embeddings", emb, s.reduction().inputDimension());
        Clustering.Prediction p = s.clustering().predict(s.reduction().transform(emb));
        return new Assignments(s.mapper().mapLabels(p.labels()), p.strengths(), null);
    }

    /** The configuration. */
    public BERTopic config() {
        return config;
    }

    /** Whether at least one batch was learned. */
    public boolean isFitted() {
        return state != null;
    }

    /** The topics of the last batch's documents. */
    public int[] topics() {
        return requireState().lastTopics().clone();
    }

    /** All topic ids seen so far, ascending. */
    public List<Integer> topicIds() {
        return Arrays.stream(requireState().topicIds()).boxed().toList();
    }

    /** Topic id -> documents assigned over all batches, by ascending topic id. */
    public Map<Integer, Integer> topicSizes() {
        return requireState().sizes();
    }

    /**
     * A topic's words and c-TF-IDF scores on the decayed bag of words, best first.
     *
     * @throws IllegalArgumentException when the topic does not exist
     */
    public List<WordScore> topic(int topic) {
        List<WordScore> w = requireState().words().get(topic);
        if (w == null) {
            throw new IllegalArgumentException("unknown topic " + topic + "; this model's topics are "
                    + state.words().keySet());
        }
        return w;
    }

    /** Every topic's words, by ascending topic id. */
    public Map<Integer, List<WordScore>> topicRepresentations() {
        return requireState().words();
    }

    /** The topic embeddings, one row per topic in {@link #topicIds()} order. */
    public double[][] topicEmbeddings() {
        return Matrices.copy(requireState().topicEmbeddings());
    }

    /** The topic x term c-TF-IDF matrix on the decayed bag of words, rows in {@link #topicIds()} order. */
    public CsrMatrix cTfIdf() {
        return requireState().ctfidf();
    }

    /** The current vocabulary, in c-TF-IDF column order. */
    public List<String> vocabulary() {
        return requireState().bow().vocabulary();
    }

    /** The decayed topic x term counts. */
    public CsrMatrix bagOfWords() {
        return requireState().bow().counts();
    }

    /** The topic-id history, grown with every batch's new cluster labels. */
    public TopicMapper topicMapper() {
        return requireState().mapper();
    }

    private State requireState() {
        if (state == null) {
            throw new IllegalStateException("this online model has learned nothing yet: call partialFit first");
        }
        return state;
    }

    @Override
    public String toString() {
        return state == null ? "OnlineTopicModel[not fitted]"
                : "OnlineTopicModel[" + state.topicIds().length + " topics, vocabulary " + vocabulary().size() + "]";
    }
}
