package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.ImageSource;
import org.bertopic4j.TopicModel;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.matrix.Matrices;

/**
 * Reassigns outlier documents to topics (BERTopic's {@code reduce_outliers}, SPEC §2.16). Returns new
 * assignments and leaves the model alone; apply them with {@link TopicModel#updateTopics(int[])}.
 *
 * <pre>{@code
 * int[] topics = model.reduceOutliers(OutlierReduction.builder().strategy(Strategy.C_TF_IDF).threshold(0.1).build());
 * TopicModel updated = model.updateTopics(topics);
 * }</pre>
 *
 * <p>Each outlier's new topic is the best-scoring topic whose score reaches {@code threshold}; it stays
 * {@code -1} when none does (for {@link Strategy#PROBABILITIES}, as upstream, the best column is taken
 * whenever its value reaches the threshold).
 */
public final class OutlierReduction {
    /** How outliers are matched to topics. */
    public enum Strategy {
        /** The largest soft-clustering probability (needs a probability matrix). */
        PROBABILITIES,
        /** The largest approximate topic distribution ({@link ApproximateDistribution}, minimum similarity = threshold). */
        DISTRIBUTIONS,
        /** The most cosine-similar topic c-TF-IDF row to the document's c-TF-IDF. */
        C_TF_IDF,
        /** The most cosine-similar topic embedding (embeddings given, or from the backend). */
        EMBEDDINGS
    }

    private final Strategy strategy;
    private final double threshold;
    private final double[][] probabilities;
    private final float[][] embeddings;
    private final List<ImageSource> images;
    private final List<String> documents;
    private final int[] topics;
    private final ApproximateDistribution distribution;

    private OutlierReduction(Builder b) {
        this.strategy = b.images != null ? Strategy.EMBEDDINGS : b.strategy;
        this.threshold = b.threshold;
        this.probabilities = b.probabilities;
        this.embeddings = b.embeddings;
        this.images = b.images;
        this.documents = b.documents;
        this.topics = b.topics;
        this.distribution = b.distribution;
    }

    /** A builder; the default strategy is {@link Strategy#DISTRIBUTIONS} with threshold 0, as upstream. */
    public static Builder builder() {
        return new Builder();
    }

    /** The given strategy with threshold 0 and the model's documents, topics, probabilities and embeddings. */
    public static OutlierReduction of(Strategy strategy) {
        return builder().strategy(strategy).build();
    }

    /** The strategy (forced to {@link Strategy#EMBEDDINGS} when images are given, as upstream). */
    public Strategy strategy() {
        return strategy;
    }

    /**
     * New topics for {@code model}'s documents (or the documents given to the builder).
     *
     * @throws IllegalArgumentException when there is no outlier to reduce, or an input does not fit the model
     */
    public int[] apply(TopicModel model) {
        Objects.requireNonNull(model, "model");
        List<String> docs = documents != null ? documents : model.corpus().documents().orElse(null);
        int[] current = topics != null ? topics.clone() : model.topics();
        if (docs != null && docs.size() != current.length) {
            throw new IllegalArgumentException("documents has " + docs.size() + " entries but topics has " + current.length
                    + "; give one topic per document");
        }
        List<Integer> outlierRows = new ArrayList<>();
        for (int i = 0; i < current.length; i++) {
            if (current[i] == -1) {
                outlierRows.add(i);
            }
        }
        if (outlierRows.isEmpty()) {
            throw new IllegalArgumentException("topics holds no outlier (-1): there is nothing to reduce; "
                    + "reduceOutliers only reassigns documents of topic -1");
        }
        List<Integer> real = TopicRows.realTopics(model);
        double[][] scores = switch (strategy) {
            case PROBABILITIES -> probabilityScores(model, current.length, outlierRows);
            case DISTRIBUTIONS -> distributionScores(model, texts(docs, outlierRows));
            case C_TF_IDF -> thresholded(Matrices.cosineSimilarity(
                    model.classTfidf().transform(model.vectorizer().transform(texts(docs, outlierRows))),
                    TopicRows.realCtfidf(model)));
            case EMBEDDINGS -> thresholded(Matrices.cosineSimilarity(Matrices.toDouble(outlierEmbeddings(model, docs, current.length,
                    outlierRows)), realEmbeddings(model)));
        };
        int[] out = current.clone();
        for (int o = 0; o < outlierRows.size(); o++) {
            double[] s = scores[o];
            int best = TopicRows.argmax(s);
            boolean assign = strategy == Strategy.PROBABILITIES ? s[best] >= threshold : sum(s) > 0;
            out[outlierRows.get(o)] = assign ? real.get(best) : -1;
        }
        return out;
    }

    private double[][] probabilityScores(TopicModel model, int n, List<Integer> rows) {
        double[][] p = probabilities != null ? probabilities : model.probabilityMatrix().orElseThrow(() ->
                new IllegalArgumentException("the PROBABILITIES strategy needs a probability matrix: fit with "
                        + "calculateProbabilities(true) or give one with OutlierReduction.Builder.probabilities"));
        Matrices.requireFinite("probabilities", p, TopicRows.realTopics(model).size());
        requireRows("probabilities", p.length, n);
        double[][] out = new double[rows.size()][];
        for (int o = 0; o < out.length; o++) {
            out[o] = p[rows.get(o)];
        }
        return out;
    }

    private double[][] distributionScores(TopicModel model, List<String> texts) {
        ApproximateDistribution settings = (distribution != null ? distribution.toBuilder()
                : ApproximateDistribution.builder()).minSimilarity(threshold).build();
        return settings.apply(model, texts).distributions();
    }

    private float[][] outlierEmbeddings(TopicModel model, List<String> docs, int n, List<Integer> rows) {
        if (embeddings != null) {
            requireRows("embeddings", embeddings.length, n);
            float[][] out = new float[rows.size()][];
            for (int o = 0; o < out.length; o++) {
                out[o] = embeddings[rows.get(o)];
            }
            Matrices.requireFinite("embeddings", out, realEmbeddings(model)[0].length);
            return out;
        }
        EmbeddingBackend backend = model.config().embeddingBackend().orElseThrow(() -> new IllegalArgumentException(
                "the EMBEDDINGS strategy needs embeddings: give them with OutlierReduction.Builder.embeddings or set "
                        + "an embeddingBackend on the model's configuration"));
        if (images != null) {
            requireRows("images", images.size(), n);
            List<ImageSource> selected = new ArrayList<>();
            rows.forEach(r -> selected.add(images.get(r)));
            return backend.embedImages(selected);
        }
        return backend.embedDocuments(texts(docs, rows));
    }

    private static double[][] realEmbeddings(TopicModel model) {
        double[][] all = model.topicEmbeddings();
        int from = TopicRows.outliers(model);
        return java.util.Arrays.copyOfRange(all, from, all.length);
    }

    private double[][] thresholded(double[][] sims) {
        for (double[] row : sims) {
            for (int j = 0; j < row.length; j++) {
                if (row[j] < threshold) {
                    row[j] = 0;
                }
            }
        }
        return sims;
    }

    private static List<String> texts(List<String> docs, List<Integer> rows) {
        if (docs == null) {
            throw new IllegalArgumentException("this strategy needs documents but the model's corpus has none: give "
                    + "them with OutlierReduction.Builder.documents");
        }
        List<String> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(docs.get(r)));
        return out;
    }

    private static void requireRows(String name, int rows, int n) {
        if (rows != n) {
            throw new IllegalArgumentException(name + " has " + rows + " rows but there are " + n
                    + " documents; give one row per document");
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** Builds an {@link OutlierReduction}; every setter checks its argument. */
    public static final class Builder {
        private Strategy strategy = Strategy.DISTRIBUTIONS;
        private double threshold;
        private double[][] probabilities;
        private float[][] embeddings;
        private List<ImageSource> images;
        private List<String> documents;
        private int[] topics;
        private ApproximateDistribution distribution;

        private Builder() {
        }

        /** The strategy (default {@link Strategy#DISTRIBUTIONS}). */
        public Builder strategy(Strategy strategy) {
            this.strategy = Objects.requireNonNull(strategy, "strategy");
            return this;
        }

        /** The minimum score for a reassignment (default 0); must be finite. */
        public Builder threshold(double threshold) {
            if (!Double.isFinite(threshold)) {
                throw new IllegalArgumentException("threshold must be finite, got " + threshold);
            }
            this.threshold = threshold;
            return this;
        }

        /** Documents x topics probabilities for {@link Strategy#PROBABILITIES} (default: the model's matrix). */
        public Builder probabilities(double[][] probabilities) {
            this.probabilities = Matrices.copy(Objects.requireNonNull(probabilities, "probabilities"));
            return this;
        }

        /** Document embeddings for {@link Strategy#EMBEDDINGS}, in the topic embeddings' space. */
        public Builder embeddings(float[][] embeddings) {
            this.embeddings = Matrices.copy(Objects.requireNonNull(embeddings, "embeddings"));
            return this;
        }

        /** Images, one per document; forces {@link Strategy#EMBEDDINGS} with the backend's image embeddings. */
        public Builder images(List<ImageSource> images) {
            this.images = List.copyOf(Objects.requireNonNull(images, "images"));
            return this;
        }

        /**
         * Other documents and their topics than the model's (BERTopic's {@code documents, topics} arguments).
         *
         * @throws IllegalArgumentException when the lengths differ
         */
        public Builder documents(List<String> documents, int[] topics) {
            Objects.requireNonNull(documents, "documents");
            Objects.requireNonNull(topics, "topics");
            if (documents.size() != topics.length) {
                throw new IllegalArgumentException("documents has " + documents.size() + " entries but topics has "
                        + topics.length + "; give one topic per document");
            }
            this.documents = List.copyOf(documents);
            this.topics = topics.clone();
            return this;
        }

        /** Settings of {@link Strategy#DISTRIBUTIONS} (its minimum similarity is replaced by the threshold). */
        public Builder distribution(ApproximateDistribution settings) {
            this.distribution = Objects.requireNonNull(settings, "distribution");
            return this;
        }

        /** The settings. */
        public OutlierReduction build() {
            return new OutlierReduction(this);
        }
    }
}
