package org.bertopic4j.djl.text;

import org.bertopic4j.ProgressListener;
import org.bertopic4j.djl.engine.RunnerOptions;

/**
 * The resolved, immutable settings of a {@link SentenceEmbedder}: the builder's choices with the
 * model's own configs filling what the builder left open.
 *
 * @param source the model id, directory or classpath name, for messages
 * @param runnerOptions device and thread counts
 */
record Settings(String source, Pooling pooling, boolean normalize, int maxSequenceLength, int batchSize,
        RunnerOptions runnerOptions, ProgressListener progress) {
}
