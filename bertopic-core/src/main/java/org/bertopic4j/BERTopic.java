package org.bertopic4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.bertopic4j.check.Arguments;

/**
 * A topic-model configuration, BERTopic 0.17.4's constructor as an immutable object: which stages to
 * use (embedding backend, reducer, clusterer, vectorizer, c-TF-IDF, representations) and how
 * ({@code topN}, n-gram range, minimum topic size, probabilities, seed). {@link #fit(Corpus)} runs the
 * pipeline and returns a {@link TopicModel}; the configuration itself never changes, so one instance
 * can fit many corpora, also concurrently.
 *
 * <pre>{@code
 * TopicModel model = BERTopic.builder()
 *         .embeddingBackend(backend)
 *         .minTopicSize(5)
 *         .calculateProbabilities(true)
 *         .seed(42)
 *         .build()
 *         .fit(Corpus.of(documents));
 * model.topicInfo().forEach(System.out::println);
 * }</pre>
 *
 * <p>Stages left unset take BERTopic's defaults: UMAP (15 neighbours, 5 components, min distance 0,
 * cosine), HDBSCAN (min cluster size = {@code minTopicSize}, euclidean, EOM, prediction data),
 * {@code CountVectorizer} with the n-gram range, and the default {@code ClassTfidfTransformer}.
 */
public final class BERTopic {
    /** BERTopic's {@code top_n_words} default. */
    public static final int DEFAULT_TOP_N = 10;
    /** BERTopic's {@code min_topic_size} default. */
    public static final int DEFAULT_MIN_TOPIC_SIZE = 10;
    /** Representative documents kept per topic (BERTopic: 3). */
    public static final int DEFAULT_REPRESENTATIVE_DOCS = 3;
    /** Documents sampled per topic when choosing representative documents (BERTopic: 500). */
    public static final int DEFAULT_REPRESENTATIVE_SAMPLES = 500;
    /** The seed BERTopic uses for representative-document sampling when no seed is set. */
    public static final long REPRESENTATIVE_DOCS_SEED = 42L;
    /** BERTopic's {@code zeroshot_min_similarity} default. */
    public static final double DEFAULT_ZERO_SHOT_MIN_SIMILARITY = 0.7;

    private final EmbeddingBackend embeddingBackend;
    private final DimensionReducer reducer;
    private final Clusterer clusterer;
    private final Vectorizer vectorizer;
    private final org.bertopic4j.vectorize.ClassTfidfTransformer ctfidf;
    private final List<RepresentationModel> representation;
    private final Map<String, List<RepresentationModel>> aspects;
    private final int topN;
    private final int ngramMin;
    private final int ngramMax;
    private final int minTopicSize;
    private final boolean calculateProbabilities;
    private final Long seed;
    private final Boolean englishCleaning;
    private final int representativeDocs;
    private final ProgressListener progress;
    private final List<List<String>> seedTopicList;
    private final List<String> zeroShotTopics;
    private final double zeroShotMinSimilarity;

    private BERTopic(Builder b) {
        this.embeddingBackend = b.embeddingBackend;
        this.reducer = b.reducer;
        this.clusterer = b.clusterer;
        this.vectorizer = b.vectorizer;
        this.ctfidf = b.ctfidf;
        this.representation = List.copyOf(b.representation);
        Map<String, List<RepresentationModel>> a = new LinkedHashMap<>();
        b.aspects.forEach((k, v) -> a.put(k, List.copyOf(v)));
        this.aspects = Collections.unmodifiableMap(a);
        this.topN = b.topN;
        this.ngramMin = b.ngramMin;
        this.ngramMax = b.ngramMax;
        this.minTopicSize = b.minTopicSize;
        this.calculateProbabilities = b.calculateProbabilities;
        this.seed = b.seed;
        this.englishCleaning = b.englishCleaning;
        this.representativeDocs = b.representativeDocs;
        this.progress = b.progress;
        this.seedTopicList = b.seedTopicList;
        this.zeroShotTopics = b.zeroShotTopics;
        this.zeroShotMinSimilarity = b.zeroShotMinSimilarity;
    }

    /** A builder with BERTopic's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to derive a changed copy (this configuration stays as it is). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.embeddingBackend = embeddingBackend;
        b.reducer = reducer;
        b.clusterer = clusterer;
        b.vectorizer = vectorizer;
        b.ctfidf = ctfidf;
        b.representation.addAll(representation);
        b.aspects.putAll(aspects);
        b.topN = topN;
        b.ngramMin = ngramMin;
        b.ngramMax = ngramMax;
        b.minTopicSize = minTopicSize;
        b.calculateProbabilities = calculateProbabilities;
        b.seed = seed;
        b.englishCleaning = englishCleaning;
        b.representativeDocs = representativeDocs;
        b.progress = progress;
        b.seedTopicList = seedTopicList;
        b.zeroShotTopics = zeroShotTopics;
        b.zeroShotMinSimilarity = zeroShotMinSimilarity;
        return b;
    }

    /** BERTopic with every default; needs a corpus with precomputed embeddings. */
    public static BERTopic defaults() {
        return builder().build();
    }

    /**
     * Fits the topic model: embed (unless the corpus has embeddings), reduce, cluster, renumber topics
     * by size, build c-TF-IDF words, representations, topic embeddings, representative documents and
     * probabilities.
     *
     * @throws IllegalArgumentException when the corpus cannot be modelled with this configuration
     *     (no embeddings and no backend, no documents, too few rows)
     */
    public TopicModel fit(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus");
        return new TopicFitter(this).fit(corpus);
    }

    /** The embedding backend, if set. */
    public Optional<EmbeddingBackend> embeddingBackend() {
        return Optional.ofNullable(embeddingBackend);
    }

    /** The reducer: the one set, or BERTopic's default UMAP. */
    public DimensionReducer reducer() {
        return reducer != null ? reducer : Defaults.reducer(this);
    }

    /** The clusterer: the one set, or BERTopic's default HDBSCAN with {@code minTopicSize}. */
    public Clusterer clusterer() {
        return clusterer != null ? clusterer : Defaults.clusterer(this);
    }

    /** The vectorizer: the one set, or a default CountVectorizer with the n-gram range. */
    public Vectorizer vectorizer() {
        return vectorizer != null ? vectorizer : Defaults.vectorizer(this);
    }

    /** The c-TF-IDF transformer. */
    public org.bertopic4j.vectorize.ClassTfidfTransformer ctfidf() {
        return ctfidf != null ? ctfidf : org.bertopic4j.vectorize.ClassTfidfTransformer.defaults();
    }

    /** The main representation chain (empty = plain c-TF-IDF words). */
    public List<RepresentationModel> representation() {
        return representation;
    }

    /** The named aspects, each a chain of representation models, in insertion order. */
    public Map<String, List<RepresentationModel>> aspects() {
        return aspects;
    }

    /** Words kept per topic. */
    public int topN() {
        return topN;
    }

    /** Smallest n-gram length of the default vectorizer. */
    public int ngramMin() {
        return ngramMin;
    }

    /** Largest n-gram length of the default vectorizer. */
    public int ngramMax() {
        return ngramMax;
    }

    /** Minimum topic size (the default HDBSCAN's {@code min_cluster_size}). */
    public int minTopicSize() {
        return minTopicSize;
    }

    /** Whether full document x topic probabilities are computed. */
    public boolean calculateProbabilities() {
        return calculateProbabilities;
    }

    /** The seed, when set; without one, stages may run unseeded and in parallel (as upstream). */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /**
     * Whether BERTopic's English cleaning ({@code [^A-Za-z0-9 ]} stripped before c-TF-IDF) applies:
     * as upstream, on when no embedding backend is set (BERTopic sets {@code language=None} whenever an
     * embedding model is given), unless overridden.
     */
    public boolean englishCleaning() {
        return englishCleaning != null ? englishCleaning : embeddingBackend == null;
    }

    /** Representative documents kept per topic. */
    public int representativeDocs() {
        return representativeDocs;
    }

    /** The progress listener. */
    public ProgressListener progress() {
        return progress;
    }

    /** Guided topic modelling's seed topics (each a list of words); empty when not guided. */
    public List<List<String>> seedTopicList() {
        return seedTopicList;
    }

    /** Zero-shot topic labels; empty when not zero-shot. */
    public List<String> zeroShotTopics() {
        return zeroShotTopics;
    }

    /** The cosine similarity from which a document takes a zero-shot topic (BERTopic: 0.7). */
    public double zeroShotMinSimilarity() {
        return zeroShotMinSimilarity;
    }

    @Override
    public String toString() {
        return "BERTopic[embeddingBackend=" + embeddingBackend + ", reducer=" + reducer() + ", clusterer=" + clusterer()
                + ", vectorizer=" + vectorizer() + ", ctfidf=" + ctfidf() + ", representation=" + representation
                + ", aspects=" + aspects.keySet() + ", topN=" + topN + ", ngramRange=(" + ngramMin + ", " + ngramMax
                + "), minTopicSize=" + minTopicSize + ", calculateProbabilities=" + calculateProbabilities
                + ", seed=" + seed + ", englishCleaning=" + englishCleaning() + ", seedTopicList=" + seedTopicList
                + ", zeroShotTopics=" + zeroShotTopics + ", zeroShotMinSimilarity=" + zeroShotMinSimilarity + "]";
    }

    /** Builds a {@link BERTopic}; every setter checks its argument. */
    public static final class Builder {
        private EmbeddingBackend embeddingBackend;
        private DimensionReducer reducer;
        private Clusterer clusterer;
        private Vectorizer vectorizer;
        private org.bertopic4j.vectorize.ClassTfidfTransformer ctfidf;
        private final List<RepresentationModel> representation = new ArrayList<>();
        private final Map<String, List<RepresentationModel>> aspects = new LinkedHashMap<>();
        private int topN = DEFAULT_TOP_N;
        private int ngramMin = 1;
        private int ngramMax = 1;
        private int minTopicSize = DEFAULT_MIN_TOPIC_SIZE;
        private boolean calculateProbabilities;
        private Long seed;
        private Boolean englishCleaning;
        private int representativeDocs = DEFAULT_REPRESENTATIVE_DOCS;
        private ProgressListener progress = ProgressListener.NONE;
        private List<List<String>> seedTopicList = List.of();
        private List<String> zeroShotTopics = List.of();
        private double zeroShotMinSimilarity = DEFAULT_ZERO_SHOT_MIN_SIMILARITY;

        private Builder() {
        }

        /** The backend that embeds documents (and images) when the corpus has no embeddings. */
        public Builder embeddingBackend(EmbeddingBackend backend) {
            this.embeddingBackend = Objects.requireNonNull(backend, "embeddingBackend");
            return this;
        }

        /** The dimension reducer (default: UMAP as BERTopic configures it). */
        public Builder reducer(DimensionReducer reducer) {
            this.reducer = Objects.requireNonNull(reducer, "reducer");
            return this;
        }

        /** The clusterer (default: HDBSCAN with {@code minTopicSize}). */
        public Builder clusterer(Clusterer clusterer) {
            this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
            return this;
        }

        /** The vectorizer (default: CountVectorizer with the n-gram range); when set, the n-gram range is unused. */
        public Builder vectorizer(Vectorizer vectorizer) {
            this.vectorizer = Objects.requireNonNull(vectorizer, "vectorizer");
            return this;
        }

        /** The c-TF-IDF transformer (default: plain ClassTfidfTransformer). */
        public Builder ctfidf(org.bertopic4j.vectorize.ClassTfidfTransformer ctfidf) {
            this.ctfidf = Objects.requireNonNull(ctfidf, "ctfidf");
            return this;
        }

        /**
         * The main representation: one model, or a chain in which each model refines the previous
         * words (BERTopic's list form, and its {@code "Main"} aspect). Replaces any earlier chain.
         */
        public Builder representation(RepresentationModel... chain) {
            requireChain("representation", chain);
            representation.clear();
            representation.addAll(List.of(chain));
            return this;
        }

        /**
         * A named aspect computed beside the main representation from the c-TF-IDF candidates
         * (BERTopic's dict form); {@code "Main"} is the same as {@link #representation}.
         */
        public Builder aspect(String name, RepresentationModel... chain) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("aspect name is blank: give a name such as \"Visual_Aspect\"");
            }
            requireChain("aspect " + name, chain);
            if (name.equals("Main")) {
                return representation(chain);
            }
            aspects.put(name, List.of(chain));
            return this;
        }

        private static void requireChain(String what, RepresentationModel[] chain) {
            if (chain == null || chain.length == 0) {
                throw new IllegalArgumentException(what + " is empty: give at least one representation model");
            }
            for (RepresentationModel m : chain) {
                Objects.requireNonNull(m, what + " holds null");
            }
        }

        /** Words kept per topic (BERTopic's {@code top_n_words}, default 10; 1..100). */
        public Builder topN(int topN) {
            if (topN < 1 || topN > 100) {
                throw new IllegalArgumentException("topN must be in [1, 100], got " + topN);
            }
            this.topN = topN;
            return this;
        }

        /** N-gram range of the default CountVectorizer (default (1, 1)). */
        public Builder ngramRange(int min, int max) {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("ngramRange must satisfy 1 <= min <= max, got (" + min + ", " + max
                        + "); use for example ngramRange(1, 2) for unigrams and bigrams");
            }
            this.ngramMin = min;
            this.ngramMax = max;
            return this;
        }

        /** Minimum topic size, the default HDBSCAN's {@code min_cluster_size} (default 10; at least 2). */
        public Builder minTopicSize(int minTopicSize) {
            if (minTopicSize < 2) {
                throw new IllegalArgumentException("minTopicSize must be >= 2, got " + minTopicSize
                        + "; a topic needs at least two documents");
            }
            this.minTopicSize = minTopicSize;
            return this;
        }

        /** Compute full document x topic probabilities (HDBSCAN soft clustering; default false). */
        public Builder calculateProbabilities(boolean calculate) {
            this.calculateProbabilities = calculate;
            return this;
        }

        /** The seed for every random step: the same seed gives the same model on any number of threads. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Overrides whether BERTopic's English cleaning applies before c-TF-IDF (see {@link BERTopic#englishCleaning()}). */
        public Builder englishCleaning(boolean on) {
            this.englishCleaning = on;
            return this;
        }

        /** Representative documents per topic (BERTopic: 3; at least 1). */
        public Builder representativeDocs(int count) {
            this.representativeDocs = Arguments.atLeast("representativeDocs", count, 1);
            return this;
        }

        /** Receives progress of long steps. */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "progress");
            return this;
        }

        /**
         * Guided topic modelling (BERTopic's {@code seed_topic_list}, see {@link GuidedTopics}): documents
         * close to a seed topic are nudged towards it and labelled for the reducer, and seed words get an
         * idf factor of 1.2. Needs an embedding backend to embed the seeds.
         *
         * @param seedTopics one non-empty list of words per seed topic
         */
        public Builder seedTopicList(List<List<String>> seedTopics) {
            this.seedTopicList = ModeArguments.seedTopics(seedTopics);
            return this;
        }

        /**
         * Zero-shot topic modelling (BERTopic's {@code zeroshot_topic_list}, see {@link ZeroShotTopics}) with
         * BERTopic's minimum similarity 0.7.
         */
        public Builder zeroShotTopics(List<String> topics) {
            return zeroShotTopics(topics, DEFAULT_ZERO_SHOT_MIN_SIMILARITY);
        }

        /**
         * Zero-shot topic modelling: documents whose embedding has cosine similarity at least
         * {@code minSimilarity} with a label's embedding take that label's topic; the rest are clustered.
         * Needs an embedding backend to embed the labels.
         *
         * @param topics the zero-shot topic labels, non-blank and distinct
         * @param minSimilarity in [0, 1] (BERTopic's {@code zeroshot_min_similarity})
         */
        public Builder zeroShotTopics(List<String> topics, double minSimilarity) {
            List<String> checked = ModeArguments.zeroShotTopics(topics);
            ModeArguments.minSimilarity(minSimilarity);
            this.zeroShotTopics = checked;
            this.zeroShotMinSimilarity = minSimilarity;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when guided or zero-shot topic modelling is asked for without an
         *     embedding backend
         */
        public BERTopic build() {
            ModeArguments.requireBackend(embeddingBackend != null, seedTopicList, zeroShotTopics);
            return new BERTopic(this);
        }
    }
}
