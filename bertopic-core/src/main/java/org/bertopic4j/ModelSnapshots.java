package org.bertopic4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.matrix.CsrMatrix;
import org.bertopic4j.persist.SavedModel;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.vectorize.ClassTfidfTransformer;
import org.bertopic4j.vectorize.CountVectorizer;
import org.bertopic4j.vectorize.FittedClassTfidf;

/**
 * Converts between a {@link TopicModel} and the {@link SavedModel} content of a model directory. A restored
 * model is configured as BERTopic's {@code load} configures it (identity reducer, given-labels clusterer,
 * the saved vectorizer and c-TF-IDF settings) and keeps the saved fitted stages of the Java extension, if any.
 */
final class ModelSnapshots {
    private ModelSnapshots() {
    }

    /** What a model may lack when loaded; null where absent. */
    record Parts(List<String> documents, double[] strengths, double[][] matrix, Map<Integer, List<Integer>> representativeRows,
                 CsrMatrix ctfidf, FittedVectorizer vectorizer, FittedClassTfidf ctfidfModel, Reduction reduction,
                 Clustering clustering) {
    }

    static SavedModel capture(TopicModel m) {
        BERTopic c = m.config();
        Parts p = m.parts();
        SavedModel.Settings settings = new SavedModel.Settings(c.topN(), c.ngramMin(), c.ngramMax(), c.minTopicSize(),
                c.calculateProbabilities(), c.englishCleaning() ? "english" : null, null);
        Map<Integer, String> labels = new LinkedHashMap<>();
        m.topicIds().forEach(t -> labels.put(t, m.name(t)));
        SavedModel.Topics topics = new SavedModel.Topics(m.topics(), m.topicRepresentations(), labels, m.customLabels(),
                m.topicMapper().history(), m.aspects());
        SavedModel.Ctfidf ctfidf = null;
        if (p.ctfidf() != null && p.ctfidfModel() != null) {
            CountVectorizer cv = p.vectorizer() != null && c.vectorizer() instanceof CountVectorizer v ? v : null;
            ctfidf = new SavedModel.Ctfidf(p.ctfidf(), p.ctfidfModel().idf(), c.ctfidf().bm25Weighting(),
                    p.ctfidfModel().reduceFrequentWords(), cv, cv == null ? List.of() : p.vectorizer().vocabulary());
        }
        SavedModel.JavaState state = new SavedModel.JavaState(p.documents(), p.strengths(), p.matrix(),
                p.representativeRows(), c.seed().isPresent() ? c.seed().getAsLong() : null, c.englishCleaning(),
                c.representativeDocs(), p.reduction(), p.clustering());
        return new SavedModel(settings, topics, m.topicEmbeddings(), ctfidf, state);
    }

    static TopicModel restore(SavedModel s, EmbeddingBackend backend) {
        BERTopic.Builder b = BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer());
        SavedModel.Settings settings = s.settings();
        try {
            b.topN(settings.topN()).ngramRange(settings.ngramMin(), settings.ngramMax())
                    .minTopicSize(Math.max(2, settings.minTopicSize()))
                    .calculateProbabilities(settings.calculateProbabilities());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("config.json: " + e.getMessage(), e);
        }
        if (backend != null) {
            b.embeddingBackend(backend);
        }
        SavedModel.Ctfidf ct = s.ctfidf();
        CsrMatrix ctfidf = null;
        FittedClassTfidf ctfidfModel = null;
        FittedVectorizer vectorizer = null;
        if (ct != null) {
            ctfidf = ct.matrix();
            ctfidfModel = FittedClassTfidf.of(ct.idf(), ct.reduceFrequentWords());
            b.ctfidf(ClassTfidfTransformer.builder().bm25Weighting(ct.bm25Weighting())
                    .reduceFrequentWords(ct.reduceFrequentWords()).build());
            if (ct.vectorizer() != null) {
                b.vectorizer(ct.vectorizer());
                vectorizer = ct.vectorizer().toBuilder().vocabulary(ct.vocabulary()).build().fit(List.of(""));
            }
        }
        List<Integer> ids = new ArrayList<>(s.topics().representations().keySet());
        SavedModel.JavaState st = s.state();
        Map<Integer, List<Integer>> representative = new LinkedHashMap<>();
        ids.forEach(t -> representative.put(t, List.of()));
        if (st != null) {
            if (st.seed() != null) {
                b.seed(st.seed());
            }
            b.englishCleaning(st.englishCleaning()).representativeDocs(st.representativeDocs());
            representative.putAll(st.representativeRows());
        }
        TopicMapper mapper;
        try {
            mapper = TopicMapper.ofHistory(s.topics().mapper());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("topics.json: " + e.getMessage(), e);
        }
        List<String> documents = st == null ? null : st.documents();
        TopicModel model = new TopicModel(b.build(), documents == null ? null : Corpus.of(documents), documents, s.topics().topics(),
                st == null ? null : st.strengths(), st == null ? null : st.probabilityMatrix(), mapper,
                ids.stream().mapToInt(Integer::intValue).toArray(), s.topics().representations(), s.topics().aspects(),
                ctfidf, vectorizer, ctfidfModel, s.topicEmbeddings(), representative,
                st == null ? null : st.reduction(), st == null ? null : st.clustering());
        Map<Integer, String> names = new LinkedHashMap<>();
        s.topics().labels().forEach((t, label) -> {
            if (model.topicIds().contains(t) && !label.equals(model.name(t))) {
                names.put(t, label);
            }
        });
        TopicModel named = names.isEmpty() ? model : model.withTopicNames(names);
        return s.topics().customLabels().isEmpty() ? named : named.withTopicLabels(s.topics().customLabels());
    }
}
