package org.bertopic4j.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bertopic4j.EmbeddingBackend;
import org.bertopic4j.TopicModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one executor JVM keeps between tasks: one embedding backend per {@link SparkEmbedder} and one fitted
 * model per {@link SparkTopicModel}, each keyed by the id its driver-side owner drew. Backends are created
 * lazily by the first task that needs them and closed by a JVM shutdown hook.
 */
final class ExecutorResources {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorResources.class);
    private static final Map<String, EmbeddingBackend> BACKENDS = new ConcurrentHashMap<>();
    private static final Map<String, TopicModel> MODELS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExecutorResources::closeBackends, "bertopic4j-close-backends"));
    }

    private ExecutorResources() {
    }

    /** The backend of {@code key}, created by {@code factory} on first use in this JVM. */
    static EmbeddingBackend backend(String key, BackendFactory factory) {
        return BACKENDS.computeIfAbsent(key, k -> {
            EmbeddingBackend backend = factory.create();
            if (backend == null) {
                throw new IllegalStateException("BackendFactory " + factory + " returned null: return a backend");
            }
            LOG.info("created embedding backend {} for {}", backend, k);
            return backend;
        });
    }

    /** Records a model fitted in this JVM (the driver) so that local tasks do not fit it again. */
    static void putModel(String key, TopicModel model) {
        MODELS.put(key, model);
    }

    /** Forgets the model of {@code key} in this JVM. */
    static void removeModel(String key) {
        MODELS.remove(key);
    }

    /** The model of {@code spec}, fitted again from its sample on first use in this JVM. */
    static TopicModel model(ModelSpec spec) {
        return MODELS.computeIfAbsent(spec.key(), k -> spec.refit());
    }

    private static void closeBackends() {
        for (Map.Entry<String, EmbeddingBackend> e : BACKENDS.entrySet()) {
            try {
                e.getValue().close();
            } catch (RuntimeException ex) {
                LOG.warn("closing embedding backend {} failed: {}", e.getKey(), ex.toString());
            }
        }
        BACKENDS.clear();
    }
}
