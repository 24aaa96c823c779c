package org.bertopic4j.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.TopicModel;
import org.bertopic4j.check.Arguments;
import org.bertopic4j.matrix.Matrices;

/**
 * Approximate topic distributions (BERTopic's {@code approximate_distribution}, SPEC §2.18): every document
 * is cut into token sets of {@code window} tokens every {@code stride} tokens; each set is compared with every
 * topic (cosine of c-TF-IDF, or of embeddings with {@code useEmbeddingModel}); similarities below
 * {@code minSimilarity} count as 0; a document's distribution is the sum over its sets, L1-normalised. With
 * {@code calculateTokens} each token gets the sum of the similarities of the sets that contain it, and the
 * document's distribution is the normalised sum over its tokens, as upstream. Documents are processed in
 * batches of {@code batchSize} to bound memory.
 *
 * <pre>{@code
 * TopicDistribution d = ApproximateDistribution.builder().window(6).calculateTokens(true).build().apply(model, docs);
 * }</pre>
 */
public final class ApproximateDistribution {
    private final int window;
    private final int stride;
    private final double minSimilarity;
    private final int batchSize;
    private final boolean padding;
    private final boolean useEmbeddingModel;
    private final boolean calculateTokens;
    private final String separator;

    private ApproximateDistribution(Builder b) {
        this.window = b.window;
        this.stride = b.stride;
        this.minSimilarity = b.minSimilarity;
        this.batchSize = b.batchSize;
        this.padding = b.padding;
        this.useEmbeddingModel = b.useEmbeddingModel;
        this.calculateTokens = b.calculateTokens;
        this.separator = b.separator;
    }

    /** BERTopic's defaults: window 4, stride 1, minimum similarity 0.1, batches of 1000, no padding. */
    public static ApproximateDistribution defaults() {
        return builder().build();
    }

    /** A builder with BERTopic's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.window = window;
        b.stride = stride;
        b.minSimilarity = minSimilarity;
        b.batchSize = batchSize;
        b.padding = padding;
        b.useEmbeddingModel = useEmbeddingModel;
        b.calculateTokens = calculateTokens;
        b.separator = separator;
        return b;
    }

    /**
     * The distributions of {@code documents} under {@code model}.
     *
     * @throws IllegalArgumentException when {@code documents} is null or holds null, or embeddings are asked
     *     for and the model has no backend
     */
    public TopicDistribution apply(TopicModel model, List<String> documents) {
        Objects.requireNonNull(model, "model");
        if (documents == null || documents.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("documents is null or holds null: give a list of strings");
        }
        EmbeddingBackend backend = useEmbeddingModel ? model.config().embeddingBackend().orElseThrow(() ->
                new IllegalArgumentException("useEmbeddingModel needs an embeddingBackend on the model's configuration; "
                        + "set one or use the c-TF-IDF similarity (useEmbeddingModel(false))")) : null;
        int k = TopicRows.realTopics(model).size();
        double[][] distributions = new double[documents.size()][];
        List<List<String>> tokens = calculateTokens ? new ArrayList<>() : null;
        List<double[][]> tokenDistributions = calculateTokens ? new ArrayList<>() : null;
        for (int start = 0; start < documents.size(); start += batchSize) {
            List<String> batch = documents.subList(start, Math.min(documents.size(), start + batchSize));
            List<TokenSets> sets = new ArrayList<>(batch.size());
            List<String> sentences = new ArrayList<>();
            for (String doc : batch) {
                TokenSets s = TokenSets.of(model.vectorizer().tokenize(doc), window, stride, padding);
                sets.add(s);
                for (int[] ids : s.sets()) {
                    sentences.add(s.join(ids, separator));
                }
            }
            double[][] sims = similarity(model, backend, sentences);
            for (double[] row : sims) {
                for (int j = 0; j < row.length; j++) {
                    if (row[j] < minSimilarity) {
                        row[j] = 0;
                    }
                }
            }
            int offset = 0;
            for (int d = 0; d < batch.size(); d++) {
                TokenSets s = sets.get(d);
                double[] total = new double[k];
                if (calculateTokens) {
                    double[][] perToken = new double[Math.max(1, s.tokens().size())][k];
                    for (int i = 0; i < s.sets().size(); i++) {
                        for (int t : s.sets().get(i)) {
                            add(perToken[t], sims[offset + i]);
                        }
                    }
                    for (double[] row : perToken) {
                        add(total, row);
                    }
                    tokens.add(List.copyOf(s.tokens()));
                    tokenDistributions.add(perToken);
                } else {
                    for (int i = 0; i < s.sets().size(); i++) {
                        add(total, sims[offset + i]);
                    }
                }
                distributions[start + d] = TopicRows.l1(new double[][] {total})[0];
                offset += s.sets().size();
            }
        }
        return new TopicDistribution(distributions, tokens == null ? null : List.copyOf(tokens),
                tokenDistributions == null ? null : List.copyOf(tokenDistributions));
    }

    private static double[][] similarity(TopicModel model, EmbeddingBackend backend, List<String> sentences) {
        if (backend != null) {
            double[][] topics = model.topicEmbeddings();
            double[][] real = java.util.Arrays.copyOfRange(topics, TopicRows.outliers(model), topics.length);
            return Matrices.cosineSimilarity(Matrices.toDouble(backend.embedDocuments(sentences)), real);
        }
        return new SparseCosine(TopicRows.realCtfidf(model)).similarities(
                model.classTfidf().transform(model.vectorizer().transform(sentences)));
    }

    private static void add(double[] into, double[] v) {
        for (int j = 0; j < into.length; j++) {
            into[j] += v[j];
        }
    }

    @Override
    public String toString() {
        return "ApproximateDistribution[window=" + window + ", stride=" + stride + ", minSimilarity=" + minSimilarity
                + ", batchSize=" + batchSize + ", padding=" + padding + ", useEmbeddingModel=" + useEmbeddingModel
                + ", calculateTokens=" + calculateTokens + "]";
    }

    /** Builds {@link ApproximateDistribution} settings; every setter checks its argument. */
    public static final class Builder {
        private int window = 4;
        private int stride = 1;
        private double minSimilarity = 0.1;
        private int batchSize = 1000;
        private boolean padding;
        private boolean useEmbeddingModel;
        private boolean calculateTokens;
        private String separator = " ";

        private Builder() {
        }

        /** Tokens per token set (default 4; at least 1). */
        public Builder window(int window) {
            this.window = Arguments.atLeast("window", window, 1);
            return this;
        }

        /** Tokens between the starts of two token sets (default 1; at least 1). */
        public Builder stride(int stride) {
            this.stride = Arguments.atLeast("stride", stride, 1);
            return this;
        }

        /** Similarities below this count as 0 (default 0.1; finite). */
        public Builder minSimilarity(double minSimilarity) {
            if (!Double.isFinite(minSimilarity)) {
                throw new IllegalArgumentException("minSimilarity must be finite, got " + minSimilarity);
            }
            this.minSimilarity = minSimilarity;
            return this;
        }

        /** Documents per batch (default 1000; at least 1). */
        public Builder batchSize(int batchSize) {
            this.batchSize = Arguments.atLeast("batchSize", batchSize, 1);
            return this;
        }

        /** Also use the partial windows at the start of each document (default false). */
        public Builder padding(boolean padding) {
            this.padding = padding;
            return this;
        }

        /** Compare token sets by embeddings from the model's backend instead of c-TF-IDF (default false). */
        public Builder useEmbeddingModel(boolean on) {
            this.useEmbeddingModel = on;
            return this;
        }

        /** Also return per-token topic distributions (default false). */
        public Builder calculateTokens(boolean on) {
            this.calculateTokens = on;
            return this;
        }

        /** The string that joins the tokens of a set (default a space). */
        public Builder separator(String separator) {
            this.separator = Objects.requireNonNull(separator, "separator");
            return this;
        }

        /** The settings. */
        public ApproximateDistribution build() {
            return new ApproximateDistribution(this);
        }
    }
}
