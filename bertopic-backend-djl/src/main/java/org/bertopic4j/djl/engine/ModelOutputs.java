package org.bertopic4j.djl.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The float32 outputs of one model run, in the model's order. ONNX outputs and the entries of a TorchScript
 * dict output have names; a TorchScript tensor or tuple output is positional (its names are {@code "0"},
 * {@code "1"}, ...), and then {@link #get} answers any name with the first output, as sentence-transformers and
 * Hugging Face pipelines read traced models.
 */
public final class ModelOutputs {
    private final String model;
    private final Map<String, Tensor> outputs;
    private final boolean positional;

    /**
     * @param model the model's file or name, for messages
     * @param outputs the outputs in order, keyed by name (or by position)
     * @param positional whether the engine gave no names
     */
    ModelOutputs(String model, Map<String, Tensor> outputs, boolean positional) {
        if (outputs.isEmpty()) {
            throw new IllegalStateException(model + " returned no float tensor");
        }
        this.model = model;
        this.outputs = new LinkedHashMap<>(outputs);
        this.positional = positional;
    }

    /** The output names, in the model's order. */
    public List<String> names() {
        return new ArrayList<>(outputs.keySet());
    }

    /** Whether the model returned an output of this name. */
    public boolean has(String name) {
        return outputs.containsKey(name);
    }

    /**
     * The output of this name; for positional outputs, the first one.
     *
     * @throws IllegalStateException naming the model and its outputs when there is none of that name
     */
    public Tensor get(String name) {
        Tensor t = outputs.get(name);
        if (t != null) {
            return t;
        }
        if (positional) {
            return first();
        }
        throw new IllegalStateException(model + " has no output named '" + name + "'; it returned " + names());
    }

    /** The first output. */
    public Tensor first() {
        return outputs.values().iterator().next();
    }
}
