package org.bertopic4j;

import java.util.List;
import java.util.Map;

/**
 * Refines or replaces the c-TF-IDF words of each topic (BERTopic's {@code BaseRepresentation}):
 * KeyBERTInspired, MaximalMarginalRelevance, VisualRepresentation and friends. Models can be chained
 * (each refines the previous words) or run side by side as named aspects; see
 * {@link BERTopic.Builder#representation(RepresentationModel...)} and
 * {@link BERTopic.Builder#aspect(String, RepresentationModel...)}.
 */
public interface RepresentationModel {

    /**
     * Computes a representation for every topic in {@code topics}.
     *
     * @param context the fitted state: documents, assignments, c-TF-IDF, embeddings, backend
     * @param topics the candidate words per topic id (30 c-TF-IDF candidates, or the previous model's output)
     * @return one representation per topic id of {@code topics}
     */
    Map<Integer, Representation> extractTopics(RepresentationContext context, Map<Integer, List<WordScore>> topics);
}
