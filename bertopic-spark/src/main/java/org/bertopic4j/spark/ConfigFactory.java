package org.bertopic4j.spark;

import java.io.Serializable;
import org.bertopic4j.BERTopic;

/**
 * Creates the {@link BERTopic} configuration of a distributed fit. The configuration holds stages that are
 * not serialisable (reducers, clusterers, embedding backends), so Spark ships this factory instead and
 * executors that need the fitted model rebuild it from the broadcast sample (see {@link SparkTopicModel}).
 * The factory must return a seeded, deterministic configuration.
 *
 * <pre>{@code
 * ConfigFactory config = () -> BERTopic.builder().seed(42).build();
 * }</pre>
 */
@FunctionalInterface
public interface ConfigFactory extends Serializable {

    /** Creates the configuration; equal calls must give configurations that fit identical models. */
    BERTopic create();
}
