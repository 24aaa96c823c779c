package org.bertopic4j.persist;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.TopicModel;
import org.bertopic4j.cluster.GivenLabelsClusterer;
import org.bertopic4j.reduce.IdentityReducer;
import org.bertopic4j.testing.Fixtures;

/** The Python-saved model fixture and a small manual model fitted on the BERTopic fixture documents. */
final class SavedFixtures {
    static final int N = 600;

    private SavedFixtures() {
    }

    /** The directory of the model saved by Python BERTopic 0.17.4. */
    static Path pythonModel() {
        try {
            return Path.of(SavedFixtures.class.getResource("/fixtures/bertopic-saved/model/config.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> docs() {
        return Fixtures.tsvColumn("bertopic/docs.tsv", "text").subList(0, N);
    }

    static float[][] embeddings() {
        return Arrays.copyOf(Fixtures.npy("bertopic/reduced_embeddings_5d.npy").toFloatMatrix(), N);
    }

    static int[] labels() {
        return Arrays.copyOf(Fixtures.npy("bertopic/ngram_1_1/topics.npy").toIntArray(), N);
    }

    /** BERTopic's manual mode (identity reducer, given labels) on the first 600 fixture documents, bigrams, seed 7. */
    static TopicModel manualModel() {
        return BERTopic.builder().reducer(new IdentityReducer()).clusterer(new GivenLabelsClusterer()).ngramRange(1, 2)
                .calculateProbabilities(true).seed(7).build()
                .fit(Corpus.of(docs()).withEmbeddings(embeddings()).withLabels(labels()));
    }
}
