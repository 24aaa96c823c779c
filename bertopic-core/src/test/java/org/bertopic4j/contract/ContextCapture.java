package org.bertopic4j.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bertopic4j.BERTopic;
import org.bertopic4j.Corpus;
import org.bertopic4j.Representation;
import org.bertopic4j.RepresentationContext;
import org.bertopic4j.RepresentationModel;
import org.bertopic4j.WordScore;

/**
 * A representation model that records the fitted state it is given, so that contract tests can run
 * other representation models on a real {@link RepresentationContext}. It returns the candidate words unchanged.
 */
public final class ContextCapture implements RepresentationModel {
    private volatile Captured captured;

    /**
     * The fitted state of one fit and the c-TF-IDF candidates that aspects receive.
     *
     * @param context the context
     * @param candidates topic id -> the 30 c-TF-IDF candidates
     */
    public record Captured(RepresentationContext context, Map<Integer, List<WordScore>> candidates) {
    }

    /**
     * Fits a configuration on a corpus with this model added as an aspect, and returns what it saw.
     *
     * @param builder the configuration to fit (an aspect named {@code "ContractCapture"} is added to it)
     * @param corpus the corpus
     */
    public static Captured fit(BERTopic.Builder builder, Corpus corpus) {
        ContextCapture capture = new ContextCapture();
        builder.aspect("ContractCapture", capture).build().fit(corpus);
        return capture.captured;
    }

    @Override
    public Map<Integer, Representation> extractTopics(RepresentationContext context, Map<Integer, List<WordScore>> topics) {
        captured = new Captured(context, Map.copyOf(topics));
        Map<Integer, Representation> out = new LinkedHashMap<>();
        topics.forEach((t, words) -> out.put(t, new Representation.Words(words)));
        return out;
    }
}
