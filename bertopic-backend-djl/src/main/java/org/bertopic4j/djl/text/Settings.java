package org.bertopic4j.djl.text;

import java.util.Map;
import org.bertopic4j.ProgressListener;

/**
 * The resolved, immutable settings of a {@link SentenceEmbedder}: the builder's choices with the
 * model's own configs filling what the builder left open.
 *
 * @param source the model id, directory or classpath name, for messages
 * @param sessionOptions DJL ONNX Runtime load options (thread counts)
 */
record Settings(String source, Pooling pooling, boolean normalize, int maxSequenceLength, int batchSize,
        Map<String, String> sessionOptions, ProgressListener progress) {
}
