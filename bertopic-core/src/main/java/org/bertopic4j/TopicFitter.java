package org.bertopic4j;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.vectorize.FittedClassTfidf;
import org.bertopic4j.vectorize.TopWords;
import org.bertopic4j.vectorize.TopicDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs BERTopic's {@code fit_transform} (SPEC §2.2) for one configuration: embed, reduce, cluster,
 * renumber by size, c-TF-IDF, representations, topic embeddings, representative documents, probabilities.
 */
final class TopicFitter {
    private static final Logger LOG = LoggerFactory.getLogger(TopicFitter.class);
    private final BERTopic config;

    TopicFitter(BERTopic config) {
        this.config = config;
    }

    TopicModel fit(Corpus corpus) {
        List<String> documents = corpus.documents().orElse(null);
        ZeroShotTopics.requireDocuments(config, documents);
        ImageToText imageToText = documents == null ? ImageOnlyTopics.provider(config, corpus) : null;
        float[][] embeddings = embeddings(corpus, config);
        int[] y = corpus.labels().orElse(null);
        if (!config.seedTopicList().isEmpty()) {
            GuidedTopics.Guided guided = GuidedTopics.apply(embeddings, config.seedTopicList(),
                    config.embeddingBackend().orElseThrow());
            embeddings = guided.embeddings();
            y = guided.labels();
        }
        ProgressListener progress = config.progress();

        long t0 = System.nanoTime();
        progress.progress("reduce", 0, 1);
        Reduction reduction = config.reducer().fit(embeddings, y);
        progress.progress("reduce", 1, 1);
        if (!config.zeroShotTopics().isEmpty()) {
            java.util.Optional<TopicModel> zeroShot = ZeroShotTopics.fit(this, config, documents, corpus, embeddings, y,
                    reduction);
            if (zeroShot.isPresent()) {
                return zeroShot.get();
            }
        }
        long t1 = System.nanoTime();
        progress.progress("cluster", 0, 1);
        Clustering clustering = config.clusterer().fit(reduction.embedding(), y);
        progress.progress("cluster", 1, 1);
        long t2 = System.nanoTime();
        LOG.debug("reduced in {} ms, clustered in {} ms", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        int[] raw = clustering.labels();
        TopicMapper mapper = TopicMapper.of(raw);
        mapper = mapper.then(TopicMapper.bySize(raw));
        int[] topics = mapper.mapLabels(raw);
        int topicCount = (int) java.util.Arrays.stream(topics).filter(t -> t >= 0).distinct().count();
        double[][] matrix = null;
        if (config.calculateProbabilities() && clustering.supportsMembership()) {
            matrix = mapper.mapMembership(clustering.membershipVectors(), topicCount);
        }
        if (imageToText != null) {
            return ImageOnlyTopics.describe(this, config, imageToText, corpus, embeddings, topics, clustering.strengths(),
                    matrix, mapper, reduction, clustering);
        }
        return describe(documents, corpus, embeddings, topics, clustering.strengths(), matrix, mapper, reduction,
                clustering);
    }

    /** c-TF-IDF, representations, topic embeddings and representative documents for fixed assignments. */
    TopicModel describe(List<String> documents, Corpus corpus, float[][] embeddings, int[] topics, double[] strengths,
                        double[][] matrix, TopicMapper mapper, Reduction reduction, Clustering clustering) {
        ProgressListener progress = config.progress();
        progress.progress("vectorize", 0, 1);
        TopicDocuments joined = TopicDocuments.join(documents, topics, config.englishCleaning());
        int[] topicIds = joined.topics();
        List<String> perTopic = joined.documents();
        Vectorizer.TrainingCounts counted = config.vectorizer().fitTransform(perTopic);
        FittedVectorizer vectorizer = counted.vectorizer();
        CsrMatrix counts = counted.counts();
        progress.progress("vectorize", 1, 1);
        progress.progress("ctfidf", 0, 1);
        double[] idfMultiplier = config.ctfidf().idfMultiplier(vectorizer.vocabulary(), config.seedTopicList());
        FittedClassTfidf ctfidfModel = config.ctfidf().fit(counts, idfMultiplier);
        CsrMatrix ctfidf = ctfidfModel.transform(counts);
        List<List<WordScore>> candidates = TopWords.extract(ctfidf, vectorizer.vocabulary(), config.topN());
        Map<Integer, List<WordScore>> base = new LinkedHashMap<>();
        for (int i = 0; i < topicIds.length; i++) {
            base.put(topicIds[i], candidates.get(i));
        }
        progress.progress("ctfidf", 1, 1);
        progress.progress("representation", 0, 1);
        long seed = config.seed().orElse(BERTopic.REPRESENTATIVE_DOCS_SEED);
        FitContext context = new FitContext(documents, topics, corpus.images().orElse(null), embeddings,
                config.embeddingBackend().orElse(null), ctfidf, topicIds, vectorizer, ctfidfModel, seed);

        Map<Integer, List<WordScore>> main = config.representation().isEmpty()
                ? truncate(base, config.topN())
                : asWords("representation", runChain(config.representation(), context, base));
        Map<String, Map<Integer, Representation>> aspects = new LinkedHashMap<>();
        config.aspects().forEach((name, chain) -> aspects.put(name, runChain(chain, context, base)));

        Map<Integer, List<Integer>> representative = context.representativeRows(
                BERTopic.DEFAULT_REPRESENTATIVE_SAMPLES, config.representativeDocs());
        double[][] topicEmbeddings = embeddings == null ? null : topicMeans(embeddings, topics, topicIds);
        progress.progress("representation", 1, 1);
        return new TopicModel(config, corpus, documents, topics, strengths, matrix, mapper, topicIds, main, aspects,
                ctfidf, vectorizer, ctfidfModel, topicEmbeddings, representative, reduction, clustering);
    }

    static float[][] embeddings(Corpus corpus, BERTopic config) {
        if (corpus.hasEmbeddings()) {
            return corpus.embeddingsUnsafe();
        }
        EmbeddingBackend backend = config.embeddingBackend().orElseThrow(() -> new IllegalArgumentException(
                "corpus has no embeddings and no embeddingBackend is set: give precomputed embeddings with "
                        + "Corpus.withEmbeddings or set BERTopic.builder().embeddingBackend(...)"));
        config.progress().progress("embed", 0, corpus.size());
        float[][] e = backend.embed(corpus.documents().orElse(null), corpus.images().orElse(null));
        config.progress().progress("embed", corpus.size(), corpus.size());
        org.bertopic4j.matrix.Matrices.requireFinite("embeddings from " + backend, e);
        if (e.length != corpus.size()) {
            throw new IllegalStateException(backend + " returned " + e.length + " embeddings for " + corpus.size() + " rows");
        }
        return e;
    }

    static Map<Integer, Representation> runChain(List<RepresentationModel> chain, RepresentationContext context,
                                                 Map<Integer, List<WordScore>> base) {
        Map<Integer, List<WordScore>> current = base;
        Map<Integer, Representation> out = null;
        for (int i = 0; i < chain.size(); i++) {
            out = chain.get(i).extractTopics(context, current);
            if (i + 1 < chain.size()) {
                current = asWords(chain.get(i).toString(), out);
            }
        }
        return out;
    }

    static Map<Integer, List<WordScore>> asWords(String what, Map<Integer, Representation> reps) {
        Map<Integer, List<WordScore>> out = new LinkedHashMap<>();
        reps.forEach((topic, rep) -> {
            if (rep instanceof Representation.Words w) {
                out.put(topic, w.words());
            } else if (rep instanceof Representation.Label l) {
                out.put(topic, List.of(new WordScore(l.text(), 1.0)));
            } else {
                throw new IllegalArgumentException(what + " produces pictures, which cannot describe a topic in words "
                        + "or feed another model: use it as a named aspect (BERTopic.Builder.aspect)");
            }
        });
        return out;
    }

    private static Map<Integer, List<WordScore>> truncate(Map<Integer, List<WordScore>> base, int topN) {
        Map<Integer, List<WordScore>> out = new LinkedHashMap<>();
        base.forEach((t, words) -> out.put(t, List.copyOf(words.subList(0, Math.min(topN, words.size())))));
        return out;
    }

    /** Mean embedding of each topic's documents, rows in {@code topicIds} order (BERTopic's {@code _create_topic_vectors}). */
    static double[][] topicMeans(float[][] embeddings, int[] topics, int[] topicIds) {
        int d = embeddings[0].length;
        Map<Integer, Integer> rowOf = new TreeMap<>();
        for (int i = 0; i < topicIds.length; i++) {
            rowOf.put(topicIds[i], i);
        }
        double[][] sums = new double[topicIds.length][d];
        int[] counts = new int[topicIds.length];
        for (int i = 0; i < topics.length; i++) {
            int r = rowOf.get(topics[i]);
            counts[r]++;
            for (int j = 0; j < d; j++) {
                sums[r][j] += embeddings[i][j];
            }
        }
        for (int r = 0; r < sums.length; r++) {
            for (int j = 0; j < d; j++) {
                sums[r][j] /= counts[r];
            }
        }
        return sums;
    }
}
