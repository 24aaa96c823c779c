package org.bertopic4j.djl.engine;

import java.util.List;
import java.util.Map;

/** Checks that a feed map names exactly the inputs of a model. */
final class Feeds {
    private Feeds() {
    }

    /**
     * @throws IllegalArgumentException naming the model and its inputs when a feed names no input or an input
     *     is not fed
     */
    static void requireExactly(String source, List<String> inputs, Map<String, Tensor> feeds) {
        for (String name : feeds.keySet()) {
            if (!inputs.contains(name)) {
                throw new IllegalArgumentException(source + " has no input named '" + name + "'; its inputs are "
                        + inputs);
            }
        }
        for (String name : inputs) {
            if (!feeds.containsKey(name)) {
                throw new IllegalArgumentException(source + " needs input '" + name + "', which was not given; its"
                        + " inputs are " + inputs);
            }
        }
    }
}
