package org.bertopic4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.matrix.Matrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zero-shot topic modelling (BERTopic's {@code _zeroshot_topic_modeling} and {@code _combine_zeroshot_topics},
 * SPEC section 2.22). The topic labels are embedded with the backend; a document whose largest cosine
 * similarity to a label is at least the minimum similarity takes that label's topic. The other documents
 * are placed with the fitted reduction and clustered as usual. Matched zero-shot topics get ids
 * {@code 0..z-1} in the order of the label list (upstream uses Python's {@code set} order, which is the same
 * for these small integers), cluster topics follow from {@code z} in cluster-label order, {@code -1} stays,
 * and topics are not re-sorted by size. When every document matches, nothing is clustered and the zero-shot
 * topics are numbered by size, as upstream. A zero-shot topic is named by its label. The fitted model then behaves as one with given labels: new documents go to
 * the topic with the most similar embedding, and probabilities are cosine similarities to the topic
 * embeddings.
 *
 * <pre>{@code
 * TopicModel model = BERTopic.builder()
 *         .embeddingBackend(backend)
 *         .zeroShotTopics(List.of("computers and software", "politics and elections"), 0.5)
 *         .build()
 *         .fit(Corpus.of(docs));
 * }</pre>
 */
final class ZeroShotTopics {
    private static final Logger LOG = LoggerFactory.getLogger(ZeroShotTopics.class);

    private ZeroShotTopics() {
    }

    /** Zero-shot topics are described by their documents' words: image-only corpora are rejected before any work. */
    static void requireDocuments(BERTopic config, List<String> documents) {
        if (documents == null && !config.zeroShotTopics().isEmpty()) {
            throw new IllegalArgumentException("corpus has no documents but zeroShotTopics is set: zero-shot topic "
                    + "modelling needs text; give documents (captions, for images) or fit without zeroShotTopics");
        }
    }

    /**
     * The zero-shot fit, or empty when no document reaches the minimum similarity (then the fit is the
     * regular one, as upstream).
     */
    static Optional<TopicModel> fit(TopicFitter fitter, BERTopic config, List<String> documents, Corpus corpus,
                                    float[][] embeddings, int[] y, Reduction reduction) {
        List<String> labels = config.zeroShotTopics();
        EmbeddingBackend backend = config.embeddingBackend().orElseThrow();
        float[][] labelEmbeddings = backend.embedDocuments(labels);
        Matrices.requireFinite("zero-shot label embeddings from " + backend, labelEmbeddings, embeddings[0].length);
        double[][] sims = Matrices.cosineSimilarity(Matrices.toDouble(embeddings), Matrices.toDouble(labelEmbeddings));
        int n = embeddings.length;
        int[] match = new int[n];
        List<Integer> rest = new ArrayList<>();
        TreeSet<Integer> matched = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < labels.size(); j++) {
                if (sims[i][j] > sims[i][best]) {
                    best = j;
                }
            }
            match[i] = sims[i][best] >= config.zeroShotMinSimilarity() ? best : -1;
            if (match[i] < 0) {
                rest.add(i);
            } else {
                matched.add(best);
            }
        }
        if (matched.isEmpty()) {
            LOG.info("no document reaches zero-shot similarity {}; fitting without zero-shot topics",
                    config.zeroShotMinSimilarity());
            return Optional.empty();
        }
        LOG.debug("{} of {} documents matched {} zero-shot topics", n - rest.size(), n, matched.size());
        Map<Integer, String> names = new LinkedHashMap<>();
        TopicMapper mapper;
        int[] topics;
        if (rest.isEmpty()) {
            mapper = TopicMapper.of(match).then(TopicMapper.bySize(match));
            topics = mapper.mapLabels(match);
            Map<Integer, Integer> idOfLabel = mapper.originalToCurrent();
            matched.forEach(label -> names.put(idOfLabel.get(label), labels.get(label)));
        } else {
            Map<Integer, Integer> idOfLabel = new LinkedHashMap<>();
            for (int label : matched) {
                names.put(idOfLabel.size(), labels.get(label));
                idOfLabel.put(label, idOfLabel.size());
            }
            topics = new int[n];
            int[] clustered = clusterRest(config, embeddings, y, reduction, rest);
            for (int i = 0; i < n; i++) {
                topics[i] = match[i] < 0 ? -1 : idOfLabel.get(match[i]);
            }
            for (int k = 0; k < rest.size(); k++) {
                topics[rest.get(k)] = clustered[k] < 0 ? -1 : clustered[k] + matched.size();
            }
            mapper = TopicMapper.of(topics);
        }
        int[] topicIds = Arrays.stream(topics).distinct().sorted().toArray();
        double[][] centroids = TopicFitter.topicMeans(embeddings, topics, topicIds);
        double[][] topicSims = Matrices.cosineSimilarity(Matrices.toDouble(embeddings), centroids);
        int offset = topicIds[0] == -1 ? 1 : 0;
        double[] strengths = new double[n];
        double[][] matrix = config.calculateProbabilities() ? new double[n][] : null;
        for (int i = 0; i < n; i++) {
            strengths[i] = Arrays.stream(topicSims[i]).max().orElse(0);
            if (matrix != null) {
                matrix[i] = Arrays.copyOfRange(topicSims[i], offset, topicSims[i].length);
            }
        }
        Clustering given = new GivenLabelsClusterer().fit(reduction.embedding(), topics);
        TopicModel model = fitter.describe(documents, corpus, embeddings, topics, strengths, matrix, mapper,
                reduction, given);
        return Optional.of(model.withTopicNames(names));
    }

    /** Upstream transforms the unmatched documents with the fitted reducer and clusters them. */
    private static int[] clusterRest(BERTopic config, float[][] embeddings, int[] y, Reduction reduction,
                                     List<Integer> rest) {
        float[][] restEmbeddings = new float[rest.size()][];
        int[] restY = y == null ? null : new int[rest.size()];
        for (int k = 0; k < rest.size(); k++) {
            restEmbeddings[k] = embeddings[rest.get(k)];
            if (restY != null) {
                restY[k] = y[rest.get(k)];
            }
        }
        return config.clusterer().fit(reduction.transform(restEmbeddings), restY).labels();
    }
}
