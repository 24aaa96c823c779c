package org.bertopic4j.spark;

import java.io.Serializable;
import org.bertopic4j.EmbeddingBackend;

/**
 * Creates an {@link EmbeddingBackend} on an executor. The factory itself travels to the executors (it is
 * serialised with the task), the backend never does: each executor JVM calls {@link #create()} once, lazily,
 * and closes the backend at JVM shutdown. A method reference to a static factory is enough:
 *
 * <pre>{@code
 * BackendFactory minilm = SentenceEmbedder::allMiniLmL6V2;
 * }</pre>
 */
@FunctionalInterface
public interface BackendFactory extends Serializable {

    /** Creates the backend; called at most once per executor JVM for one {@link SparkEmbedder}. */
    EmbeddingBackend create();
}
